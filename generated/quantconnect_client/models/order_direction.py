from enum import StrEnum


class OrderDirection(StrEnum):
    BUY = "buy"
    HOLD = "hold"
    SELL = "sell"

    def __str__(self) -> str:
        return str(self.value)
