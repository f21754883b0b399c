"""Cheap inspection of response bodies, which can be megabytes: scan bytes first, parse JSON only when needed."""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = [
    "AUTH_ERROR_MARKERS",
    "CLOCK_ERROR_MARKERS",
    "error_messages",
    "looks_like_json",
    "mentions",
    "parse_failure",
]

# Lower-case substrings of server errors. QuantConnect answers a bad signature with "Hash doesn't match.", which is
# all that AuthenticationError is raised for. Clock-skew correction also accepts errors about the timestamp: it only
# acts when the Date header shows skew as well, so a loose match costs at most one extra request.
AUTH_ERROR_MARKERS = ("hash doesn't match",)
CLOCK_ERROR_MARKERS = (*AUTH_ERROR_MARKERS, "timestamp")

# A prefilter: it starts at "uccess" because the regex engine scans for the first character, and '"' is the commonest
# byte in JSON ('u' is not), which makes this about twice as fast; near-misses it lets through only cost a parse.
_FAILURE = re.compile(rb'uccess"\s*:\s*false')
_WHITESPACE = b" \t\r\n"
# Looking this far into either end is enough for any real body; a longer run of whitespace just falls back to parsing.
_EDGE = 64


def looks_like_json(content: bytes) -> bool:
    """True when the body is shaped like a JSON object or array; O(1) regardless of size."""
    head = content[:_EDGE].lstrip(_WHITESPACE)
    tail = content[-_EDGE:].rstrip(_WHITESPACE)
    return (head.startswith(b"{") and tail.endswith(b"}")) or (head.startswith(b"[") and tail.endswith(b"]"))


def parse_failure(content: bytes) -> dict[str, Any] | None:
    """The parsed body when it is a JSON object with `"success": false`, else None (also for non-JSON)."""
    # The scan costs a few % of json.loads on large bodies; a hit, possibly in a nested value, only means "parse it".
    if _FAILURE.search(content) is None:
        return None
    try:
        body = json.loads(content)
    except ValueError:
        return None
    if isinstance(body, dict) and body.get("success") is False:
        return body
    return None


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
