from enum import StrEnum


class InsightType(StrEnum):
    PRICE = "price"
    VOLATILITY = "volatility"

    def __str__(self) -> str:
        return str(self.value)
