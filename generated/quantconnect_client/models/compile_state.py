from enum import StrEnum


class CompileState(StrEnum):
    BUILDERROR = "BuildError"
    BUILDSUCCESS = "BuildSuccess"
    INQUEUE = "InQueue"

    def __str__(self) -> str:
        return str(self.value)
