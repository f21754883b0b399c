from typing import Literal

OrderEventStatus = Literal[
    "canceled", "cancelPending", "filled", "invalid", "new", "none", "partiallyFilled", "submitted", "updateSubmitted"
]

ORDER_EVENT_STATUS_VALUES: set[OrderEventStatus] = {
    "canceled",
    "cancelPending",
    "filled",
    "invalid",
    "new",
    "none",
    "partiallyFilled",
    "submitted",
    "updateSubmitted",
}


def check_order_event_status(value: str) -> OrderEventStatus:
    if value in ORDER_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_EVENT_STATUS_VALUES!r}")
