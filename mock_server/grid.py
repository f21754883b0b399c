"""Expands an optimization's parameters (min..max by step each) into its grid of parameter sets."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

from .errors import ApiError
from .wire import parameter_text

__all__ = ["NODE_SECONDS", "estimate_seconds", "expand", "grid_size"]

# Platform seconds one backtest takes on each optimization node type (what estimates are made of).
NODE_SECONDS = {"O2-8": 60, "O4-12": 40, "O8-16": 25}
_EPSILON = 1e-9


def _count(parameter: dict[str, Any], index: int) -> int:
    low, high, step = float(parameter["min"]), float(parameter["max"]), float(parameter["step"])
    if low > high:
        raise ApiError(f"parameters[{index}]: min {parameter['min']} is greater than max {parameter['max']}.")
    steps = (high - low) / step
    if not math.isfinite(steps):
        raise ApiError(f"parameters[{index}]: min..max by step gives too many values.")
    return math.floor(steps + _EPSILON) + 1


def grid_size(parameters: Sequence[dict[str, Any]]) -> int:
    return math.prod(_count(p, i) for i, p in enumerate(parameters))


def expand(parameters: Sequence[dict[str, Any]], limit: int) -> list[dict[str, str]]:
    """Every combination of the parameters' values (the cartesian product), first parameter varying slowest."""
    names = [str(p["name"]) for p in parameters]
    if len(set(names)) != len(names):
        raise ApiError(f"parameters: names must be unique, got {names}.")
    size = grid_size(parameters)
    if size > limit:
        raise ApiError(f"parameters: the grid has {size} points; at most {limit} backtests per optimization.")
    axes = []
    for index, parameter in enumerate(parameters):
        low, step = float(parameter["min"]), float(parameter["step"])
        axes.append([parameter_text(round(low + k * step, 10)) for k in range(_count(parameter, index))])
    return [dict(zip(names, values, strict=True)) for values in itertools.product(*axes)]


def estimate_seconds(size: int, node_type: str, parallel_nodes: int) -> int:
    """Run time: the grid in waves of `parallel_nodes`, each wave one backtest long on that node type."""
    return math.ceil(size / max(1, parallel_nodes)) * NODE_SECONDS.get(node_type, NODE_SECONDS["O2-8"])
