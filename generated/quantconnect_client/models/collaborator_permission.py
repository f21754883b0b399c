from enum import StrEnum


class CollaboratorPermission(StrEnum):
    READ = "read"
    WRITE = "write"

    def __str__(self) -> str:
        return str(self.value)
