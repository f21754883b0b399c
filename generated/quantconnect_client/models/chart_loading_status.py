from typing import Literal

ChartLoadingStatus = Literal["loading"]

CHART_LOADING_STATUS_VALUES: set[ChartLoadingStatus] = {
    "loading",
}


def check_chart_loading_status(value: str) -> ChartLoadingStatus:
    if value in CHART_LOADING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHART_LOADING_STATUS_VALUES!r}")
