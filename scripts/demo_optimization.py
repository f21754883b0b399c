"""The seeds' optimization workflow for the demo: estimate, create, rename, watch, abort, results, list, delete."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

from demo_steps import Demo
from demo_text import table
from quantconnect_client import APIError
from quantconnect_client.models import (
    Optimization,
    OptimizationConstraint,
    OptimizationParameter,
    OptimizationRuntimeStatistics,
    OptimizationStatus,
    OptimizationStrategy,
    OptimizationTargetStatistic,
)

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
    watched = demo.poll(lambda: optimizations.read(optimization_id=optimization_id), _enough_done, _describe)

    demo.say.step("Abort the optimization")
    if watched.status == "completed":
        demo.say.say("it completed before it could be aborted")
    else:
        optimizations.abort(optimization_id=optimization_id)
    final = optimizations.read(optimization_id=optimization_id)
    demo.say.say(f"status {final.status}")
    demo.say.say("finished backtests:")
    demo.say.lines(table(["ema_fast", "ema_slow", "Sharpe", "Net profit", "Drawdown", "Orders"], _results(final)))

    demo.say.step("List the project's optimizations")
    rows = [(o.optimization_id, o.name, o.status) for o in optimizations.list(project_id=project_id)]
    demo.say.lines(table(["Optimization", "Name", "Status"], rows))

    demo.say.step(f"Delete optimization {optimization_id}")
    optimizations.delete(optimization_id=optimization_id)
    demo.removed("optimization")
    demo.say.say("deleted")


def _counts(optimization: Optimization) -> tuple[int, int]:
    """Backtests completed and in all; the counters are absent (`[]`) before the optimization starts."""
    statistics = optimization.runtime_statistics or OptimizationRuntimeStatistics()
    return int(statistics.completed or 0), int(statistics.total or 0)


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
