"""Reading a QuantConnect answer: its error messages and what kind of failure they describe."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["AUTH_ERROR_MARKERS", "CLOCK_ERROR_MARKERS", "NOT_FOUND_MARKERS", "error_messages", "mentions"]

# Lower-case substrings of server errors. QuantConnect answers a bad signature with "Hash doesn't match.".
AUTH_ERROR_MARKERS = ("hash doesn't match",)
# Clock-skew correction also accepts errors about the timestamp: it only acts when the Date header shows skew as
# well, so a loose match costs at most one extra request.
CLOCK_ERROR_MARKERS = (*AUTH_ERROR_MARKERS, "timestamp")
# How the platform says that the project, backtest, file, ... named in the request does not exist.
NOT_FOUND_MARKERS = ("not found", "does not exist", "doesn't exist", "no such")


def error_messages(body: Any) -> list[str]:
    """The server's error strings from a parsed body (`errors`, else `messages`), always a list of str."""
    if not isinstance(body, dict):
        return []
    for key in ("errors", "messages"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return [value]
        if isinstance(value, list) and value:
            return [item if isinstance(item, str) else json.dumps(item) for item in value]
    return []


def mentions(errors: list[str], markers: tuple[str, ...]) -> bool:
    """True when any server error contains one of the lower-case `markers`."""
    return any(marker in error.lower() for error in errors for marker in markers)
