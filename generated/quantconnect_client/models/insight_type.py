from typing import Literal

InsightType = Literal["price", "volatility"]

INSIGHT_TYPE_VALUES: set[InsightType] = {
    "price",
    "volatility",
}


def check_insight_type(value: str) -> InsightType:
    if value in INSIGHT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSIGHT_TYPE_VALUES!r}")
