from typing import Literal

InsightDirection = Literal["down", "flat", "up"]

INSIGHT_DIRECTION_VALUES: set[InsightDirection] = {
    "down",
    "flat",
    "up",
}


def check_insight_direction(value: str) -> InsightDirection:
    if value in INSIGHT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSIGHT_DIRECTION_VALUES!r}")
