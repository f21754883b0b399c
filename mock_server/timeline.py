"""Where a backtest, compile or optimization stands at a given time of the injected clock."""

from __future__ import annotations

from dataclasses import dataclass

from .store import Backtest, Compile, Optimization

__all__ = ["Phase", "backtest_phase", "compile_state", "optimization_status"]

QUEUED = "In Queue..."
COMPLETED = "Completed."
CANCELLED = "Cancelled."


@dataclass(frozen=True)
class Phase:
    """A backtest's state: `finished` once it stopped for good, `succeeded` when it has results."""

    status: str
    progress: float
    started: bool
    finished: bool
    succeeded: bool


def backtest_phase(backtest: Backtest, now: float) -> Phase:
    stopped = backtest.cancelled_at
    effective = now if stopped is None else min(now, stopped)
    if effective < backtest.start_at:
        if stopped is not None and now >= stopped:
            return Phase(CANCELLED, 0.0, started=False, finished=True, succeeded=False)
        return Phase(QUEUED, 0.0, started=False, finished=False, succeeded=False)
    elapsed = effective - backtest.start_at
    progress = 1.0 if backtest.duration <= 0 else min(1.0, elapsed / backtest.duration)
    if progress >= 1.0:
        return Phase(COMPLETED, 1.0, started=True, finished=True, succeeded=True)
    rounded = round(progress, 2)
    if stopped is not None and now >= stopped:
        return Phase(CANCELLED, rounded, started=True, finished=True, succeeded=False)
    return Phase(f"Running: {int(progress * 100)}%", rounded, started=True, finished=False, succeeded=False)


def compile_state(compiled: Compile, now: float) -> str:
    if now < compiled.ready_at:
        return "InQueue"
    return "BuildError" if compiled.errors else "BuildSuccess"


def optimization_status(optimization: Optimization, phases: list[Phase], now: float) -> str:
    """`new` until its first backtest starts, then `running`, and `completed` or `aborted`."""
    if optimization.aborted_at is not None and now >= optimization.aborted_at:
        return "aborted"
    if phases and all(p.finished for p in phases):
        return "completed"
    return "running" if any(p.started for p in phases) else "new"
