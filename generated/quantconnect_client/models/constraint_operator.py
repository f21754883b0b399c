from typing import Literal

ConstraintOperator = Literal["Equals", "Greater", "GreaterOrEqual", "Less", "LessOrEqual", "NotEqual"]

CONSTRAINT_OPERATOR_VALUES: set[ConstraintOperator] = {
    "Equals",
    "Greater",
    "GreaterOrEqual",
    "Less",
    "LessOrEqual",
    "NotEqual",
}


def check_constraint_operator(value: str) -> ConstraintOperator:
    if value in CONSTRAINT_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONSTRAINT_OPERATOR_VALUES!r}")
