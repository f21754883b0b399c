"""HTTP dates, and reading the server's clock from a response's `Date` header."""

from __future__ import annotations

import email.utils
import functools
from datetime import UTC

import httpx

__all__ = ["http_date", "server_time"]


@functools.lru_cache(maxsize=16)
def http_date(value: str) -> float | None:
    """Unix seconds for an HTTP-date such as "Wed, 21 Oct 2015 07:28:00 GMT", or None when it does not parse."""
    # Cached because Date changes once a second while a busy client may see many responses per second.
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def server_time(response: httpx.Response) -> float | None:
    """The server's clock (Unix seconds) from the response's `Date` header, or None without a usable one."""
    value = response.headers.get("date")
    return http_date(value) if value else None
