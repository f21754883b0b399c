"""The seeds' optimization workflow for the demo: estimate, create, rename, watch, abort, results, list, delete.

On the real API an optimization costs QCC, so the demo watches until a few backtests have finished, aborts it,
and then `optimizations.wait`s for the abort to take effect (the waiter answers an aborted optimization with
OptimizationError, whose `result` is the optimization).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

from quantconnect_client import APIError, OptimizationError, Progress
from quantconnect_client.models import (
    Optimization,
    OptimizationConstraint,
    OptimizationParameter,
    OptimizationRuntimeStatistics,
    OptimizationStatus,
    OptimizationStrategy,
    OptimizationTargetStatistic,
)

from .demo_steps import Demo
from .demo_text import Tracker

__all__ = ["optimization_workflow"]

SHARPE: OptimizationTargetStatistic = "TotalPerformance.PortfolioStatistics.SharpeRatio"
GRID: OptimizationStrategy = "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy"
FINISHED: tuple[OptimizationStatus, ...] = ("completed", "aborted", "failed")
# Positions in OptimizationBacktest.statistics (see openapi.yaml): net profit, drawdown, Sharpe ratio, total orders.
NET_PROFIT, DRAWDOWN, SHARPE_RATIO, TOTAL_ORDERS = 12, 7, 15, 17
# Watch this many backtests finish before aborting, as the seeds do (an optimization costs QCC on the real API).
WATCH_UNTIL_COMPLETED = 4


def _parameters() -> list[OptimizationParameter]:
    return [OptimizationParameter("ema_fast", 100, 200, 50), OptimizationParameter("ema_slow", 200, 300, 50)]


def optimization_workflow(demo: Demo, project_id: int, compile_id: str) -> None:
    """Seeds, optimization management, with progress and a results table."""
    optimizations = demo.client.optimizations
    name = f"Optimization_{compile_id[:5]}"
    constraints = [OptimizationConstraint(SHARPE, "Greater", 1)]
    demo.say.step("Estimate an optimization of ema_fast 100..200 x ema_slow 200..300 (step 50)")
    estimate = optimizations.estimate(
        project_id=project_id,
        name=name,
        target=SHARPE,
        target_to="max",
        target_value=None,
        strategy=GRID,
        compile_id=compile_id,
        parameters=_parameters(),
        constraints=constraints,
    )
    demo.say.say(f"3 x 3 = 9 backtests, about {estimate.time} s; QCC balance {estimate.balance}")

    demo.say.step("Start the optimization on 4 O2-8 nodes")
    created = optimizations.create(
        project_id=project_id,
        name=name,
        target=SHARPE,
        target_to="max",
        target_value=None,
        strategy=GRID,
        compile_id=compile_id,
        parameters=_parameters(),
        constraints=constraints,
        estimated_cost=10,
        node_type="O2-8",
        parallel_nodes=4,
    )
    optimization_id = created.optimization_id
    demo.created("optimization", f"optimization {optimization_id}", lambda: _abort_and_delete(demo, optimization_id))
    demo.say.say(f"optimization id {optimization_id}, status {created.status}")

    demo.say.step("Rename the optimization")
    optimizations.update(optimization_id=optimization_id, name=f"Optimization_{optimization_id[:5]}")
    demo.say.say(f"name {optimizations.read(optimization_id=optimization_id).name!r}")

    demo.say.step(f"Watch it run (until {WATCH_UNTIL_COMPLETED} backtests have finished)")
    with demo.say.waiting("optimization") as bar:
        # Not optimizations.wait: it cannot stop after some backtests, nor report them (see Demo.watch).
        watched = demo.watch(
            lambda: optimizations.read(optimization_id=optimization_id), _enough_done, lambda o: _show(bar, o)
        )

    demo.say.step("Abort the optimization")
    if watched.status in FINISHED:
        demo.say.say(f"it ended ({watched.status}) before it could be aborted")
        final = watched
    else:
        optimizations.abort(optimization_id=optimization_id)
        final = _wait_for_abort(demo, optimization_id)
    demo.say.say(f"status {final.status}")
    demo.say.table(
        ["ema_fast", "ema_slow", "Sharpe", "Net profit", "Drawdown", "Orders"],
        _results(final),
        title="finished backtests:",
    )

    demo.say.step("List the project's optimizations")
    rows = [(o.optimization_id, o.name, o.status) for o in optimizations.list(project_id=project_id)]
    demo.say.table(["Optimization", "Name", "Status"], rows)

    demo.say.step(f"Delete optimization {optimization_id}")
    optimizations.delete(optimization_id=optimization_id)
    demo.removed("optimization")
    demo.say.say("deleted")


def _counts(optimization: Optimization) -> tuple[int, int]:
    """Backtests completed and in all; the counters are absent (`[]`) before the optimization starts."""
    statistics = optimization.runtime_statistics or OptimizationRuntimeStatistics()
    return int(statistics.completed or 0), int(statistics.total or 0)


def _wait_for_abort(demo: Demo, optimization_id: str) -> Optimization:
    """`optimizations.wait` until the abort has taken effect; an aborted optimization is its OptimizationError."""
    with demo.say.waiting("abort") as bar:
        try:
            return demo.client.optimizations.wait(
                optimization_id=optimization_id,
                timeout=demo.wait_limit,
                poll=demo.delays(),
                on_progress=lambda progress: _show_progress(bar, progress),
            )  # it completed after all
        except OptimizationError as exc:
            if exc.status != "aborted" or not isinstance(exc.result, Optimization):
                raise
            return exc.result


def _show_progress(bar: Tracker, progress: Progress[Optimization]) -> None:
    if isinstance(progress.result, Optimization):
        _show(bar, progress.result)
    else:
        bar.show(progress.status)


def _show(bar: Tracker, optimization: Optimization) -> None:
    completed, total = _counts(optimization)
    bar.show(_describe(optimization), completed, total or None)


def _enough_done(optimization: Optimization) -> bool:
    completed, _ = _counts(optimization)
    return optimization.status in FINISHED or completed >= WATCH_UNTIL_COMPLETED


def _describe(optimization: Optimization) -> str:
    completed, total = _counts(optimization)
    return f"{optimization.status}: {completed} of {total or '?'} backtests completed"


def _results(optimization: Optimization) -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    for backtest in optimization.backtests.values():
        statistics = backtest.statistics or []
        if len(statistics) <= TOTAL_ORDERS:
            continue  # not finished: no statistics yet
        parameters: Mapping[str, float | str] = backtest.parameter_set or {}
        rows.append(
            (
                str(parameters.get("ema_fast", "?")),
                str(parameters.get("ema_slow", "?")),
                f"{statistics[SHARPE_RATIO]:.3f}",
                f"{statistics[NET_PROFIT]:.2%}",
                f"{statistics[DRAWDOWN]:.2%}",
                f"{statistics[TOTAL_ORDERS]:.0f}",
            )
        )
    return sorted(rows, key=lambda row: float(row[2]), reverse=True)


def _abort_and_delete(demo: Demo, optimization_id: str) -> None:
    with contextlib.suppress(APIError):  # already finished
        demo.client.optimizations.abort(optimization_id=optimization_id)
    demo.client.optimizations.delete(optimization_id=optimization_id)
