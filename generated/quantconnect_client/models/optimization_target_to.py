from typing import Literal

OptimizationTargetTo = Literal["max", "min"]

OPTIMIZATION_TARGET_TO_VALUES: set[OptimizationTargetTo] = {
    "max",
    "min",
}


def check_optimization_target_to(value: str) -> OptimizationTargetTo:
    if value in OPTIMIZATION_TARGET_TO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZATION_TARGET_TO_VALUES!r}")
