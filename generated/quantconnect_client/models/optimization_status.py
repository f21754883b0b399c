from typing import Literal

OptimizationStatus = Literal["aborted", "completed", "failed", "new", "running"]

OPTIMIZATION_STATUS_VALUES: set[OptimizationStatus] = {
    "aborted",
    "completed",
    "failed",
    "new",
    "running",
}


def check_optimization_status(value: str) -> OptimizationStatus:
    if value in OPTIMIZATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZATION_STATUS_VALUES!r}")
