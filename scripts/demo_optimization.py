"""The seeds' optimization workflow for the demo: estimate, create, rename, watch, abort, results, list, delete."""

from __future__ import annotations

import contextlib

from demo_steps import Demo, present
from demo_text import table
from quantconnect_client.api.optimizations import (
    abort_optimization,
    create_optimization,
    delete_optimization,
    estimate_optimization,
    list_optimizations,
    read_optimization,
    update_optimization,
)
from quantconnect_client.models import (
    AbortOptimizationRequest,
    ConstraintOperator,
    CreateOptimizationRequest,
    DeleteOptimizationRequest,
    EstimateOptimizationRequest,
    ListOptimizationRequest,
    Optimization,
    OptimizationConstraint,
    OptimizationNodeType,
    OptimizationParameter,
    OptimizationStatus,
    OptimizationStrategy,
    OptimizationTargetStatistic,
    OptimizationTargetTo,
    ReadOptimizationRequest,
    UpdateOptimizationRequest,
)
from quantconnect_client.types import Unset

from auth_plugin import APIError

__all__ = ["optimization_workflow"]

SHARPE = OptimizationTargetStatistic.TOTALPERFORMANCE_PORTFOLIOSTATISTICS_SHARPERATIO
GRID = OptimizationStrategy.QUANTCONNECT_OPTIMIZER_STRATEGIES_GRIDSEARCHOPTIMIZATIONSTRATEGY
# Positions in OptimizationBacktest.statistics (see openapi.yaml): net profit, drawdown, Sharpe ratio, total orders.
NET_PROFIT, DRAWDOWN, SHARPE_RATIO, TOTAL_ORDERS = 12, 7, 15, 17
# Watch this many backtests finish before aborting, as the seeds do (an optimization costs QCC on the real API).
WATCH_UNTIL_COMPLETED = 4


def _parameters() -> list[OptimizationParameter]:
    return [OptimizationParameter("ema_fast", 100, 200, 50), OptimizationParameter("ema_slow", 200, 300, 50)]


def optimization_workflow(demo: Demo, project_id: int, compile_id: str) -> None:
    """Seeds, optimization management, with progress and a results table."""
    name = f"Optimization_{compile_id[:5]}"
    constraints = [OptimizationConstraint(SHARPE, ConstraintOperator.GREATER, 1)]
    demo.say.step("Estimate an optimization of ema_fast 100..200 x ema_slow 200..300 (step 50)")
    estimate_body = EstimateOptimizationRequest(
        project_id=project_id,
        name=name,
        target=SHARPE,
        target_to=OptimizationTargetTo.MAX,
        target_value=None,
        strategy=GRID,
        compile_id=compile_id,
        parameters=_parameters(),
        constraints=constraints,
    )
    estimate = present(present(estimate_optimization.sync(client=demo.client, body=estimate_body), "").estimate, "")
    demo.say.say(f"3 x 3 = 9 backtests, about {estimate.time} s; QCC balance {estimate.balance}")

    demo.say.step("Start the optimization on 4 O2-8 nodes")
    create_body = CreateOptimizationRequest(
        project_id=project_id,
        name=name,
        target=SHARPE,
        target_to=OptimizationTargetTo.MAX,
        target_value=None,
        strategy=GRID,
        compile_id=compile_id,
        parameters=_parameters(),
        constraints=constraints,
        estimated_cost=10,
        node_type=OptimizationNodeType.O2_8,
        parallel_nodes=4,
    )
    created = present(present(create_optimization.sync(client=demo.client, body=create_body), "").optimizations, "")
    optimization_id = created[0].optimization_id
    remove = DeleteOptimizationRequest(optimization_id)
    demo.created("optimization", f"optimization {optimization_id}", lambda: _abort_and_delete(demo, optimization_id))
    demo.say.say(f"optimization id {optimization_id}, status {created[0].status}")

    demo.say.step("Rename the optimization")
    new_name = f"Optimization_{optimization_id[:5]}"
    update_optimization.sync(client=demo.client, body=UpdateOptimizationRequest(optimization_id, new_name))
    read = ReadOptimizationRequest(optimization_id)
    demo.say.say(f"name {present(_read(demo, read).name, 'name')!r}")

    demo.say.step(f"Watch it run (until {WATCH_UNTIL_COMPLETED} backtests have finished)")
    watched = demo.poll(lambda: _read(demo, read), _enough_done, _describe)

    demo.say.step("Abort the optimization")
    if watched.status == OptimizationStatus.COMPLETED:
        demo.say.say("it completed before it could be aborted")
    else:
        abort_optimization.sync(client=demo.client, body=AbortOptimizationRequest(optimization_id))
    final = _read(demo, read)
    demo.say.say(f"status {final.status}")
    demo.say.say("finished backtests:")
    demo.say.lines(table(["ema_fast", "ema_slow", "Sharpe", "Net profit", "Drawdown", "Orders"], _results(final)))

    demo.say.step("List the project's optimizations")
    listed = present(list_optimizations.sync(client=demo.client, body=ListOptimizationRequest(project_id)), "")
    rows = [(o.optimization_id, o.name, o.status) for o in present(listed.optimizations, "optimizations")]
    demo.say.lines(table(["Optimization", "Name", "Status"], rows))

    demo.say.step(f"Delete optimization {optimization_id}")
    delete_optimization.sync(client=demo.client, body=remove)
    demo.removed("optimization")
    demo.say.say("deleted")


def _read(demo: Demo, read: ReadOptimizationRequest) -> Optimization:
    return present(present(read_optimization.sync(client=demo.client, body=read), "").optimization, "optimization")


def _counts(optimization: Optimization) -> tuple[int, int]:
    statistics = optimization.runtime_statistics
    if isinstance(statistics, Unset):
        return 0, 0
    completed = statistics.completed if isinstance(statistics.completed, str) else "0"
    total = statistics.total if isinstance(statistics.total, str) else "0"
    return int(completed or 0), int(total or 0)


def _enough_done(optimization: Optimization) -> bool:
    completed, _ = _counts(optimization)
    finished = (OptimizationStatus.COMPLETED, OptimizationStatus.ABORTED, OptimizationStatus.FAILED)
    return optimization.status in finished or completed >= WATCH_UNTIL_COMPLETED


def _describe(optimization: Optimization) -> str:
    completed, total = _counts(optimization)
    return f"{optimization.status}: {completed} of {total or '?'} backtests completed"


def _results(optimization: Optimization) -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    backtests = optimization.backtests
    if isinstance(backtests, Unset):
        return []
    for key in backtests.additional_keys:
        backtest = backtests[key]
        statistics = backtest.statistics if not isinstance(backtest.statistics, Unset) else []
        if len(statistics) <= TOTAL_ORDERS:
            continue  # not finished: no statistics yet
        parameters = backtest.parameter_set.to_dict() if not isinstance(backtest.parameter_set, Unset) else {}
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
        abort_optimization.sync(client=demo.client, body=AbortOptimizationRequest(optimization_id))
    delete_optimization.sync(client=demo.client, body=DeleteOptimizationRequest(optimization_id))
