from enum import StrEnum


class OrderEventStatus(StrEnum):
    CANCELED = "canceled"
    CANCELPENDING = "cancelPending"
    FILLED = "filled"
    INVALID = "invalid"
    NEW = "new"
    NONE = "none"
    PARTIALLYFILLED = "partiallyFilled"
    SUBMITTED = "submitted"
    UPDATESUBMITTED = "updateSubmitted"

    def __str__(self) -> str:
        return str(self.value)
