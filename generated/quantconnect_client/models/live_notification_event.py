from typing import Literal

LiveNotificationEvent = Literal["insight", "orderEvent"]

LIVE_NOTIFICATION_EVENT_VALUES: set[LiveNotificationEvent] = {
    "insight",
    "orderEvent",
}


def check_live_notification_event(value: str) -> LiveNotificationEvent:
    if value in LIVE_NOTIFICATION_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIVE_NOTIFICATION_EVENT_VALUES!r}")
