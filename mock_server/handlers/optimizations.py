"""`/optimizations/*`: a grid of backtests run `parallelNodes` at a time; estimate, abort, rename, delete."""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

from .. import results
from ..account import charge_optimization
from ..errors import ApiError
from ..grid import estimate_seconds, expand
from ..store import Optimization
from ..timeline import Phase, backtest_phase, optimization_status
from ..wire import map_or_empty, qc_datetime, timespan
from .backtests import PERIOD_END, PERIOD_START, new_backtest
from .base import Body, Context, Handler, Result, parameter_set
from .compile import runnable_compile

__all__ = ["HANDLERS"]

DEFAULT_NODE = "O2-8"
QCC_PER_BACKTEST = {"O2-8": 0.05, "O4-12": 0.08, "O8-16": 0.12}
OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "Less": operator.lt,
    "LessOrEqual": operator.le,
    "Greater": operator.gt,
    "GreaterOrEqual": operator.ge,
    "Equals": operator.eq,
    "NotEqual": operator.ne,
}


def _phases(ctx: Context, optimization: Optimization) -> list[tuple[str, Phase]]:
    backtests = ctx.store.backtests
    return [(i, backtest_phase(backtests[i], ctx.now)) for i in optimization.backtest_ids if i in backtests]


def _parameters(optimization: Optimization) -> list[dict[str, Any]]:
    return [
        {"name": p["name"], "min": p["min"], "max": p["max"], "step": p["step"], "minStep": p.get("minStep")}
        for p in optimization.request["parameters"]
    ]


def _criterion(optimization: Optimization) -> dict[str, Any]:
    request = optimization.request
    return {"target": request["target"], "extremum": request["targetTo"], "targetValue": request.get("targetValue")}


def _best(ctx: Context, optimization: Optimization, phases: list[tuple[str, Phase]]) -> dict[str, str] | None:
    """Parameters of the best completed backtest that meets every constraint, by the target statistic."""
    request = optimization.request
    candidates = []
    for backtest_id, phase in phases:
        params = ctx.store.backtests[backtest_id].parameters
        value = results.statistic_value(params, request["target"]) if phase.succeeded else None
        if value is None:
            continue
        meets = True
        for constraint in request.get("constraints", []):
            actual = results.statistic_value(params, constraint["target"])
            compare = OPERATORS.get(constraint["operator"])
            if actual is None or compare is None or not compare(actual, float(constraint["targetValue"])):
                meets = False
        if meets:
            candidates.append((value, params))
    if not candidates:
        return None
    pick = min if request["targetTo"] == "min" else max
    return pick(candidates, key=lambda c: c[0])[1]


def _summary(ctx: Context, optimization: Optimization) -> dict[str, Any]:
    phases = _phases(ctx, optimization)
    best = _best(ctx, optimization, phases)
    numbers = results.summary_statistics(best) if best is not None else {}
    return {
        "optimizationId": optimization.optimization_id,
        "projectId": optimization.project_id,
        "name": optimization.name,
        "status": optimization_status(optimization, [p for _, p in phases], ctx.now),
        "nodeType": optimization.node_type,
        "criterion": _criterion(optimization),
        "created": qc_datetime(optimization.created),
        "psr": numbers.get("psr"),
        "sharpeRatio": numbers.get("sharpeRatio"),
        "trades": numbers.get("trades"),
        "cloneId": None,
        "outOfSampleDays": 0,
        "outOfSampleMaxEndDate": None,
        "parameters": _parameters(optimization),
    }


def _runtime_statistics(ctx: Context, optimization: Optimization, phases: list[tuple[str, Phase]]) -> dict[str, str]:
    done = [p for _, p in phases if p.succeeded]
    failed = [p for _, p in phases if p.finished and not p.succeeded and p.started]
    running = [p for _, p in phases if p.started and not p.finished]
    queued = [p for _, p in phases if not p.started and not p.finished]
    starts = [ctx.store.backtests[i].start_at for i, p in phases if p.started]
    ends = [ctx.store.backtests[i].start_at + ctx.store.backtests[i].duration for i, p in phases if p.succeeded]
    finished_at = max(ends) if ends and not running and not queued else ctx.now
    if optimization.aborted_at is not None:
        finished_at = min(finished_at, optimization.aborted_at)
    runtime = max(0.0, finished_at - min(starts)) if starts else 0.0
    cost = QCC_PER_BACKTEST.get(optimization.node_type, QCC_PER_BACKTEST[DEFAULT_NODE])
    return {
        "Completed": str(len(done)),
        "Failed": str(len(failed)),
        "Running": str(len(running)),
        "In Queue": str(len(queued)),
        "Average Length": timespan(ctx.settings.backtest_seconds if done else 0),
        "Total Runtime": timespan(runtime),
        "Total": str(len(optimization.backtest_ids)),
        "Consumed": f"{len(done) * cost:.2f}",
    }


def _backtest_entry(ctx: Context, backtest_id: str, phase: Phase) -> dict[str, Any]:
    backtest = ctx.store.backtests[backtest_id]
    done = phase.succeeded
    return {
        "id": backtest_id,
        "name": backtest.name,
        "progress": phase.progress,
        # An int always, as lean-cli's model requires: 0 while it runs and once it succeeded (lean-cli keeps
        # the backtests with exit code 0 as the successful ones), 1 once it stopped without results.
        "exitCode": 1 if phase.finished and not done else 0,
        "statistics": results.optimization_statistics(backtest.parameters) if done else [],
        "parameterSet": map_or_empty(backtest.parameters),
        "equity": results.equity_points(backtest.parameters, 50) if done else [],
        "startDate": PERIOD_START,
        "endDate": PERIOD_END if done else None,
        "outOfSampleDays": 0,
        "outOfSampleMaxEndDate": None,
    }


def optimization_view(ctx: Context, optimization: Optimization) -> dict[str, Any]:
    phases = _phases(ctx, optimization)
    status = optimization_status(optimization, [p for _, p in phases], ctx.now)
    started = {i: _backtest_entry(ctx, i, p) for i, p in phases if p.started}
    request = optimization.request
    return {
        "optimizationId": optimization.optimization_id,
        "snapshotId": optimization.snapshot_id,
        "projectId": optimization.project_id,
        "name": optimization.name,
        "status": status,
        "nodeType": optimization.node_type,
        "parallelNodes": optimization.parallel_nodes,
        "criterion": _criterion(optimization),
        "runtimeStatistics": [] if status == "new" else _runtime_statistics(ctx, optimization, phases),
        "constraints": [
            {"target": c["target"], "operator": c["operator"], "targetValue": c.get("targetValue")}
            for c in request.get("constraints", [])
        ],
        "parameters": _parameters(optimization),
        "backtests": map_or_empty(started),
        "strategy": request["strategy"],
        "requested": qc_datetime(optimization.created),
        "optimizationTarget": request["target"],
        "targetValue": request.get("targetValue"),
        "gridLayout": [],
        "outOfSampleMaxEndDate": None,
        "outOfSampleDays": 0,
    }


def _checked(ctx: Context, body: Body) -> list[dict[str, str]]:
    project = ctx.store.project(body["projectId"])
    runnable_compile(ctx, project.project_id, body["compileId"])
    return expand(body["parameters"], ctx.settings.max_grid)


def estimate(ctx: Context, body: Body) -> Result:
    size = len(_checked(ctx, body))
    # The estimate request names no node; a nodeType/parallelNodes sent anyway (as for create) is honoured.
    node = body.get("nodeType") if body.get("nodeType") in QCC_PER_BACKTEST else DEFAULT_NODE
    parallel = body.get("parallelNodes") if isinstance(body.get("parallelNodes"), int) else 1
    return {
        "estimate": {
            "estimateId": f"e-{ctx.store.ids.hex(16)}",
            "time": estimate_seconds(size, str(node), max(1, int(parallel or 1))),
            "balance": int(ctx.settings.balance),  # whole QCC, as the platform sends it and lean-cli reads it
        }
    }


def create(ctx: Context, body: Body) -> Result:
    grid = _checked(ctx, body)
    project = ctx.store.project(body["projectId"])
    compiled = runnable_compile(ctx, project.project_id, body["compileId"])
    charge_optimization(ctx, body["estimatedCost"])
    optimization = Optimization(
        optimization_id=f"O-{ctx.store.ids.hex()}",
        project_id=project.project_id,
        compile_id=compiled.compile_id,
        name=body["name"],
        created=ctx.now,
        request=body,
        node_type=body["nodeType"],
        parallel_nodes=body["parallelNodes"],
        backtest_ids=[],
        snapshot_id=ctx.store.ids.snapshot(),
    )
    first_start = max(ctx.now, compiled.ready_at) + ctx.settings.queue_seconds
    for index, point in enumerate(grid):
        wave = index // optimization.parallel_nodes
        backtest = new_backtest(
            ctx,
            project.project_id,
            compiled.compile_id,
            ",".join(f"{k}:{v}" for k, v in point.items()),
            parameter_set(project.parameters, point),
            first_start + wave * ctx.settings.backtest_seconds,
            optimization.optimization_id,
        )
        optimization.backtest_ids.append(backtest.backtest_id)
    ctx.store.optimizations[optimization.optimization_id] = optimization
    return {"optimizations": [_summary(ctx, optimization)]}


def update(ctx: Context, body: Body) -> Result:
    ctx.store.optimization(body["optimizationId"]).name = body["name"]
    return {}


def read(ctx: Context, body: Body) -> Result:
    return {"optimization": optimization_view(ctx, ctx.store.optimization(body["optimizationId"]))}


def abort(ctx: Context, body: Body) -> Result:
    optimization = ctx.store.optimization(body["optimizationId"])
    phases = _phases(ctx, optimization)
    status = optimization_status(optimization, [p for _, p in phases], ctx.now)
    if status == "completed":
        raise ApiError(f"Optimization {optimization.optimization_id!r} has already completed; nothing to abort.")
    if status == "aborted":
        return {}  # aborting twice is harmless, so a retried abort succeeds
    optimization.aborted_at = ctx.now
    for backtest_id, phase in phases:
        if not phase.finished:  # running ones stop where they are; queued ones are never run
            ctx.store.backtests[backtest_id].cancelled_at = ctx.now
    return {}


def delete(ctx: Context, body: Body) -> Result:
    optimization = ctx.store.optimization(body["optimizationId"])
    for backtest_id in optimization.backtest_ids:
        ctx.store.backtests.pop(backtest_id, None)
    del ctx.store.optimizations[optimization.optimization_id]
    return {}


def list_optimizations(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    found = [o for o in ctx.store.optimizations.values() if o.project_id == project.project_id]
    found.reverse()  # newest first, also among those created at the same clock reading
    found.sort(key=lambda o: o.created, reverse=True)
    return {"optimizations": [_summary(ctx, o) for o in found]}


HANDLERS: dict[str, Handler] = {
    "/optimizations/estimate": estimate,
    "/optimizations/create": create,
    "/optimizations/update": update,
    "/optimizations/read": read,
    "/optimizations/abort": abort,
    "/optimizations/delete": delete,
    "/optimizations/list": list_optimizations,
}
