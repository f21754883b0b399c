"""Interleaved timing: every round runs each contender in turn, so drift (thermal, other load) hits all alike."""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Samples", "interleaved", "interleaved_async", "paired_ratio"]


@dataclass
class Samples:
    """Per-round timings of one contender, in seconds per operation (wall and this process's CPU)."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    def quartiles(self) -> tuple[float, float]:
        """25th and 75th percentiles of the wall times (both the median when there are too few rounds)."""
        if len(self.wall) < 2:
            return self.median, self.median
        q1, _, q3 = statistics.quantiles(self.wall, n=4, method="inclusive")
        return q1, q3

    def summary(self) -> dict[str, Any]:
        q1, q3 = self.quartiles()
        return {
            "median_s": self.median,
            "p25_s": q1,
            "p75_s": q3,
            "cpu_median_s": self.cpu_median,
            "rounds": len(self.wall),
        }


def _orders(names: Sequence[str], rounds: int) -> list[list[str]]:
    # Rotating the order means no contender always runs first (cold caches) or last (after a GC-heavy neighbour).
    return [list(names[r % len(names) :]) + list(names[: r % len(names)]) for r in range(rounds)]


def interleaved(
    contenders: Mapping[str, Callable[[], object]],
    *,
    rounds: int,
    ops_per_round: int,
    warmup: int = 1,
    collect: bool = True,
) -> dict[str, Samples]:
    """Time each contender `ops_per_round` times per round, contenders taking turns within every round.

    With `collect`, a full garbage collection runs (untimed) before each contender's turn.
    """
    for fn in contenders.values():
        for _ in range(warmup):
            fn()
    results = {name: Samples() for name in contenders}
    for order in _orders(list(contenders), rounds):
        for name in order:
            fn = contenders[name]
            if collect:
                gc.collect()  # garbage left by the previous contender must not be collected on this one's clock
            cpu0, wall0 = time.process_time(), time.perf_counter()
            for _ in range(ops_per_round):
                fn()
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            results[name].wall.append(wall / ops_per_round)
            results[name].cpu.append(cpu / ops_per_round)
    return results


async def interleaved_async(
    contenders: Mapping[str, Callable[[], Awaitable[object]]],
    *,
    rounds: int,
    ops_per_round: int,
    warmup: int = 1,
    collect: bool = True,
) -> dict[str, Samples]:
    """The asynchronous twin of `interleaved`: each operation is awaited before the next starts."""
    for fn in contenders.values():
        for _ in range(warmup):
            await fn()
    results = {name: Samples() for name in contenders}
    for order in _orders(list(contenders), rounds):
        for name in order:
            fn = contenders[name]
            if collect:
                gc.collect()
            cpu0, wall0 = time.process_time(), time.perf_counter()
            for _ in range(ops_per_round):
                await fn()
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            results[name].wall.append(wall / ops_per_round)
            results[name].cpu.append(cpu / ops_per_round)
    return results


def paired_ratio(subject: Samples, baseline: Samples, *, cpu: bool = False) -> float:
    """Median over rounds of subject/baseline, each pair measured in the same round."""
    a, b = (subject.cpu, baseline.cpu) if cpu else (subject.wall, baseline.wall)
    ratios = [x / y for x, y in zip(a, b, strict=True) if y > 0]
    return statistics.median(ratios) if ratios else math.nan
