"""`/backtests/chart/read`, `/backtests/orders/read`, `/backtests/read/insights|log|report`: a backtest's results."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import results
from ..errors import ApiError
from ..store import Backtest
from ..timeline import backtest_phase, simulated_until
from .base import Body, Context, Handler, Result

__all__ = ["HANDLERS"]

PAGE_LIMIT = 100
LOG_WINDOW = 200  # the platform refuses a log read of more lines: "Log lines can be read in pages up to 200 lines"


def _simulated_until(ctx: Context, backtest: Backtest) -> float:
    return simulated_until(backtest, backtest_phase(backtest, ctx.now))


def read_chart(ctx: Context, body: Body) -> Result:
    backtest = ctx.store.backtest(body["projectId"], body["backtestId"])
    if body["end"] < body["start"]:
        raise ApiError(f"end: {body['end']} is before start {body['start']}.")
    phase = backtest_phase(backtest, ctx.now)
    if not phase.succeeded:
        if phase.finished:
            raise ApiError(f"Backtest {backtest.backtest_id!r} was cancelled and has no charts.")
        return {"status": "loading", "progress": round(phase.progress / 2, 2)}
    name = body["name"]
    chart = results.chart(backtest.parameters, name, body["count"], body["start"], body["end"])
    if chart is None:
        raise ApiError(f"Chart not found: {name!r}; backtest {backtest.backtest_id!r} has {list(results.CHART_NAMES)}.")
    reads = backtest.chart_reads.get(name, 0)
    if reads < ctx.settings.loading_reads:  # the platform prepares a sampled chart on first request
        backtest.chart_reads[name] = reads + 1
        return {"status": "loading", "progress": round(0.5 + 0.5 * reads / ctx.settings.loading_reads, 2)}
    return {"chart": chart}


def _page(ctx: Context, body: Body, key: str, items: Callable[[Backtest, float], list[dict[str, Any]]]) -> Result:
    backtest = ctx.store.backtest(body["projectId"], body["backtestId"])
    start, end = body["start"], body["end"]
    if end < start:
        raise ApiError(f"end: {end} is less than start {start}.")
    every = items(backtest, _simulated_until(ctx, backtest))
    # `length` counts every item of the backtest, so that a client can page through them all.
    return {key: every[start : min(end, start + PAGE_LIMIT)], "length": len(every)}


def read_orders(ctx: Context, body: Body) -> Result:
    return _page(ctx, body, "orders", lambda b, until: results.orders(b.parameters, b.backtest_id, until))


def read_insights(ctx: Context, body: Body) -> Result:
    return _page(ctx, body, "insights", lambda b, until: results.insights(b.parameters, b.backtest_id, until))


def read_log(ctx: Context, body: Body) -> Result:
    """Lines `start` (inclusive) to `end` (exclusive) of the log, after the `query` filter; `length` counts all."""
    backtest = ctx.store.backtest(body["projectId"], body["backtestId"])
    start, end = body["start"], body["end"]
    if end < start:
        raise ApiError(f"end: {end} is less than start {start}.")
    if end - start > LOG_WINDOW:
        raise ApiError(f"end: Log lines can be read in pages up to {LOG_WINDOW} lines; end - start is {end - start}.")
    lines = results.log_lines(backtest.parameters, _simulated_until(ctx, backtest))
    query = (body.get("query") or "").strip().lower()
    if query:  # case-insensitive; start and end count the matching lines
        lines = [line for line in lines if query in line.lower()]
    return {"logs": lines[start:end], "length": len(lines)}


def read_report(ctx: Context, body: Body) -> Result:
    backtest = ctx.store.backtest(body["projectId"], body["backtestId"])
    if not backtest_phase(backtest, ctx.now).succeeded:
        raise ApiError(f"Backtest {backtest.backtest_id!r} has not completed; only completed backtests have a report.")
    if backtest.report_reads < ctx.settings.loading_reads:
        backtest.report_reads += 1
        return {"generating": True}
    return {"report": results.report_html(backtest.name, backtest.parameters)}


HANDLERS: dict[str, Handler] = {
    "/backtests/chart/read": read_chart,
    "/backtests/orders/read": read_orders,
    "/backtests/read/insights": read_insights,
    "/backtests/read/log": read_log,
    "/backtests/read/report": read_report,
}
