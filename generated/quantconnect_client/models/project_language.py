from enum import StrEnum


class ProjectLanguage(StrEnum):
    C = "C#"
    PY = "Py"

    def __str__(self) -> str:
        return str(self.value)
