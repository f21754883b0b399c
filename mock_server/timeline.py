"""Where a backtest, compile or optimization stands at a given time of the injected clock."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .simulation import simulate
from .store import Backtest, Compile, Optimization

__all__ = [
    "RESULTS_PENDING_SECONDS",
    "RUNTIME_ERROR",
    "RUNTIME_ERROR_AT",
    "Phase",
    "backtest_phase",
    "compile_state",
    "completed_at",
    "failure_fraction",
    "optimization_status",
    "results_pending",
    "simulated_until",
]

QUEUED = "In Queue..."
COMPLETED = "Completed."
CANCELLED = "Cancelled."
RUNTIME_ERROR = "Runtime Error"

# A backtest whose code has an unconditional `raise` (syntax.raised_error) ends in `Runtime Error` this far into
# its run time, or as it leaves the queue when the raise is met while initialising.
RUNTIME_ERROR_AT = 0.3

# The platform can mark a backtest completed before its results are stored (lean-cli issues #460 and #532,
# worked around in lean-cli #539 by reading again): the first `Settings.results_pending_reads` reads of a
# completed backtest, made within RESULTS_PENDING_SECONDS (simulated) of its completion, answer
# `completed: true` with no results yet.
RESULTS_PENDING_SECONDS = 60.0


@dataclass(frozen=True)
class Phase:
    """A backtest's state: `finished` once it stopped for good, `succeeded` when it has results.

    `progress` is what the platform shows (whole percents, below 1 until completed, agreeing with the
    `Running: N%` status); `fraction` is the exact share of the simulated period done so far.
    """

    status: str
    progress: float
    started: bool
    finished: bool
    succeeded: bool
    fraction: float = 0.0


def _shown(fraction: float) -> int:
    """Whole percents done as the platform shows them: rounded down, and at most 99 until completed."""
    return min(99, math.floor(fraction * 100 + 1e-9))


def failure_fraction(backtest: Backtest) -> float | None:
    """The share of its run time after which the backtest fails with a runtime error; None if it never does."""
    if backtest.failure is None:
        return None
    return 0.0 if backtest.failure.during_initialize else RUNTIME_ERROR_AT


def backtest_phase(backtest: Backtest, now: float) -> Phase:
    stopped = backtest.cancelled_at
    effective = now if stopped is None else min(now, stopped)
    if effective < backtest.start_at:
        if stopped is not None and now >= stopped:
            return Phase(CANCELLED, 0.0, started=False, finished=True, succeeded=False)
        return Phase(QUEUED, 0.0, started=False, finished=False, succeeded=False)
    elapsed = effective - backtest.start_at
    fraction = 1.0 if backtest.duration <= 0 else min(1.0, elapsed / backtest.duration)
    fails_at = failure_fraction(backtest)
    if fails_at is not None and fraction >= fails_at:  # stopped for good where the exception was raised
        shown = _shown(fails_at) / 100
        return Phase(RUNTIME_ERROR, shown, started=True, finished=True, succeeded=False, fraction=fails_at)
    if fraction >= 1.0:
        return Phase(COMPLETED, 1.0, started=True, finished=True, succeeded=True, fraction=1.0)
    percent = _shown(fraction)
    if stopped is not None and now >= stopped:
        return Phase(CANCELLED, percent / 100, started=True, finished=True, succeeded=False, fraction=fraction)
    return Phase(
        f"Running: {percent}%", percent / 100, started=True, finished=False, succeeded=False, fraction=fraction
    )


def simulated_until(backtest: Backtest, phase: Phase) -> float:
    """How far into the simulated period the backtest has got, in simulated Unix seconds."""
    if phase.succeeded:
        return math.inf
    if not phase.started:
        return -math.inf
    days = simulate(backtest.parameters).days
    return days[0] + phase.fraction * (days[-1] - days[0])


def completed_at(backtest: Backtest) -> float:
    """When the backtest completes (or completed), if it is not cancelled first."""
    return backtest.start_at + max(0.0, backtest.duration)


def results_pending(backtest: Backtest, now: float, pending_reads: int) -> bool:
    """Whether a read of this completed backtest now still finds its results unwritten.

    Only stand-alone backtests: an optimization reports its backtests' results before it completes.
    """
    if backtest.optimization_id is not None or backtest.result_reads >= pending_reads:
        return False
    return now < completed_at(backtest) + RESULTS_PENDING_SECONDS


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
