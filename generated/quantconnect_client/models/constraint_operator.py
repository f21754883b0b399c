from enum import StrEnum


class ConstraintOperator(StrEnum):
    EQUALS = "Equals"
    GREATER = "Greater"
    GREATEROREQUAL = "GreaterOrEqual"
    LESS = "Less"
    LESSOREQUAL = "LessOrEqual"
    NOTEQUAL = "NotEqual"

    def __str__(self) -> str:
        return str(self.value)
