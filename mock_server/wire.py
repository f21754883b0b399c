"""The platform's wire conventions: date-time format, empty maps as `[]`, display strings for statistics."""

from __future__ import annotations

import email.utils
import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "http_date",
    "is_qc_date_time",
    "map_or_empty",
    "money",
    "number",
    "parameter_text",
    "percent",
    "qc_datetime",
    "timespan",
]


_QC_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


def is_qc_date_time(value: Any) -> bool:
    """The `qc-date-time` format check (non-strings are left to the type check)."""
    return not isinstance(value, str) or bool(_QC_DATE_TIME.match(value))


def qc_datetime(timestamp: float) -> str:
    """`2021-08-31 21:02:56`: UTC, no `T`, no zone."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M:%S")


def http_date(timestamp: float) -> str:
    """RFC 7231 `Date` header value."""
    return email.utils.formatdate(timestamp, usegmt=True)


def map_or_empty(value: Mapping[str, Any]) -> dict[str, Any] | list[Any]:
    """The platform serialises an empty map as `[]`."""
    return dict(value) if value else []


def money(value: float) -> str:
    """`$100,000.00`, `-$12.34`."""
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


def percent(fraction: float, digits: int = 3) -> str:
    """`12.432%` from 0.12432."""
    return f"{fraction * 100:.{digits}f}%"


def number(value: float, digits: int = 3) -> str:
    """`1.234`; negative zero printed as `0`."""
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def timespan(seconds: float) -> str:
    """.NET TimeSpan text: `5.00:00:00` (days.hh:mm:ss) or `00:01:10` under a day."""
    total = max(0, math.floor(seconds))
    days, rest = divmod(total, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return f"{days}.{clock}" if days else clock


def parameter_text(value: Any) -> str:
    """A parameter value as the platform stores it: `100`, not `100.0`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.10g}"
    return str(value)
