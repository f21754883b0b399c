from typing import Literal

LiveAlgorithmStatus = Literal[
    "Completed",
    "Deleted",
    "DeployError",
    "History",
    "Initializing",
    "InQueue",
    "Invalid",
    "Liquidated",
    "LoggingIn",
    "Running",
    "RuntimeError",
    "Stopped",
    "Undefined",
]

LIVE_ALGORITHM_STATUS_VALUES: set[LiveAlgorithmStatus] = {
    "Completed",
    "Deleted",
    "DeployError",
    "History",
    "Initializing",
    "InQueue",
    "Invalid",
    "Liquidated",
    "LoggingIn",
    "Running",
    "RuntimeError",
    "Stopped",
    "Undefined",
}


def check_live_algorithm_status(value: str) -> LiveAlgorithmStatus:
    if value in LIVE_ALGORITHM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIVE_ALGORITHM_STATUS_VALUES!r}")
