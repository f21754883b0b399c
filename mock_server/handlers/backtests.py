"""`/backtests/create|read|update|delete|list`: backtests move from queued to running to completed."""

from __future__ import annotations

from typing import Any

from .. import results, timeline
from ..simulation import FIRST_DAY, LAST_DAY, simulate
from ..store import Backtest, Store
from ..timeline import Phase, backtest_phase
from ..wire import map_or_empty, qc_datetime
from .base import Body, Context, Handler, Result, parameter_set
from .compile import runnable_compile

__all__ = ["HANDLERS", "backtest_view", "new_backtest"]

PERIOD_START = f"{FIRST_DAY.isoformat()} 00:00:00"
PERIOD_END = f"{LAST_DAY.isoformat()} 00:00:00"
SUMMARY_STATISTICS = results.summary_statistics({}).keys()


def new_backtest(
    ctx: Context,
    project_id: int,
    compile_id: str,
    name: str,
    parameters: dict[str, str],
    start_at: float,
    optimization_id: str | None = None,
) -> Backtest:
    compiled = ctx.store.compiles.get(compile_id)
    backtest = Backtest(
        backtest_id=ctx.store.ids.hex(),
        project_id=project_id,
        compile_id=compile_id,
        name=name,
        created=ctx.now,
        start_at=start_at,
        duration=ctx.settings.backtest_seconds,
        parameters=parameters,
        snapshot_id=ctx.store.ids.snapshot(),
        optimization_id=optimization_id,
        failure=compiled.raises if compiled is not None else None,
    )
    ctx.store.backtests[backtest.backtest_id] = backtest
    return backtest


def backtest_view(ctx: Context, backtest: Backtest, *, pending: bool = False) -> dict[str, Any]:
    """A BacktestResult: results appear only once the backtest completed and they are stored (`pending`).

    The parameter set is there from the start; the runtime statistics are always an object (the banner so
    far), as lean-cli's model requires; `statistics`, `charts` and `rollingWindow` are `[]` until the results
    are stored. A backtest ended by a runtime error has its `error` and `stacktrace`, and never results.
    """
    phase = backtest_phase(backtest, ctx.now)
    failure = backtest.failure if phase.status == timeline.RUNTIME_ERROR else None
    params = backtest.parameters
    done = phase.succeeded and not pending
    project = ctx.store.projects.get(backtest.project_id)
    count = sum(1 for b in ctx.store.backtests.values() if b.project_id == backtest.project_id)
    if phase.succeeded:
        banner = results.runtime_statistics(params)
    else:
        banner = results.runtime_statistics_until(params, timeline.simulated_until(backtest, phase))
    return {
        "backtestId": backtest.backtest_id,
        "projectId": backtest.project_id,
        "organizationId": ctx.store.organization_id,
        "name": backtest.name,
        "note": backtest.note,
        "status": phase.status,
        "completed": phase.finished,
        "progress": phase.progress,
        "created": qc_datetime(backtest.created),
        "backtestStart": PERIOD_START if phase.started else None,
        "backtestEnd": PERIOD_END if phase.started else None,
        "optimizationId": backtest.optimization_id,
        "error": failure.error if failure else None,
        "stacktrace": failure.stacktrace if failure else None,
        "hasInitializeError": bool(failure and failure.during_initialize),
        "tradeableDates": len(simulate(params).days) if done else 0,
        "snapshotId": backtest.snapshot_id,
        "nodeName": f"B2-8 node {backtest.snapshot_id % 7 + 1}" if phase.started else None,
        "outOfSampleMaxEndDate": None,
        "outOfSampleDays": 0,
        "researchGuide": {
            "minutes": int((ctx.now - project.created) // 60) if project else 0,
            "backtestCount": count,
            "parameters": len(params),
        },
        "parameterSet": map_or_empty(params),
        "charts": {name: {"name": name} for name in results.CHART_NAMES} if done else [],
        "runtimeStatistics": banner,
        "statistics": results.statistics(params) if done else [],
        "rollingWindow": results.rolling_window(params) if done else [],
        "totalPerformance": results.total_performance(params) if done else None,
    }


def pending_reads(ctx: Context) -> int:
    """How many reads of a just-completed backtest find its results not yet stored (see timeline)."""
    return ctx.settings.results_pending_reads


def listed(store: Store, project_id: int, now: float) -> list[tuple[Backtest, Phase]]:
    """The project's backtests to list: optimization backtests only once they started."""
    found = []
    for backtest in store.backtests.values():
        if backtest.project_id != project_id:
            continue
        phase = backtest_phase(backtest, now)
        if backtest.optimization_id is None or phase.started:
            found.append((backtest, phase))
    return found


def _summary(backtest: Backtest, phase: Phase, with_statistics: bool) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "backtestId": backtest.backtest_id,
        "name": backtest.name,
        "status": phase.status,
        "created": qc_datetime(backtest.created),
        "progress": phase.progress,
        "optimizationId": backtest.optimization_id,
        "tradeableDates": len(simulate(backtest.parameters).days) if phase.succeeded else None,
        "parameterSet": map_or_empty(backtest.parameters),
        "snapshotId": backtest.snapshot_id,
        "tags": [],
    }
    if with_statistics:
        numbers = results.summary_statistics(backtest.parameters) if phase.succeeded else {}
        summary.update({key: numbers.get(key) for key in SUMMARY_STATISTICS})
    return summary


def create(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    compiled = runnable_compile(ctx, project.project_id, body["compileId"])
    parameters = parameter_set(project.parameters, body.get("parameters"))
    start_at = max(ctx.now, compiled.ready_at) + ctx.settings.queue_seconds
    backtest = new_backtest(ctx, project.project_id, compiled.compile_id, body["backtestName"], parameters, start_at)
    return {"backtest": backtest_view(ctx, backtest), "debugging": False}


def read(ctx: Context, body: Body) -> Result:
    backtest = ctx.store.backtest(body["projectId"], body["backtestId"])
    pending = False
    if backtest_phase(backtest, ctx.now).succeeded:
        pending = timeline.results_pending(backtest, ctx.now, pending_reads(ctx))
        backtest.result_reads += 1
    return {"backtest": backtest_view(ctx, backtest, pending=pending), "debugging": False}


def update(ctx: Context, body: Body) -> Result:
    backtest = ctx.store.backtest(body["projectId"], body["backtestId"])
    if "name" in body:
        backtest.name = body["name"]
    if "note" in body:
        backtest.note = body["note"]
    return {}


def delete(ctx: Context, body: Body) -> Result:
    backtest = ctx.store.backtest(body["projectId"], body["backtestId"])
    del ctx.store.backtests[backtest.backtest_id]
    return {}


def list_backtests(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    with_statistics = bool(body.get("includeStatistics", False))
    summaries = [_summary(b, p, with_statistics) for b, p in listed(ctx.store, project.project_id, ctx.now)]
    return {"backtests": summaries, "count": len(summaries)}


HANDLERS: dict[str, Handler] = {
    "/backtests/create": create,
    "/backtests/read": read,
    "/backtests/update": update,
    "/backtests/delete": delete,
    "/backtests/list": list_backtests,
}
