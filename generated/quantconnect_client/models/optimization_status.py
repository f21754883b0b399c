from enum import StrEnum


class OptimizationStatus(StrEnum):
    ABORTED = "aborted"
    COMPLETED = "completed"
    FAILED = "failed"
    NEW = "new"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
