from typing import Literal

OptimizationNodeType = Literal["O2-8", "O4-12", "O8-16"]

OPTIMIZATION_NODE_TYPE_VALUES: set[OptimizationNodeType] = {
    "O2-8",
    "O4-12",
    "O8-16",
}


def check_optimization_node_type(value: str) -> OptimizationNodeType:
    if value in OPTIMIZATION_NODE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZATION_NODE_TYPE_VALUES!r}")
