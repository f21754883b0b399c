"""Live trading in the mock, in-process at a manual clock: deploy, run, read, command, liquidate, stop, authorize.

Answers are checked against openapi.yaml (the `mock` fixture turns `check_responses` on). With the default
timings a deployment is queued 0.5 s and then lives one simulated trading day every 0.08 s (2 s / 25).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from mock_server import ManualClock, create_app
from mock_server.live_routes import live_routes
from mock_server.simulation import simulate
from mock_server.wire import money
from tests.conftest import MockClient, SleepRecorder

NODE = "LN-c54129e1b4f667613d3f34542b787771"
PAPER = {"id": "QuantConnectBrokerage"}
DAY = 2.0 / 25  # clock seconds per simulated trading day
QUEUE = 0.5


@pytest.fixture
async def live_mock() -> AsyncIterator[MockClient]:
    """The `mock` fixture's app with the authorization page registered, as app.py is asked to do."""
    clock = ManualClock(1_732_500_000.0)
    app = create_app(clock=clock, sleep=SleepRecorder(), check_responses=True)
    app.router.routes[0:0] = live_routes(app.mock)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/api/v2") as http:
        yield MockClient(app, clock, http, SleepRecorder())


async def _deploy(mock: MockClient, node: str = NODE, **extra: Any) -> dict[str, Any]:
    body = {"projectId": mock.demo_project, "compileId": mock.demo_compile, "nodeId": node, "versionId": "-1"}
    return await mock.ok("/live/create", {"brokerage": PAPER, **body, **extra})


async def _read(mock: MockClient, project_id: int | None = None) -> dict[str, Any]:
    return await mock.ok("/live/read", {"projectId": project_id or mock.demo_project})


async def _portfolio(mock: MockClient) -> dict[str, Any]:
    answer = await mock.ok("/live/portfolio/read", {"projectId": mock.demo_project})
    portfolio: dict[str, Any] = answer["portfolio"]
    return portfolio


async def _orders(mock: MockClient) -> list[dict[str, Any]]:
    answer = await mock.ok("/live/orders/read", {"projectId": mock.demo_project, "start": 0, "end": 1000})
    orders: list[dict[str, Any]] = answer["orders"]
    return orders


async def _log(mock: MockClient, deploy_id: str, start: int = 0, end: int = 250) -> dict[str, Any]:
    body = {"projectId": mock.demo_project, "algorithmId": deploy_id, "startLine": start, "endLine": end}
    return await mock.ok("/live/logs/read", body)


async def _second_project(mock: MockClient, name: str) -> tuple[int, str]:
    """Another project with the demo's parameters, compiled."""
    project = (await mock.ok("/projects/create", {"name": name, "language": "Py"}))["projects"][0]
    project_id = project["projectId"]
    parameters = [{"key": "ema_fast", "value": "10"}, {"key": "ema_slow", "value": "20"}]
    await mock.ok("/projects/update", {"projectId": project_id, "parameters": parameters})
    compile_id = (await mock.ok("/compile/create", {"projectId": project_id}))["compileId"]
    mock.clock.advance(1)
    return project_id, compile_id


async def test_a_deployment_is_queued_then_runs(mock: MockClient) -> None:
    created = await _deploy(mock)
    deploy_id = created["deployId"]
    assert deploy_id.startswith("L-") and len(deploy_id) == 34
    assert (created["projectId"], created["source"], created["versionId"]) == (mock.demo_project, "api-v2", 16712)
    assert created["live"]["status"] == "InQueue" and created["live"]["brokerage"] == "PaperBrokerage"

    queued = await _read(mock)
    assert (queued["deployId"], queued["status"], queued["stopped"]) == (deploy_id, "InQueue", None)
    assert queued["runtimeStatistics"] == [] and queued["charts"] == []
    assert queued["projectName"] == "Demo/EMA Cross" and queued["launched"] == "2024-11-25 02:00:00"
    assert [f["name"] for f in queued["files"]] == ["main.py"]

    mock.clock.advance(QUEUE)
    running = await _read(mock)
    assert running["status"] == "Running" and running["runtimeStatistics"]["Equity"] == "$100,000.00"
    assert set(running["charts"]) == {"Strategy Equity", "Drawdown", "Benchmark"}
    assert running["serverStatistics"]["Hostname"] == NODE

    listed = (await mock.ok("/live/list", {"projectId": mock.demo_project, "status": "Running"}))["live"]
    assert [(d["deployId"], d["status"], d["environment"]) for d in listed] == [(deploy_id, "Running", "paper")]
    assert (await mock.ok("/live/list", {"status": "Stopped"}))["live"] == []


async def test_the_account_follows_the_simulation_deterministically(mock: MockClient) -> None:
    await _deploy(mock)
    simulation = simulate({"ema_fast": "10", "ema_slow": "20"})
    mock.clock.advance(QUEUE + DAY)  # the first simulated day has closed
    first = await _read(mock)
    assert first["runtimeStatistics"]["Equity"] == money(simulation.equity[0])
    mock.clock.advance(40 * DAY)
    portfolio, again = await _portfolio(mock), await _portfolio(mock)
    assert portfolio == again, "reads at the same time agree"
    read = await _read(mock)
    holdings = portfolio["holdings"] if portfolio["holdings"] != [] else {}
    equity = portfolio["cash"]["USD"]["amount"] + sum(h["v"] for h in holdings.values())
    assert read["runtimeStatistics"]["Equity"] == money(equity)
    assert money(equity) == money(simulation.equity[40]), "the equity is the simulation's at the last close"
    for holding in holdings.values():
        assert holding["v"] == pytest.approx(holding["q"] * holding["p"], abs=0.01)


async def test_results_accumulate_and_are_served_in_windows(mock: MockClient) -> None:
    deploy_id = (await _deploy(mock))["deployId"]
    project = mock.demo_project
    counts = []
    for _ in range(4):
        mock.clock.advance(60 * DAY)
        counts.append(len(await _orders(mock)))
    assert counts == sorted(counts) and counts[0] < counts[-1]
    orders = await _orders(mock)
    assert [o["id"] for o in orders] == list(range(1, len(orders) + 1))
    assert orders[0]["quantity"] > 0 > orders[1]["quantity"] and orders[0]["events"][0]["algorithmId"] == deploy_id
    window = await mock.ok("/live/orders/read", {"projectId": project, "start": 1, "end": 3})
    assert [o["id"] for o in window["orders"]] == [2, 3] and window["length"] == len(orders)

    insights = await mock.ok("/live/insights/read", {"projectId": project, "end": 2})
    assert len(insights["insights"]) == 2 and insights["length"] >= len(orders) // 2
    log = await _log(mock, deploy_id, 0, 3)
    assert len(log["logs"]) == 3 and log["deploymentOffset"] == 0 and log["length"] > 100
    assert deploy_id in log["logs"][0] and "BUY" in log["logs"][1]

    too_wide = {"projectId": project, "start": 0, "end": 1001}
    assert (await mock.fails("/live/orders/read", too_wide))[0].startswith("end: orders can be read in windows")
    assert (await mock.fails("/live/insights/read", too_wide))[0].startswith("end:")
    errors = await mock.fails(
        "/live/logs/read", {"projectId": project, "algorithmId": deploy_id, "startLine": 10, "endLine": 261}
    )
    assert errors[0].startswith("endLine: log lines can be read in windows of up to 250")
    assert (await mock.fails("/live/orders/read", {"projectId": project, "start": 5, "end": 2}))[0].startswith("end")
    unknown = {"projectId": project, "algorithmId": "L-nope", "startLine": 0, "endLine": 1}
    assert "Live deployment not found" in (await mock.fails("/live/logs/read", unknown))[0]


async def test_the_chart_is_loading_at_first(mock: MockClient) -> None:
    await _deploy(mock)
    mock.clock.advance(QUEUE + 30 * DAY)
    body = {"projectId": mock.demo_project, "name": "Strategy Equity", "count": 10, "start": 0, "end": 2_000_000_000}
    loading = await mock.ok("/live/chart/read", body)
    assert loading["status"] == "loading" and 0 < loading["progress"] < 1 and "chart" not in loading
    chart = (await mock.ok("/live/chart/read", body))["chart"]
    candles = chart["series"]["Equity"]["values"]
    assert set(chart["series"]) == {"Equity", "Return"} and 10 <= len(candles) <= 11
    assert all(len(point) == 5 for point in candles) and candles == sorted(candles, key=lambda p: p[0])
    benchmark = await mock.ok("/live/chart/read", body | {"name": "Benchmark"})
    assert benchmark["status"] == "loading", "each chart is prepared on its own first request"
    assert "Chart not found" in (await mock.fails("/live/chart/read", body | {"name": "Nope"}))[0]
    assert (await mock.fails("/live/chart/read", body | {"start": 10, "end": 5}))[0].startswith("end")


async def test_liquidate_closes_every_holding_and_stops(mock: MockClient) -> None:
    holding = {"symbolId": "BTCUSD 2XR", "symbol": "BTCUSD", "quantity": 1, "averagePrice": 100_000}
    brokerage = {**PAPER, "holdings": [holding], "cash": [{"amount": 50_000, "currency": "USD"}]}
    await _deploy(mock, brokerage=brokerage)
    mock.clock.advance(QUEUE + 10 * DAY)
    before = await _portfolio(mock)
    assert before["holdings"]["BTCUSD 2XR"]["a"] == 100_000 and before["holdings"]["BTCUSD 2XR"]["q"] == 1
    held = len(before["holdings"])
    count = len(await _orders(mock))

    await mock.ok("/live/update/liquidate", {"projectId": mock.demo_project})
    after = await _portfolio(mock)
    assert after["holdings"] == [] and set(after["cash"]) == {"USD"}
    orders = await _orders(mock)
    closing = orders[count:]
    assert len(closing) == held and all(o["tag"] == "Liquidated" for o in closing)
    assert {o["symbol"]["id"] for o in closing} == set(before["holdings"])
    read = await _read(mock)
    assert read["status"] == "Liquidated" and read["stopped"] == "2024-11-25 02:00:01"

    mock.clock.advance(100 * DAY)
    assert await _orders(mock) == orders and await _portfolio(mock) == after, "no new data once stopped"
    await mock.ok("/live/update/liquidate", {"projectId": mock.demo_project})  # a retry changes nothing
    await mock.ok("/live/update/stop", {"projectId": mock.demo_project})
    assert (await _read(mock))["status"] == "Liquidated" and await _orders(mock) == orders


async def test_stop_keeps_the_holdings_and_reads_still_work(mock: MockClient) -> None:
    deploy_id = (await _deploy(mock))["deployId"]
    mock.clock.advance(QUEUE + 20 * DAY)
    await mock.ok("/live/update/stop", {"projectId": mock.demo_project})
    portfolio, orders, log = await _portfolio(mock), await _orders(mock), await _log(mock, deploy_id)
    assert (await _read(mock))["status"] == "Stopped"
    assert log["logs"][-1].endswith("Stopped by the user; the holdings are kept.")

    mock.clock.advance(100 * DAY)
    assert await _portfolio(mock) == portfolio and await _orders(mock) == orders and await _log(mock, deploy_id) == log
    await mock.ok("/live/update/stop", {"projectId": mock.demo_project})  # a retry changes nothing
    errors = await mock.fails("/live/update/liquidate", {"projectId": mock.demo_project})
    assert "not running (Stopped)" in errors[0]
    stopped = await mock.ok("/live/list", {"status": "Stopped"})
    assert [d["deployId"] for d in stopped["live"]] == [deploy_id] and stopped["live"][0]["stopped"] is not None


async def test_commands_are_logged_and_a_broadcast_reaches_every_running_deployment(mock: MockClient) -> None:
    first = (await _deploy(mock))["deployId"]
    other_project, other_compile = await _second_project(mock, "Live/second")
    body = {"projectId": other_project, "compileId": other_compile, "nodeId": "LN-2", "versionId": 17202}
    second = (await mock.ok("/live/create", body | {"brokerage": PAPER}))["deployId"]
    third_project, third_compile = await _second_project(mock, "Live/third")
    body = {"projectId": third_project, "compileId": third_compile, "nodeId": "LN-3", "versionId": "-1"}
    await mock.ok("/live/create", body | {"brokerage": PAPER})
    mock.clock.advance(QUEUE + DAY)

    await mock.ok("/live/commands/create", {"projectId": mock.demo_project, "command": {"text": "foo"}})
    organization = mock.app.demo.organization_id  # type: ignore[union-attr]
    command = {"$type": "MyCommand", "text": "all"}
    broadcast = {"organizationId": organization, "excludeProjectId": third_project, "command": command}
    await mock.ok("/live/commands/broadcast", broadcast)

    def lines(answer: dict[str, Any]) -> list[str]:
        return [line[20:] for line in answer["logs"]]

    mine = lines(await _log(mock, first))
    assert 'Command received: {"text": "foo"}' in mine
    assert 'Broadcast command received: {"$type": "MyCommand", "text": "all"}' in mine
    others = await mock.ok(
        "/live/logs/read", {"projectId": other_project, "algorithmId": second, "startLine": 0, "endLine": 250}
    )
    assert 'Broadcast command received: {"$type": "MyCommand", "text": "all"}' in lines(others)
    third = await mock.ok("/live/read", {"projectId": third_project})
    third_log = await mock.ok(
        "/live/logs/read",
        {"projectId": third_project, "algorithmId": third["deployId"], "startLine": 0, "endLine": 250},
    )
    assert not any("Broadcast" in line for line in third_log["logs"]), "the excluded project gets nothing"

    wrong = await mock.fails("/live/commands/broadcast", broadcast | {"organizationId": "nope"})
    assert "Organization not found" in wrong[0]
    await mock.ok("/live/update/stop", {"projectId": mock.demo_project})
    refused = await mock.fails("/live/commands/create", {"projectId": mock.demo_project, "command": {"text": "late"}})
    assert "not running (Stopped)" in refused[0]


async def test_one_live_algorithm_per_project_and_per_node(mock: MockClient) -> None:
    first = (await _deploy(mock))["deployId"]
    again = await mock.fails("/live/create", _body(mock, NODE))
    assert f"already has a live algorithm running ({first})" in again[0]
    other_project, other_compile = await _second_project(mock, "Live/busy node")
    body = {"projectId": other_project, "compileId": other_compile, "nodeId": NODE, "versionId": "-1"}
    assert "is busy" in (await mock.fails("/live/create", body | {"brokerage": PAPER}))[0]
    blank = await mock.fails("/live/create", body | {"brokerage": PAPER, "nodeId": " "})
    assert blank[0].startswith("nodeId: ' ' does not match")

    mock.clock.advance(QUEUE + 5 * DAY)
    await mock.ok("/live/update/stop", {"projectId": mock.demo_project})
    mock.clock.advance(1)
    second = (await _deploy(mock))["deployId"]
    assert (await _read(mock))["deployId"] == second
    assert (await mock.ok("/live/read", {"projectId": mock.demo_project, "deployId": first}))["status"] == "Stopped"
    mock.clock.advance(QUEUE)
    earlier, latest = await _log(mock, first), await _log(mock, second)
    assert latest["deploymentOffset"] == len(earlier["logs"]) and latest["length"] == earlier["length"]
    assert latest["length"] == len(earlier["logs"]) + len(latest["logs"])
    listed = await mock.ok("/live/list", {"projectId": mock.demo_project})
    assert [d["deployId"] for d in listed["live"]] == [second, first], "newest first"


def _body(mock: MockClient, node: str) -> dict[str, Any]:
    return {
        "projectId": mock.demo_project,
        "compileId": mock.demo_compile,
        "nodeId": node,
        "versionId": "-1",
        "brokerage": PAPER,
    }


async def test_code_that_raises_ends_in_a_runtime_error(mock: MockClient) -> None:
    project_id, _ = await _second_project(mock, "Live/raises")
    code = "from AlgorithmImports import *\n\nclass A(QCAlgorithm):\n    def initialize(self):\n"
    code += "        raise ValueError('no data for you')\n"
    await mock.ok("/files/update", {"projectId": project_id, "name": "main.py", "content": code})
    compile_id = (await mock.ok("/compile/create", {"projectId": project_id}))["compileId"]
    mock.clock.advance(1)
    body = {"projectId": project_id, "compileId": compile_id, "nodeId": "LN-9", "versionId": "-1"}
    await mock.ok("/live/create", body | {"brokerage": PAPER})
    mock.clock.advance(QUEUE + 1)
    read = await mock.ok("/live/read", {"projectId": project_id})
    assert (read["status"], read["message"]) == ("RuntimeError", "ValueError: no data for you")
    assert read["stopped"] is not None
    summary = (await mock.ok("/live/list", {"projectId": project_id}))["live"][0]
    assert summary["error"] == "ValueError: no data for you"


async def test_reads_of_a_project_without_deployments_fail(mock: MockClient) -> None:
    project = mock.demo_project
    for operation, body in [
        ("/live/read", {"projectId": project}),
        ("/live/portfolio/read", {"projectId": project}),
        ("/live/update/stop", {"projectId": project}),
        ("/live/orders/read", {"projectId": project, "start": 0, "end": 10}),
    ]:
        assert (await mock.fails(operation, body))[0].startswith(f"No live deployment found for project {project}")
    assert "Project not found" in (await mock.fails("/live/read", {"projectId": 1}))[0]
    # lean-cli once listed with `live/read` (lean-cli #464): a read needs the project.
    assert "projectId" in (await mock.fails("/live/read", {"start": 86400, "end": 1718674715}))[0]
    assert (await mock.ok("/live/list", {}))["live"] == []


async def test_deleting_the_project_deletes_its_deployments(mock: MockClient) -> None:
    project_id, compile_id = await _second_project(mock, "Live/deleted")
    body = {"projectId": project_id, "compileId": compile_id, "nodeId": "LN-7", "versionId": "-1"}
    await mock.ok("/live/create", body | {"brokerage": PAPER})
    await mock.ok("/projects/delete", {"projectId": project_id})
    assert (await mock.ok("/live/list", {}))["live"] == []
    assert mock.app.mock.store.live.deployments == {}


async def test_authorization_completes_when_its_page_is_visited(live_mock: MockClient) -> None:
    mock = live_mock
    answer = await mock.post("/live/auth0/authorize", {"brokerage": "Alpaca", "projectId": mock.demo_project})
    assert answer.status_code == 302, answer.text
    location = answer.headers["location"]
    assert location.startswith("/_mock/live/auth0/complete?state=")
    errors = await mock.fails("/live/auth0/read", {"brokerage": "alpaca"})
    assert errors[0].startswith("Authorization not found for brokerage 'alpaca'")

    page = await mock.http.get(httpx.URL("http://mock").join(location))
    assert page.status_code == 200 and "Authorization complete" in page.text
    granted = (await mock.ok("/live/auth0/read", {"brokerage": "alpaca"}))["authorization"]
    assert set(granted) == {"alpaca-access-token", "alpaca-refresh-token", "accounts"}
    assert granted["accounts"][0]["id"].startswith("MOCK")

    again = await mock.http.get(httpx.URL("http://mock").join(location))
    assert again.status_code == 404, "a login page works once"
    user = await mock.fails("/live/auth0/read", {"brokerage": "alpaca", "userId": "someone"})
    assert "Authorization not found" in user[0], "an authorization is per user id"
    unknown = await mock.fails("/live/auth0/authorize", {"brokerage": "acme"})
    assert unknown[0].startswith("brokerage: 'acme' does not authorize with OAuth")


async def test_authorize_answers_with_a_redirect(mock: MockClient) -> None:
    response = await mock.post("/live/auth0/authorize", {"brokerage": "alpaca"})
    assert response.status_code == 302
    assert response.headers["location"].startswith("/_mock/live/auth0/complete?state=")


async def test_brokerage_settings_are_checked_naming_the_field(mock: MockClient) -> None:
    huge = {**PAPER, "cash": [{"amount": 1e300, "currency": "USD"}]}
    assert (await mock.fails("/live/create", _body(mock, NODE) | {"brokerage": huge}))[0].startswith(
        "brokerage.cash[0].amount: 1e+300 is not within"
    )
    twice = {**PAPER, "cash": [{"amount": 1, "currency": "USD"}, {"amount": 2, "currency": "usd"}]}
    assert (
        "brokerage.cash[1].currency: USD is given twice"
        in (await mock.fails("/live/create", _body(mock, NODE) | {"brokerage": twice}))[0]
    )
    kept = {**PAPER, "ib-user-name": "trader", "cash": [{"amount": 25_000, "currency": "EUR"}]}
    await mock.ok("/live/create", _body(mock, NODE) | {"brokerage": kept})
    deployment = next(iter(mock.app.mock.store.live.deployments.values()))
    assert deployment.brokerage["ib-user-name"] == "trader", "unknown brokerage keys are kept, not dropped"
    mock.clock.advance(QUEUE)
    cash = (await _portfolio(mock))["cash"]
    assert cash["EUR"]["amount"] == 25_000 and cash["EUR"]["currencySymbol"] == "€"
