from enum import StrEnum


class BacktestStatus(StrEnum):
    ABORTED = "Aborted"
    CANCELLED = "Cancelled."
    COMPLETED = "Completed."
    IN_QUEUE = "In Queue..."
    RUNNING = "Running"
    RUNTIME_ERROR = "Runtime Error"

    def __str__(self) -> str:
        return str(self.value)
