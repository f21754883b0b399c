"""Live trading: deploy, read, list, liquidate, stop, portfolio, orders, insights, logs, chart, commands (issue 13).

A project runs one live algorithm at a time, on a live node (`LN-...`) that runs nothing else; deployments replay
the simulation of the project's parameters on the simulation clock (mock_server.live), so every answer is a
deterministic function of the deployment and the time. Brokerage authorization (`/live/auth0/*`) hands out a
page on the mock (mock_server.live_routes) whose visit completes it.
"""

from __future__ import annotations

from typing import Any

from .. import live_results
from ..errors import ApiError, look_up
from ..limits import MAX_AMOUNT
from ..live import (
    ACTIVE,
    DAYS_PER_BACKTEST_RUN,
    LIQUIDATED,
    MIN_DAY_SECONDS,
    PAPER_BROKERAGE,
    RUNNING,
    AuthorizationRequest,
    LiveDeployment,
    StartingHolding,
    ended_at,
    live_status,
)
from ..wire import qc_datetime
from .base import Body, Context, Handler, Result, parameter_set
from .compile import runnable_compile
from .projects import LEAN_VERSION

__all__ = ["AUTHORIZING_BROKERAGES", "HANDLERS", "LOG_WINDOW", "ORDERS_WINDOW", "complete_authorization"]

ORDERS_WINDOW = 1_000  # QuantConnect's document: `end - start` at most 1,000 (orders and insights)
LOG_WINDOW = 250  # QuantConnect's document and LEAN's Api.ReadLiveLogs: at most 250 lines per request
DATACENTER = "NY7"
# Brokerages that log in with OAuth: QuantConnect's document, plus the ids QuantConnect's CLI sends.
AUTHORIZING_BROKERAGES = frozenset({"alpaca", "tradestation", "charlesschwab", "charles-schwab", "tastytrade"})
COMPLETE_PATH = "/_mock/live/auth0/complete"


def _no_deployment(project_id: int) -> ApiError:
    # QuantConnect's CLI recognises the first words (lean/components/util/live_utils.py); "not found" makes the
    # client raise NotFoundError.
    return ApiError(
        f"No live deployment found for project {project_id} (live algorithm not found: it never traded live)."
    )


def _latest(ctx: Context, project_id: int) -> LiveDeployment:
    ctx.store.project(project_id)
    deployment = ctx.store.live.latest(project_id)
    if deployment is None:
        raise _no_deployment(project_id)
    return deployment


def _deployment(ctx: Context, project_id: int, deploy_id: str) -> LiveDeployment:
    ctx.store.project(project_id)
    missing = f"Live deployment not found: no deployment {deploy_id!r} in project {project_id}."
    return look_up(ctx.store.live.deployments, deploy_id, missing, lambda found: found.project_id == project_id)


# ----- deploying ---------------------------------------------------------------------------------------------------


def _amount(value: Any, field: str) -> float:
    """A number of the brokerage settings, bounded so that every figure derived from it stays finite."""
    number = float(value)
    if not abs(number) <= MAX_AMOUNT:  # also refuses NaN
        raise ApiError(f"{field}: {value!r} is not within {MAX_AMOUNT:g} either way.")
    return number


def _cash(brokerage: dict[str, Any]) -> dict[str, float]:
    given = brokerage.get("cash")
    if not given:
        return {"USD": 100_000.0}
    cash: dict[str, float] = {}
    for index, entry in enumerate(given):
        currency = str(entry["currency"]).upper()
        if currency in cash:
            raise ApiError(f"brokerage.cash[{index}].currency: {currency} is given twice.")
        cash[currency] = _amount(entry["amount"], f"brokerage.cash[{index}].amount")
    return cash


def _holdings(brokerage: dict[str, Any]) -> tuple[StartingHolding, ...]:
    found: dict[str, StartingHolding] = {}
    for index, entry in enumerate(brokerage.get("holdings") or []):
        symbol_id = str(entry["symbolId"])
        if symbol_id in found:
            raise ApiError(f"brokerage.holdings[{index}].symbolId: {symbol_id!r} is given twice.")
        quantity = _amount(entry["quantity"], f"brokerage.holdings[{index}].quantity")
        price = _amount(entry["averagePrice"], f"brokerage.holdings[{index}].averagePrice")
        if quantity:
            found[symbol_id] = StartingHolding(symbol_id, str(entry["symbol"]), quantity, price)
    return tuple(found.values())


def _version(value: int | str) -> int:
    """The LEAN version to run (the request's form is checked by openapi.yaml: `-1` or digits)."""
    version = int(value)
    return int(str(LEAN_VERSION["id"])) if version < 0 else version


def _check_node(ctx: Context, node_id: str) -> None:
    for other in ctx.store.live.deployments.values():
        if other.node_id == node_id and live_status(other, ctx.now) in ACTIVE:
            raise ApiError(f"nodeId: The live node {node_id} is busy: project {other.project_id} runs on it.")


def live_algorithm(ctx: Context, deployment: LiveDeployment) -> dict[str, Any]:
    """The deployment as `createLive` answers it in `live`."""
    stopped = _stopped(ctx, deployment)
    return {
        "deployId": deployment.deploy_id,
        "status": live_status(deployment, ctx.now),
        "message": _message(ctx, deployment),
        "cloneId": deployment.snapshot_id,
        "launched": qc_datetime(deployment.created),
        "stopped": stopped,
        "brokerage": deployment.brokerage_name,
        "securityTypes": "Equity",
        "datacenter": DATACENTER,
        "public": False,
        "isPublicStreaming": False,
    }


def _stopped(ctx: Context, deployment: LiveDeployment) -> str | None:
    end = ended_at(deployment)
    return qc_datetime(end) if end is not None and ctx.now >= end else None


def _message(ctx: Context, deployment: LiveDeployment) -> str | None:
    status = live_status(deployment, ctx.now)
    if status == "RuntimeError" and deployment.failure is not None:
        return deployment.failure.error
    return None


def create(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    compiled = runnable_compile(ctx, project.project_id, body["compileId"])
    running = [d for d in ctx.store.live.of_project(project.project_id) if live_status(d, ctx.now) in ACTIVE]
    if running:
        raise ApiError(
            f"Project {project.project_id} already has a live algorithm running ({running[0].deploy_id}): "
            "stop or liquidate it before deploying again."
        )
    _check_node(ctx, body["nodeId"])
    brokerage = dict(body["brokerage"])
    data_providers = dict(body.get("dataProviders") or {PAPER_BROKERAGE: {"id": PAPER_BROKERAGE}})
    start_at = max(ctx.now, compiled.ready_at) + ctx.settings.queue_seconds
    deployment = LiveDeployment(
        deploy_id=f"L-{ctx.store.ids.hex()}",
        project_id=project.project_id,
        organization_id=project.organization_id,
        project_name=project.name,
        compile_id=compiled.compile_id,
        node_id=body["nodeId"],
        brokerage=brokerage,
        data_providers=data_providers,
        version_id=_version(body["versionId"]),
        automatic_redeploy=bool(body.get("automaticRedeploy", False)),
        notification=body.get("notification"),
        parameters=parameter_set(project.parameters, None),
        files=dict(compiled.files),
        snapshot_id=ctx.store.ids.snapshot(),
        created=ctx.now,
        start_at=start_at,
        day_seconds=max(MIN_DAY_SECONDS, ctx.settings.backtest_seconds / DAYS_PER_BACKTEST_RUN),
        cash=_cash(brokerage),
        holdings=_holdings(brokerage),
        failure=compiled.raises,
    )
    ctx.store.live.deployments[deployment.deploy_id] = deployment
    return {
        "projectId": project.project_id,
        "deployId": deployment.deploy_id,
        "versionId": deployment.version_id,
        "source": "api-v2",
        "responseCode": "Live deployment queued",
        "live": live_algorithm(ctx, deployment),
    }


# ----- reading -----------------------------------------------------------------------------------------------------


def _files(deployment: LiveDeployment) -> list[dict[str, Any]]:
    return [
        {
            "id": None,
            "projectId": deployment.project_id,
            "name": name,
            "content": content,
            "modified": qc_datetime(deployment.created),
            "open": False,
            "isLibrary": False,
        }
        for name, content in deployment.files.items()
    ]


def read(ctx: Context, body: Body) -> Result:
    project_id = body["projectId"]
    deploy_id = body.get("deployId")
    deployment = _latest(ctx, project_id) if deploy_id is None else _deployment(ctx, project_id, deploy_id)
    return {
        **live_algorithm(ctx, deployment),
        "projectName": deployment.project_name,
        "files": _files(deployment),
        "runtimeStatistics": live_results.runtime_statistics(deployment, ctx.now),
        "serverStatistics": live_results.server_statistics(deployment, ctx.now),
        "charts": live_results.chart_summaries(deployment, ctx.now),
    }


def _summary(ctx: Context, deployment: LiveDeployment) -> dict[str, Any]:
    project = ctx.store.projects.get(deployment.project_id)
    return {
        "projectId": deployment.project_id,
        "deployId": deployment.deploy_id,
        "status": live_status(deployment, ctx.now),
        "launched": qc_datetime(deployment.created),
        "stopped": _stopped(ctx, deployment),
        "brokerage": deployment.brokerage_name,
        "subscription": "Strategy Equity",
        "equity": round(live_results.book_at(deployment, ctx.now).equity, 2),
        "environment": "paper" if deployment.brokerage_id == PAPER_BROKERAGE else "live",
        "description": project.description if project else "",
        "error": _message(ctx, deployment),
        "leagues": [],
    }


def list_live(ctx: Context, body: Body) -> Result:
    project_id = body.get("projectId")
    status = body.get("status")
    found = [
        d
        for d in reversed(list(ctx.store.live.deployments.values()))
        if (project_id is None or d.project_id == project_id) and (status is None or live_status(d, ctx.now) == status)
    ]
    return {"live": [_summary(ctx, d) for d in found]}


def read_portfolio(ctx: Context, body: Body) -> Result:
    deployment = _latest(ctx, body["projectId"])
    return {"portfolio": live_results.portfolio(deployment, ctx.now)}


def _window(start: int, end: int, limit: int, names: tuple[str, str], what: str) -> None:
    if end < start:
        raise ApiError(f"{names[1]}: {end} is less than {names[0]} {start}.")
    if end - start > limit:
        raise ApiError(
            f"{names[1]}: {what} can be read in windows of up to {limit:,}; {names[1]} - {names[0]} is {end - start}."
        )


def read_orders(ctx: Context, body: Body) -> Result:
    deployment = _latest(ctx, body["projectId"])
    start, end = body["start"], body["end"]
    _window(start, end, ORDERS_WINDOW, ("start", "end"), "orders")
    every = live_results.orders(deployment, ctx.now)
    return {"orders": every[start:end], "length": len(every)}


def read_insights(ctx: Context, body: Body) -> Result:
    deployment = _latest(ctx, body["projectId"])
    start, end = body.get("start", 0), body["end"]
    _window(start, end, ORDERS_WINDOW, ("start", "end"), "insights")
    every = live_results.insights(deployment, ctx.now)
    return {"insights": every[start:end], "length": len(every)}


def read_log(ctx: Context, body: Body) -> Result:
    """Lines `startLine` to `endLine` of one deployment's log; `length` counts the project's lines over all."""
    deployment = _deployment(ctx, body["projectId"], body["algorithmId"])
    if body.get("format", "json") != "json":
        raise ApiError(f"format: {body['format']!r} is not supported; send json.")
    start, end = body["startLine"], body["endLine"]
    _window(start, end, LOG_WINDOW, ("startLine", "endLine"), "log lines")
    offset = length = 0
    lines: list[str] = []
    for each in ctx.store.live.of_project(deployment.project_id):
        these = live_results.log_lines(each, ctx.now)
        if each is deployment:
            offset, lines = length, these
        length += len(these)
    return {"logs": lines[start:end], "length": length, "deploymentOffset": offset}


def read_chart(ctx: Context, body: Body) -> Result:
    deployment = _latest(ctx, body["projectId"])
    if body["end"] < body["start"]:
        raise ApiError(f"end: {body['end']} is before start {body['start']}.")
    name = body["name"]
    chart = live_results.chart(deployment, ctx.now, name, body["count"], body["start"], body["end"])
    if chart is None:
        raise ApiError(f"Chart not found: {name!r}; the live algorithm has {list(live_results.CHART_NAMES)}.")
    reads = deployment.chart_reads.get(name, 0)
    if reads < ctx.settings.loading_reads:  # the platform prepares a sampled chart on first request
        deployment.chart_reads[name] = reads + 1
        return {"status": "loading", "progress": round((reads + 1) / (ctx.settings.loading_reads + 1), 2)}
    return {"chart": chart}


# ----- stopping ----------------------------------------------------------------------------------------------------


def stop(ctx: Context, body: Body) -> Result:
    """Stops an active deployment; one already stopped stays as it is (so a retry is harmless)."""
    deployment = _latest(ctx, body["projectId"])
    if live_status(deployment, ctx.now) in ACTIVE:
        deployment.stopped_at = ctx.now
    return {}


def liquidate(ctx: Context, body: Body) -> Result:
    """Sells every holding and stops; a liquidated deployment stays as it is, a stopped one cannot trade."""
    deployment = _latest(ctx, body["projectId"])
    status = live_status(deployment, ctx.now)
    if status in ACTIVE:
        deployment.stopped_at = ctx.now
        deployment.liquidated = True
    elif status != LIQUIDATED:
        raise ApiError(
            f"The live algorithm of project {deployment.project_id} is not running ({status}): it cannot place "
            "the orders to liquidate."
        )
    return {}


# ----- commands ----------------------------------------------------------------------------------------------------


def create_command(ctx: Context, body: Body) -> Result:
    deployment = _latest(ctx, body["projectId"])
    status = live_status(deployment, ctx.now)
    if status != RUNNING:
        raise ApiError(f"The live algorithm of project {deployment.project_id} is not running ({status}).")
    deployment.commands.append((ctx.now, live_results.command_line(body["command"], broadcast=False)))
    return {}


def broadcast_command(ctx: Context, body: Body) -> Result:
    organization_id = body["organizationId"]
    if organization_id != ctx.store.organization_id:
        raise ApiError(f"Organization not found: {organization_id!r}.")
    excluded = body.get("excludeProjectId")
    line = live_results.command_line(body["command"], broadcast=True)
    for deployment in ctx.store.live.deployments.values():
        if (
            deployment.organization_id == organization_id
            and deployment.project_id != excluded
            and live_status(deployment, ctx.now) == RUNNING
        ):
            deployment.commands.append((ctx.now, line))
    return {}


# ----- brokerage authorization ---------------------------------------------------------------------------------------


def _brokerage(body: Body) -> str:
    brokerage = str(body["brokerage"]).strip().lower()
    if brokerage not in AUTHORIZING_BROKERAGES:
        known = ", ".join(sorted(AUTHORIZING_BROKERAGES))
        raise ApiError(f"brokerage: {body['brokerage']!r} does not authorize with OAuth; expected one of {known}.")
    return brokerage


def authorize(ctx: Context, body: Body) -> Result:
    """Starts an authorization; `location` is the page that completes it (a redirect, see `/live/auth0/authorize`)."""
    brokerage = _brokerage(body)
    project_id = body.get("projectId")
    if project_id is not None:
        ctx.store.project(project_id)
    state = ctx.store.ids.hex()
    ctx.store.live.pending[state] = AuthorizationRequest(state, brokerage, body.get("userId"), project_id, ctx.now)
    return {"location": f"{COMPLETE_PATH}?state={state}"}


def complete_authorization(ctx: Context, state: str) -> AuthorizationRequest | None:
    """What visiting the authorization page does: the brokerage is authorized; None for an unknown state."""
    request = ctx.store.live.pending.pop(state, None)
    if request is None:
        return None
    token = ctx.store.ids.hex()
    account = f"MOCK{int(token[:8], 16) % 10**8:08d}"
    ctx.store.live.granted[(request.brokerage, request.user_id)] = {
        f"{request.brokerage}-access-token": token,
        f"{request.brokerage}-refresh-token": ctx.store.ids.hex(),
        "accounts": [{"id": account, "name": f"{account} | Paper | USD"}],
    }
    return request


def read_authorization(ctx: Context, body: Body) -> Result:
    brokerage = _brokerage(body)
    granted = ctx.store.live.granted.get((brokerage, body.get("userId")))
    if granted is None:
        raise ApiError(
            f"Authorization not found for brokerage {brokerage!r}: open the address /live/auth0/authorize "
            "answered and log in first."
        )
    return {"authorization": granted}


HANDLERS: dict[str, Handler] = {
    "/live/create": create,
    "/live/read": read,
    "/live/list": list_live,
    "/live/update/liquidate": liquidate,
    "/live/update/stop": stop,
    "/live/portfolio/read": read_portfolio,
    "/live/orders/read": read_orders,
    "/live/insights/read": read_insights,
    "/live/logs/read": read_log,
    "/live/chart/read": read_chart,
    "/live/commands/create": create_command,
    "/live/commands/broadcast": broadcast_command,
    "/live/auth0/authorize": authorize,
    "/live/auth0/read": read_authorization,
}
