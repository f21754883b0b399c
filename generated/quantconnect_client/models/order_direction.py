from typing import Literal

OrderDirection = Literal["buy", "hold", "sell"]

ORDER_DIRECTION_VALUES: set[OrderDirection] = {
    "buy",
    "hold",
    "sell",
}


def check_order_direction(value: str) -> OrderDirection:
    if value in ORDER_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_DIRECTION_VALUES!r}")
