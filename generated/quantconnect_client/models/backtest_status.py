from typing import Literal

BacktestStatus = Literal["Aborted", "Cancelled.", "Completed.", "In Queue...", "Running", "Runtime Error"]

BACKTEST_STATUS_VALUES: set[BacktestStatus] = {
    "Aborted",
    "Cancelled.",
    "Completed.",
    "In Queue...",
    "Running",
    "Runtime Error",
}


def check_backtest_status(value: str) -> BacktestStatus:
    if value in BACKTEST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKTEST_STATUS_VALUES!r}")
