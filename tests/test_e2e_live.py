"""Live trading end to end, through QuantConnect and AsyncQuantConnect, against `python -m mock_server` on 127.0.0.1.

Every test runs once per client (the `mode` fixture; `run()` awaits what an async client's method returns). The
mock deploys in 0.1 s and then lives one simulated trading day every 0.04 s (`--backtest-seconds 1` / 25), so
trades show within a fraction of a second; where a test needs time to pass without waiting for it, it pushes the
server's simulated clock (`POST /_mock/clock`). Each test deploys on projects of its own: a project runs one
live algorithm at a time.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import pytest
from quantconnect_client import APIError, AsyncPager, AsyncQuantConnect, NotFoundError, QuantConnect, SyncPager
from quantconnect_client.models import (
    BrokerageHolding,
    CashAmount,
    Chart,
    LiveAlgorithmResults,
    LiveBrokerageSettings,
    LiveCommand,
    Portfolio,
    ReadChartResponse,
)

from mock_server.launcher import MockServer, running_mock
from tests._e2e import FAST_RETRIES, MODES, AnyClient, poll, run

T = TypeVar("T")

TIMINGS = ("--backtest-seconds", "1", "--queue-seconds", "0.1", "--compile-seconds", "0.1")
FAST_POLL = 0.02
WAIT_LIMIT = 30.0
PAPER = "QuantConnectBrokerage"
BITCOIN = BrokerageHolding(symbol_id="BTCUSD 2XR", symbol="BTCUSD", quantity=1, average_price=100_000)


@dataclass(frozen=True)
class Server:
    mock: MockServer

    def advance(self, seconds: float) -> None:
        """Moves the server's simulated time forward: its deployments live that much more at once."""
        with httpx.Client(trust_env=False, timeout=10.0) as http:
            http.post(f"{self.mock.admin_url}/clock", json={"advance": seconds}).raise_for_status()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_mock(TIMINGS) as mock:
        yield Server(mock)


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def client(server: Server, mode: str) -> AsyncIterator[AnyClient]:
    kind = QuantConnect if mode == "sync" else AsyncQuantConnect
    opened = kind(server.mock.user_id, server.mock.api_token, base_url=server.mock.base_url, retry=FAST_RETRIES)
    try:
        yield opened
    finally:
        await run(opened.close())


def fast() -> Iterator[float]:
    return itertools.repeat(FAST_POLL)


async def collect(pager: SyncPager[T] | AsyncPager[T]) -> list[T]:
    """Every item of a pager, sync or async."""
    if isinstance(pager, AsyncPager):
        return [item async for item in pager]
    return list(pager)


async def compiled_project(client: AnyClient, label: str) -> tuple[int, str]:
    """A new project (with its template main.py), compiled."""
    project = await run(client.projects.create(name=f"Live/{label} {uuid.uuid4().hex[:8]}", language="Py"))
    built = await run(client.compile.create_and_wait(project_id=project.project_id, poll=fast(), timeout=WAIT_LIMIT))
    return project.project_id, built.compile_id


async def read_chart_when_ready(client: AnyClient, project_id: int) -> Chart:
    """The equity chart, read again while the platform answers that it is still preparing it."""

    async def read() -> ReadChartResponse:
        return await run(
            client.live.read_chart(project_id=project_id, name="Strategy Equity", count=50, start=0, end=2**31)
        )

    answer = await poll(read, lambda answer: isinstance(answer.chart, Chart))
    assert isinstance(answer.chart, Chart)
    return answer.chart


def node() -> str:
    return f"LN-{uuid.uuid4().hex}"


def holdings_of(portfolio: Portfolio) -> dict[str, Any]:
    return portfolio.holdings.to_dict()


async def test_deploy_watch_command_liquidate_and_stop(client: AnyClient, server: Server) -> None:
    project_id, compile_id = await compiled_project(client, "workflow")
    with pytest.raises(NotFoundError, match="No live deployment found"):
        await run(client.live.read(project_id=project_id))
    brokerage = LiveBrokerageSettings(id=PAPER, holdings=[BITCOIN], cash=[CashAmount(amount=50_000, currency="USD")])
    running = await run(
        client.live.create_and_wait(
            project_id=project_id,
            compile_id=compile_id,
            node_id=node(),
            brokerage=brokerage,
            poll=fast(),
            timeout=WAIT_LIMIT,
        )
    )
    assert isinstance(running, LiveAlgorithmResults)
    assert (running.status, running.brokerage, running.stopped) == ("Running", "PaperBrokerage", None)
    deploy_id = running.deploy_id

    refused = pytest.raises(APIError, match="already has a live algorithm running")
    with refused:
        await run(client.live.create(project_id=project_id, compile_id=compile_id, node_id=node(), brokerage=brokerage))

    read = await run(client.live.read(project_id=project_id))
    assert read.deploy_id == deploy_id and read.project_name.startswith("Live/workflow")
    portfolio = await run(client.live.read_portfolio(project_id=project_id))
    assert holdings_of(portfolio)["BTCUSD 2XR"]["a"] == 100_000
    assert portfolio.cash.to_dict()["USD"]["symbol"] == "USD"

    async def read_orders() -> list[Any]:
        return await collect(client.live.iter_orders(project_id=project_id))

    orders = await poll(read_orders, lambda found: len(found) >= 3)
    assert [order.id for order in orders] == list(range(1, len(orders) + 1))
    assert orders[0].quantity > 0 > orders[1].quantity
    insights = await collect(client.live.iter_insights(project_id=project_id))
    assert insights and all(insight.ticker == "SPY" for insight in insights)

    await run(client.live.create_command(project_id=project_id, command=LiveCommand.from_dict({"text": "foo"})))
    log = await collect(client.live.iter_log(project_id=project_id, algorithm_id=deploy_id))
    assert deploy_id in log[0] and any(line.endswith('Command received: {"text": "foo"}') for line in log)

    await run(client.live.liquidate(project_id=project_id))
    stopped = await run(client.live.wait_stopped(project_id=project_id, poll=fast(), timeout=WAIT_LIMIT))
    assert stopped.status == "Liquidated" and stopped.stopped is not None
    after = await run(client.live.read_portfolio(project_id=project_id))
    assert holdings_of(after) == {}, "liquidating closes every holding"
    orders = await read_orders()
    assert any(order.tag == "Liquidated" and order.symbol.id == "BTCUSD 2XR" for order in orders)

    await run(client.live.stop(project_id=project_id))  # already stopped: nothing changes
    server.advance(20)
    assert len(await read_orders()) == len(orders), "no new orders once stopped"
    assert (await run(client.live.read(project_id=project_id))).status == "Liquidated"
    listed = await run(client.live.list(project_id=project_id))
    assert [(d.deploy_id, d.status) for d in listed] == [(deploy_id, "Liquidated")]


async def test_broadcast_reaches_every_running_deployment(client: AnyClient) -> None:
    deployed = []
    for label in ("first", "second"):
        project_id, compile_id = await compiled_project(client, label)
        created = await run(
            client.live.create(
                project_id=project_id, compile_id=compile_id, node_id=node(), brokerage=LiveBrokerageSettings(id=PAPER)
            )
        )
        deployed.append((project_id, created.deploy_id))
    for project_id, _ in deployed:
        await run(client.live.wait(project_id=project_id, poll=fast(), timeout=WAIT_LIMIT))
    organization_id = (await run(client.projects.read(project_id=deployed[0][0])))[0].organization_id
    assert isinstance(organization_id, str)
    text = f"rebalance {uuid.uuid4().hex[:6]}"
    await run(
        client.live.broadcast_command(organization_id=organization_id, command=LiveCommand.from_dict({"text": text}))
    )
    for project_id, deploy_id in deployed:
        log = await collect(client.live.iter_log(project_id=project_id, algorithm_id=deploy_id))
        assert any(line.endswith(f'Broadcast command received: {{"text": "{text}"}}') for line in log)
        await run(client.live.stop(project_id=project_id))
        stopped = await run(client.live.wait_stopped(project_id=project_id, poll=fast(), timeout=WAIT_LIMIT))
        assert stopped.status == "Stopped"
        chart = await read_chart_when_ready(client, project_id)
        assert chart.name == "Strategy Equity" and chart.series, "reads still work once stopped"


async def test_auth0_authorize_returns_the_authorization_url(client: AnyClient, server: Server) -> None:
    location = await run(client.live.authorize_auth0(brokerage="alpaca"))
    url = httpx.URL(server.mock.base_url).join(location)
    assert url.path == "/_mock/live/auth0/complete" and url.params["state"]
    with pytest.raises(NotFoundError, match="Authorization not found for brokerage 'alpaca'"):
        await run(client.live.read_auth0(brokerage="alpaca"))


async def test_auth0_read_succeeds_once_the_authorization_url_was_visited(client: AnyClient, server: Server) -> None:
    user = f"user-{uuid.uuid4().hex[:6]}"
    location = await run(client.live.authorize_auth0(brokerage="tradestation", user_id=user))
    with httpx.Client(trust_env=False, timeout=10.0) as http:
        page = http.get(httpx.URL(server.mock.base_url).join(location))
    assert page.status_code == 200, page.text
    authorization = await run(client.live.read_auth0(brokerage="tradestation", user_id=user))
    assert authorization.to_dict()["tradestation-access-token"]
    assert authorization.accounts and authorization.accounts[0].id.startswith("MOCK")
