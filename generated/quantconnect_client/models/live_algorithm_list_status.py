from typing import Literal

LiveAlgorithmListStatus = Literal["Liquidated", "Running", "RuntimeError", "Stopped"]

LIVE_ALGORITHM_LIST_STATUS_VALUES: set[LiveAlgorithmListStatus] = {
    "Liquidated",
    "Running",
    "RuntimeError",
    "Stopped",
}


def check_live_algorithm_list_status(value: str) -> LiveAlgorithmListStatus:
    if value in LIVE_ALGORITHM_LIST_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIVE_ALGORITHM_LIST_STATUS_VALUES!r}")
