"""Every bound the mock puts on what one request may send or ask for, in one place.

The platform publishes few of its limits; these are generous for any real client and small enough that one
request cannot stall the server, fill its memory, or store something it cannot answer with again.
"""

from __future__ import annotations

__all__ = [
    "CONTENT_FIELDS",
    "MAX_ADMIN_BODY_BYTES",
    "MAX_AMOUNT",
    "MAX_BODY_BYTES",
    "MAX_CONTENT_LENGTH",
    "MAX_DEPTH",
    "MAX_FAULT_COUNTERS",
    "MAX_FORM_FIELDS",
    "MAX_JSON_VALUES",
    "MAX_NAME_LENGTH",
    "MAX_QUEUED_FAULTS",
    "MAX_RETRY_AFTER_SECONDS",
    "MAX_SECONDS",
    "MAX_SETTING_COUNT",
    "MAX_SLOW_SECONDS",
    "MAX_STRING_LENGTH",
    "MAX_TIMESTAMP_DIGITS",
    "NAME_FIELDS",
]

# ----- request bodies (and GET query strings) ---------------------------------------------------------------------
MAX_BODY_BYTES = 4_000_000  # larger bodies are answered 413 without being read
MAX_FORM_FIELDS = 1_000  # fields of a form body or query string (Django's default bound, for the same reason)
MAX_JSON_VALUES = 10_000  # values in a JSON body, objects and arrays included
MAX_DEPTH = 32  # nesting of objects and arrays, and segments of a flattened key (`a[0][b]` is 3)

# ----- strings, by the field that holds them -----------------------------------------------------------------------
NAME_FIELDS = frozenset({"name", "backtestName", "newName", "key"})  # and every object key (parameter names)
MAX_NAME_LENGTH = 255
CONTENT_FIELDS = frozenset({"content", "patch"})  # file content, unified diffs
# A compile checks the syntax of and scans every file while holding the store: about 3 s per million characters
# of dense code, so this bounds how long one file can hold up everyone else's requests.
MAX_CONTENT_LENGTH = 1_000_000
MAX_STRING_LENGTH = 65_536  # any other string: descriptions, notes, ids, parameter values

# ----- headers -----------------------------------------------------------------------------------------------------
MAX_TIMESTAMP_DIGITS = 15  # Unix seconds have 10 digits until the year 2286

# ----- clocks and faults (admin endpoints, CLI options, fault specs) -----------------------------------------------
# Ten years either way: more than any test needs, and every derived date stays far inside what datetime and the
# Date header can show (a skew of 1e12 s is past the year 9999, and NaN is no time at all).
MAX_SECONDS = 10 * 366 * 86_400  # skew, clock advances (in total), timings
MAX_RETRY_AFTER_SECONDS = 3_600
MAX_SLOW_SECONDS = 600
MAX_QUEUED_FAULTS = 1_000
MAX_FAULT_COUNTERS = 10_000  # distinct X-Mock-Fault-Key counters remembered (the oldest are forgotten)
MAX_ADMIN_BODY_BYTES = 65_536

# ----- settings (create_app() arguments, CLI options) --------------------------------------------------------------
MAX_SETTING_COUNT = 1_000_000  # loading_reads, max_grid
MAX_AMOUNT = 1e15  # balance
