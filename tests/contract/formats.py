"""QuantConnect's `qc-date-time` format (`2021-08-31 21:02:56`, UTC, no `T`, no zone), which is not RFC 3339."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import schemathesis
from hypothesis import strategies as st

__all__ = ["QC_DATE_TIME", "is_qc_date_time", "qc_date_times"]

QC_DATE_TIME = "qc-date-time"
_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")


def is_qc_date_time(value: object) -> bool:
    """True for a string written `YYYY-MM-DD hh:mm:ss` that names a real instant (format checks skip non-strings)."""
    if not isinstance(value, str):
        return True
    if _SHAPE.fullmatch(value) is None:
        return False
    try:
        datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return False
    return True


def qc_date_times() -> st.SearchStrategy[str]:
    """Valid values, so generated requests carry dates the platform would accept rather than arbitrary text."""
    instants = st.datetimes(min_value=datetime(1998, 1, 1), max_value=datetime(2038, 1, 1), timezones=st.just(UTC))
    return instants.map(lambda moment: moment.strftime("%Y-%m-%d %H:%M:%S"))


schemathesis.openapi.format(QC_DATE_TIME, qc_date_times())
