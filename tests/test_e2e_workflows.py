"""End to end: the seeds' backtest and optimization workflows, and fault handling, over real HTTP.

`QuantConnect` and `AsyncQuantConnect` talk to `python -m mock_server` running as a subprocess (tests/_e2e.py's
running_mock); nothing in httpx is patched. Every test runs twice, once through each client (the `mode`
fixture). The last tests check, through the low-level `create_client()` client and the generated operation
modules, what only that client shows: the answers' envelope and its injectable signing clock.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager

import httpx
import pytest
from quantconnect_client import (
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    NotFoundError,
)
from quantconnect_client.api.authentication import authenticate
from quantconnect_client.api.backtests import list_backtests, read_backtest
from quantconnect_client.api.optimizations import create_optimization, delete_optimization
from quantconnect_client.api.projects import read_project
from quantconnect_client.models import (
    BacktestResult,
    CreateOptimizationRequest,
    DeleteOptimizationRequest,
    ListBacktestRequest,
    Optimization,
    OptimizationConstraint,
    OptimizationNodeType,
    OptimizationParameter,
    OptimizationRuntimeStatistics,
    OptimizationStrategy,
    OptimizationTarget,
    OptimizationTargetStatistic,
    OptimizationTargetTo,
    ReadBacktestRequest,
    ReadProjectRequest,
    RuntimeStatistics,
    StatisticsResult,
)

from auth_plugin import QuantConnectAuth, RetryPolicy
from mock_server.launcher import running_mock
from tests._e2e import (
    FAST_TIMINGS,
    MODES,
    AnyClient,
    LowLevel,
    Server,
    connect,
    low_level,
    poll,
    run,
)

# A short auth window lets the retry test tell a re-signed retry from one that reuses the first signature.
AUTH_WINDOW = 60
STALE_BY = 120
SHARPE: OptimizationTargetStatistic = "TotalPerformance.PortfolioStatistics.SharpeRatio"
MAXIMIZE: OptimizationTargetTo = "max"
GRID_SEARCH: OptimizationStrategy = "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy"
NODE: OptimizationNodeType = "O2-8"


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """A mock whose backtests finish in well under a second, with a short signature window."""
    with running_mock([*FAST_TIMINGS, "--auth-window", str(AUTH_WINDOW)]) as started:
        yield started


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def client(server: Server, mode: str) -> AsyncIterator[AnyClient]:
    async with connect(server, mode) as opened:
        yield opened


def results_stored(backtest: BacktestResult) -> bool:
    """Completed, with its results: the platform may answer `completed` a moment before it stored them."""
    return backtest.completed and backtest.total_performance is not None


# ----- the backtest workflow (seeds/backtest-management.txt) --------------------------------------------------------


async def test_backtest_workflow(client: AnyClient, mode: str, server: Server) -> None:
    await run(client.authenticate())  # raises AuthenticationError unless the credentials are accepted

    name = f"Backtest {int(time.time())} {mode}"
    backtest = await run(
        client.backtests.create(project_id=server.project_id, compile_id=server.compile_id, backtest_name=name)
    )
    backtest_id = backtest.backtest_id
    assert (backtest.name, backtest.completed) == (name, False)
    assert backtest.status in {"In Queue...", "Running"} or backtest.status.startswith("Running")

    read = ReadBacktestRequest(server.project_id, backtest_id)
    progress: list[float] = []

    async def read_backtest_once() -> BacktestResult:
        answer = await run(client.backtests.read(read))
        progress.append(answer.progress)
        return answer

    finished = await poll(read_backtest_once, results_stored)
    assert finished.status == "Completed."
    assert finished.progress == 1
    assert progress == sorted(progress), "progress never goes back"
    assert isinstance(finished.statistics, StatisticsResult), "a completed backtest has statistics"
    statistics = finished.statistics.to_dict()
    assert {"Sharpe Ratio", "Total Orders", "Net Profit", "Drawdown"} <= statistics.keys()
    assert all(isinstance(value, str) and value for value in statistics.values()), statistics
    assert isinstance(finished.runtime_statistics, RuntimeStatistics)
    assert all(isinstance(value, str) for value in finished.runtime_statistics.to_dict().values())

    new_name, note = f"Backtest_{backtest_id}", "The new backtest name is awesome!"
    await run(client.backtests.update(project_id=server.project_id, backtest_id=backtest_id, name=new_name, note=note))
    renamed = await run(client.backtests.read(project_id=server.project_id, backtest_id=backtest_id))
    assert (renamed.name, renamed.note) == (new_name, note)

    listed = await run(client.backtests.list(project_id=server.project_id, include_statistics=True))
    summaries = {summary.backtest_id: summary for summary in listed}
    assert len(summaries) == len(listed), "each backtest listed once"
    summary = summaries[backtest_id]
    assert summary.name == new_name
    assert summary.status == "Completed."
    assert isinstance(summary.sharpe_ratio, float)
    assert isinstance(summary.trades, int)

    await run(client.backtests.delete(project_id=server.project_id, backtest_id=backtest_id))
    with pytest.raises(NotFoundError) as failure:
        await run(client.backtests.read(read))
    assert not isinstance(failure.value, AuthenticationError)
    assert (failure.value.operation, failure.value.status_code) == ("readBacktest", 200)
    assert failure.value.errors, "the platform says why"
    remaining = await run(client.backtests.list(project_id=server.project_id))
    assert backtest_id not in {summary.backtest_id for summary in remaining}


# ----- the optimization workflow (seeds/optimization-management.txt) ------------------------------------------------


def grid_parameters() -> list[OptimizationParameter]:
    return [OptimizationParameter("ema_fast", 100, 200, 50), OptimizationParameter("ema_slow", 200, 300, 50)]


def sharpe_above_one() -> list[OptimizationConstraint]:
    return [OptimizationConstraint(SHARPE, "Greater", 1)]


def optimization_name(server: Server) -> str:
    return f"Optimization_{server.compile_id[:5]}"


async def test_optimization_workflow(client: AnyClient, server: Server) -> None:
    name = optimization_name(server)
    estimate = await run(
        client.optimizations.estimate(
            project_id=server.project_id,
            name=name,
            target=SHARPE,
            target_to=MAXIMIZE,
            strategy=GRID_SEARCH,
            compile_id=server.compile_id,
            parameters=grid_parameters(),
            target_value=None,
            constraints=sharpe_above_one(),
        )
    )
    assert isinstance(estimate.time, int) and estimate.time > 0
    assert isinstance(estimate.balance, int) and estimate.balance >= 0

    created = await run(
        client.optimizations.create(
            project_id=server.project_id,
            name=name,
            target=SHARPE,
            target_to=MAXIMIZE,
            strategy=GRID_SEARCH,
            compile_id=server.compile_id,
            parameters=grid_parameters(),
            target_value=None,
            constraints=sharpe_above_one(),
            estimated_cost=10,
            node_type=NODE,
            parallel_nodes=4,
        )
    )
    optimization_id = created.optimization_id
    assert created.name == name

    new_name = f"Optimization_{optimization_id[:5]}"
    await run(client.optimizations.update(optimization_id=optimization_id, name=new_name))

    async def read_optimization_once() -> Optimization:
        return await run(client.optimizations.read(optimization_id=optimization_id))

    # Runtime statistics are `[]` while the optimization is "new"; poll until its backtests are under way.
    optimization = await poll(read_optimization_once, lambda o: o.status != "new")
    assert optimization.status == "running"
    assert optimization.name == new_name
    assert optimization.project_id == server.project_id
    statistics = optimization.runtime_statistics
    assert isinstance(statistics, OptimizationRuntimeStatistics)
    assert statistics.total == "9", "ema_fast 100..200 x ema_slow 200..300, step 50: 3 x 3 backtests"
    assert all(isinstance(value, str) for value in statistics.to_dict().values())
    assert isinstance(optimization.parameters, list)
    assert [(p.name, p.min, p.max, p.step) for p in optimization.parameters] == [
        ("ema_fast", 100, 200, 50),
        ("ema_slow", 200, 300, 50),
    ]
    assert isinstance(optimization.criterion, OptimizationTarget)
    assert optimization.criterion.target == SHARPE
    assert optimization.parallel_nodes == 4

    await run(client.optimizations.abort(optimization_id=optimization_id))
    aborted = await run(client.optimizations.read(optimization_id=optimization_id))
    assert aborted.status == "aborted"

    listed = await run(client.optimizations.list(project_id=server.project_id))
    summary = next(item for item in listed if item.optimization_id == optimization_id)
    assert (summary.name, summary.status) == (new_name, "aborted")

    await run(client.optimizations.delete(optimization_id=optimization_id))
    with pytest.raises(NotFoundError) as failure:
        await run(client.optimizations.read(optimization_id=optimization_id))
    assert failure.value.operation == "readOptimization"
    after = await run(client.optimizations.list(project_id=server.project_id))
    assert optimization_id not in {item.optimization_id for item in after}


# ----- faults ---------------------------------------------------------------------------------------------------


class StaleFirstClock:
    """A signing clock `STALE_BY` seconds behind on its first reading (the first signature), right afterwards."""

    def __init__(self) -> None:
        self.readings = 0

    def __call__(self) -> float:
        self.readings += 1
        return time.time() - (STALE_BY if self.readings == 1 else 0)


def stale_first_signer(server: Server) -> QuantConnectAuth:
    """A signer on a StaleFirstClock.

    QuantConnect takes no `clock` option; its undocumented `auth` keyword (what with_options hands a copy) takes a
    signer that has one.
    """
    return QuantConnectAuth(server.user_id, server.api_token, origin=server.base_url, clock=StaleFirstClock())


def fault_headers(spec: str, times: int | None = None) -> dict[str, str]:
    # A fresh key per test, so the mock's per-key fault counters never leak between tests.
    headers = {"X-Mock-Fault": spec, "X-Mock-Fault-Key": uuid.uuid4().hex}
    if times is not None:
        headers["X-Mock-Fault-Times"] = str(times)
    return headers


async def backtest_id_of_demo(client: AnyClient, server: Server) -> str:
    return (await run(client.backtests.list(project_id=server.project_id)))[0].backtest_id


async def test_503_on_a_read_is_retried_with_a_fresh_signature(
    client: AnyClient, mode: str, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    read = ReadBacktestRequest(server.project_id, await backtest_id_of_demo(client, server))
    caplog.set_level(logging.INFO, logger="auth_plugin")

    # Control: a request signed with the clock's first, stale reading is refused.
    async with connect(server, mode, auth=stale_first_signer(server)) as stale:
        with pytest.raises(AuthenticationError):
            await run(stale.backtests.read(read))

    # With a 503 fault the stale first attempt is answered before any signature check; the retry gets through only
    # because it is signed again, at the current time.
    headers = fault_headers("503", times=1)
    async with connect(server, mode, auth=stale_first_signer(server), default_headers=headers) as faulty:
        backtest = await run(faulty.backtests.read(read))

    assert backtest.completed
    assert any("HTTP 503 on attempt 1, retrying" in record.getMessage() for record in caplog.records)


async def test_503_on_a_create_is_not_retried(client: AnyClient, server: Server) -> None:
    before = len(await run(client.backtests.list(project_id=server.project_id)))
    faulty = client.with_options(default_headers=fault_headers("503", times=1))

    # Only the first request gets the fault, so a retry would have succeeded and created a backtest.
    with pytest.raises(APIStatusError) as failure:
        await run(
            faulty.backtests.create(
                project_id=server.project_id, compile_id=server.compile_id, backtest_name="never created"
            )
        )

    assert (failure.value.status_code, failure.value.operation) == (503, "createBacktest")
    after = await run(client.backtests.list(project_id=server.project_id))
    assert len(after) == before


async def test_429_on_a_create_is_retried_once_allowed(client: AnyClient, server: Server) -> None:
    before = len(await run(client.backtests.list(project_id=server.project_id)))
    faulty = client.with_options(default_headers=fault_headers("429;retry-after=0", times=1))

    # 429 means the request was refused unprocessed, so even a create is sent again, and runs exactly once.
    created = await run(
        faulty.backtests.create(project_id=server.project_id, compile_id=server.compile_id, backtest_name="after 429")
    )

    assert created.name == "after 429"
    after = await run(client.backtests.list(project_id=server.project_id))
    assert len(after) == before + 1


async def test_an_answer_slower_than_the_timeout_raises_promptly(client: AnyClient, server: Server) -> None:
    timeout, attempts = 0.5, 2
    policy = RetryPolicy(max_attempts=attempts, backoff_base=0.01)
    slow = client.with_options(default_headers=fault_headers("slow=10"), timeout=timeout, retry=policy)

    started = time.monotonic()
    with pytest.raises(APITimeoutError) as failure:
        await run(slow.backtests.read(project_id=server.project_id, backtest_id="any"))
    elapsed = time.monotonic() - started

    assert isinstance(failure.value.__cause__, httpx.TimeoutException), "the httpx timeout is the cause"
    assert failure.value.operation == "readBacktest"
    # Each attempt gives up after `timeout`; the mock would have answered only after 10 s.
    assert timeout * attempts <= elapsed < timeout * attempts + 1.5


# ----- what only the low-level client shows -------------------------------------------------------------------------


class StaleUntilSent:
    """A signing clock `STALE_BY` seconds behind until a request has gone out, then right.

    Unlike StaleFirstClock it does not assume one clock reading per signature: create_client's client signs each
    request twice (httpx's auth flow, then the retry transport), so its first reading never reaches the wire.
    """

    def __init__(self) -> None:
        self.sent = 0

    def __call__(self) -> float:
        return time.time() - (STALE_BY if self.sent == 0 else 0)


class CountingTransport(httpx.HTTPTransport):
    def __init__(self, clock: StaleUntilSent) -> None:
        super().__init__()
        self.clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.clock.sent += 1
        return super().handle_request(request)


class AsyncCountingTransport(httpx.AsyncHTTPTransport):
    def __init__(self, clock: StaleUntilSent) -> None:
        super().__init__()
        self.clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.clock.sent += 1
        return await super().handle_async_request(request)


def stale_until_sent(
    server: Server, mode: str, headers: dict[str, str] | None = None
) -> AbstractAsyncContextManager[LowLevel]:
    clock = StaleUntilSent()
    return low_level(
        server,
        mode,
        clock=clock,
        transport=CountingTransport(clock),
        async_transport=AsyncCountingTransport(clock),
        httpx_args={"headers": headers or {}},
    )


async def demo_read(server: Server, mode: str) -> ReadBacktestRequest:
    async with low_level(server, mode) as api:
        listed = await api(list_backtests, ListBacktestRequest(server.project_id))
    return ReadBacktestRequest(server.project_id, listed.backtests[0].backtest_id)


async def test_low_level_client_re_signs_a_retried_read(
    server: Server, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """create_client's `clock` option signs every attempt afresh, as QuantConnect's signer does."""
    read = await demo_read(server, mode)
    caplog.set_level(logging.INFO, logger="auth_plugin")

    async with stale_until_sent(server, mode) as stale:
        with pytest.raises(AuthenticationError):
            await stale(read_backtest, read)

    async with stale_until_sent(server, mode, fault_headers("503", times=1)) as faulty:
        answer = await faulty(read_backtest, read)

    assert answer.success and answer.backtest.completed
    assert any("HTTP 503 on attempt 1, retrying" in record.getMessage() for record in caplog.records)


async def test_low_level_client_signs_with_its_first_clock_reading(server: Server, mode: str) -> None:
    read = await demo_read(server, mode)

    async with low_level(server, mode, clock=StaleFirstClock()) as stale:
        with pytest.raises(AuthenticationError):
            await stale(read_backtest, read)


async def test_low_level_answers_keep_their_envelope(server: Server, mode: str) -> None:
    """The raw answers: `success`, and the parts QuantConnect's methods leave out (count, versions, the list)."""
    body = CreateOptimizationRequest(
        project_id=server.project_id,
        name=f"{optimization_name(server)} low-level {mode}",
        target=SHARPE,
        target_to=MAXIMIZE,
        strategy=GRID_SEARCH,
        compile_id=server.compile_id,
        parameters=grid_parameters(),
        target_value=None,
        constraints=sharpe_above_one(),
        estimated_cost=10,
        node_type=NODE,
        parallel_nodes=4,
    )
    async with low_level(server, mode) as api:
        if mode == "sync":
            authenticated = authenticate.sync(client=api.client)
        else:
            authenticated = await authenticate.asyncio(client=api.client)
        assert authenticated is not None and authenticated.success

        listed = await api(list_backtests, ListBacktestRequest(server.project_id, include_statistics=True))
        assert listed.success
        assert listed.count == len(listed.backtests)

        projects = await api(read_project, ReadProjectRequest())
        assert projects.success
        assert projects.versions, "the answer lists the LEAN versions"

        created = await api(create_optimization, body)
        assert created.success
        assert len(created.optimizations) == 1, "a create answers the one new optimization"
        deleted = await api(delete_optimization, DeleteOptimizationRequest(created.optimizations[0].optimization_id))
        assert deleted.success


async def test_low_level_failures_raise_the_same_errors(server: Server, mode: str) -> None:
    async with low_level(server, mode) as api:
        with pytest.raises(APIError) as failure:
            await api(read_backtest, ReadBacktestRequest(server.project_id, "no-such-backtest"))

    assert isinstance(failure.value, NotFoundError)
    assert (failure.value.operation, failure.value.status_code) == ("readBacktest", 200)
    assert failure.value.errors
