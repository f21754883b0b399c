from enum import StrEnum


class ChartLoadingStatus(StrEnum):
    LOADING = "loading"

    def __str__(self) -> str:
        return str(self.value)
