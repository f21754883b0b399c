"""End to end: the seeds' backtest and optimization workflows, and fault handling, over real HTTP.

The generated client, configured by auth_plugin.create_client, talks to `python -m mock_server` running as a
subprocess (tests/conftest.py's start_mock_server); nothing in httpx is patched. Every workflow runs twice, once
through the sync functions and once through the async ones.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from quantconnect_client import Client
from quantconnect_client.api.authentication import authenticate
from quantconnect_client.api.backtests import (
    create_backtest,
    delete_backtest,
    list_backtests,
    read_backtest,
    update_backtest,
)
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
    BacktestResult,
    BacktestStatus,
    ConstraintOperator,
    CreateBacktestRequest,
    CreateOptimizationRequest,
    DeleteBacktestRequest,
    DeleteOptimizationRequest,
    EstimateOptimizationRequest,
    ListBacktestRequest,
    ListOptimizationRequest,
    Optimization,
    OptimizationConstraint,
    OptimizationNodeType,
    OptimizationParameter,
    OptimizationStatus,
    OptimizationStrategy,
    OptimizationTargetStatistic,
    OptimizationTargetTo,
    ReadBacktestRequest,
    ReadOptimizationRequest,
    UpdateBacktestRequest,
    UpdateOptimizationRequest,
)

from auth_plugin import APIError, AuthenticationError, RetryPolicy, create_client
from tests._e2e import FAST_TIMINGS, MODES, Api, Endpoint, Server, given, make_api, poll, running_server

# A short auth window lets the retry test tell a re-signed retry from one that reuses the first signature.
AUTH_WINDOW = 60
STALE_BY = 120
SHARPE = OptimizationTargetStatistic.TOTALPERFORMANCE_PORTFOLIOSTATISTICS_SHARPERATIO


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """A mock whose backtests finish in well under a second, with a short signature window."""
    with running_server(*FAST_TIMINGS, "--auth-window", str(AUTH_WINDOW)) as started:
        yield started


@pytest.fixture(params=MODES)
def api(request: pytest.FixtureRequest, server: Server) -> Api:
    return make_api(server, request.param)


# ----- the backtest workflow (seeds/backtest-management.txt) --------------------------------------------------------


async def test_backtest_workflow(api: Api, server: Server) -> None:
    assert (await api(authenticate_endpoint(), None)).success

    name = f"Backtest {int(time.time())} {api.mode}"
    created = await api(create_backtest, CreateBacktestRequest(server.project_id, server.compile_id, name))
    assert created.success
    backtest = given(created.backtest)
    backtest_id = backtest.backtest_id
    assert (backtest.name, backtest.completed) == (name, False)
    assert backtest.status in {BacktestStatus.IN_QUEUE, BacktestStatus.RUNNING} or str(backtest.status).startswith(
        "Running"
    )

    read = ReadBacktestRequest(server.project_id, backtest_id)
    progress: list[float] = []

    async def read_backtest_once() -> BacktestResult:
        answer = given((await api(read_backtest, read)).backtest)
        progress.append(answer.progress)
        return answer

    finished: BacktestResult = await poll(read_backtest_once, lambda b: b.completed)
    assert finished.status == BacktestStatus.COMPLETED
    assert finished.progress == 1
    assert progress == sorted(progress), "progress never goes back"
    statistics = given(finished.statistics).to_dict()
    assert {"Sharpe Ratio", "Total Orders", "Net Profit", "Drawdown"} <= statistics.keys()
    assert all(isinstance(value, str) and value for value in statistics.values()), statistics
    assert all(isinstance(value, str) for value in given(finished.runtime_statistics).to_dict().values())

    new_name, note = f"Backtest_{backtest_id}", "The new backtest name is awesome!"
    updated = await api(
        update_backtest, UpdateBacktestRequest(server.project_id, backtest_id, name=new_name, note=note)
    )
    assert updated.success
    renamed = given((await api(read_backtest, read)).backtest)
    assert (renamed.name, renamed.note) == (new_name, note)

    listed = await api(list_backtests, ListBacktestRequest(server.project_id, include_statistics=True))
    summaries = {summary.backtest_id: summary for summary in given(listed.backtests)}
    assert given(listed.count) == len(summaries)
    summary = summaries[backtest_id]
    assert summary.name == new_name
    assert summary.status == BacktestStatus.COMPLETED
    assert isinstance(given(summary.sharpe_ratio), float)
    assert isinstance(given(summary.trades), int)

    deleted = await api(delete_backtest, DeleteBacktestRequest(server.project_id, backtest_id))
    assert deleted.success
    with pytest.raises(APIError) as failure:
        await api(read_backtest, read)
    assert not isinstance(failure.value, AuthenticationError)
    assert (failure.value.operation, failure.value.status_code) == ("backtests/read", 200)
    assert failure.value.errors, "the platform says why"
    remaining = await api(list_backtests, ListBacktestRequest(server.project_id))
    assert backtest_id not in {summary.backtest_id for summary in given(remaining.backtests)}


def authenticate_endpoint() -> Endpoint[None, Any]:
    """authenticate takes no body; adapt it to the (client, body) shape of the others."""

    class _Authenticate:
        def sync(self, *, client: Client, body: None) -> Any:
            return authenticate.sync(client=client)

        async def asyncio(self, *, client: Client, body: None) -> Any:
            return await authenticate.asyncio(client=client)

    return _Authenticate()


# ----- the optimization workflow (seeds/optimization-management.txt) ------------------------------------------------


def grid_parameters() -> list[OptimizationParameter]:
    return [OptimizationParameter("ema_fast", 100, 200, 50), OptimizationParameter("ema_slow", 200, 300, 50)]


def estimate_request(server: Server) -> EstimateOptimizationRequest:
    return EstimateOptimizationRequest(
        project_id=server.project_id,
        name=f"Optimization_{server.compile_id[:5]}",
        target=SHARPE,
        target_to=OptimizationTargetTo.MAX,
        strategy=OptimizationStrategy.QUANTCONNECT_OPTIMIZER_STRATEGIES_GRIDSEARCHOPTIMIZATIONSTRATEGY,
        compile_id=server.compile_id,
        parameters=grid_parameters(),
        target_value=None,
        constraints=[OptimizationConstraint(SHARPE, ConstraintOperator.GREATER, 1)],
    )


async def test_optimization_workflow(api: Api, server: Server) -> None:
    estimate_body = estimate_request(server)
    estimate = given((await api(estimate_optimization, estimate_body)).estimate)
    assert given(estimate.time) > 0
    assert given(estimate.balance) >= 0

    create_body = CreateOptimizationRequest(
        **{key: getattr(estimate_body, key) for key in ("project_id", "name", "target", "target_to", "strategy")},
        compile_id=server.compile_id,
        parameters=grid_parameters(),
        target_value=None,
        constraints=estimate_body.constraints,
        estimated_cost=10,
        node_type=OptimizationNodeType.O2_8,
        parallel_nodes=4,
    )
    created = given((await api(create_optimization, create_body)).optimizations)
    assert len(created) == 1
    optimization_id = created[0].optimization_id
    assert created[0].name == estimate_body.name

    new_name = f"Optimization_{optimization_id[:5]}"
    assert (await api(update_optimization, UpdateOptimizationRequest(optimization_id, new_name))).success

    read = ReadOptimizationRequest(optimization_id)

    async def read_optimization_once() -> Optimization:
        return given((await api(read_optimization, read)).optimization)

    # Runtime statistics are `[]` while the optimization is "new"; poll until its backtests are under way.
    optimization: Optimization = await poll(read_optimization_once, lambda o: o.status != OptimizationStatus.NEW)
    assert optimization.status == OptimizationStatus.RUNNING
    assert optimization.name == new_name
    assert optimization.project_id == server.project_id
    statistics = given(optimization.runtime_statistics)
    assert given(statistics.total) == "9", "ema_fast 100..200 x ema_slow 200..300, step 50: 3 x 3 backtests"
    assert all(isinstance(value, str) for value in statistics.to_dict().values())
    assert [(p.name, p.min_, p.max_, p.step) for p in given(optimization.parameters)] == [
        ("ema_fast", 100, 200, 50),
        ("ema_slow", 200, 300, 50),
    ]
    assert given(optimization.criterion).target == SHARPE
    assert given(optimization.parallel_nodes) == 4

    assert (await api(abort_optimization, AbortOptimizationRequest(optimization_id))).success
    aborted = given((await api(read_optimization, read)).optimization)
    assert aborted.status == OptimizationStatus.ABORTED

    listed = given((await api(list_optimizations, ListOptimizationRequest(server.project_id))).optimizations)
    summary = next(item for item in listed if item.optimization_id == optimization_id)
    assert (summary.name, summary.status) == (new_name, OptimizationStatus.ABORTED)

    assert (await api(delete_optimization, DeleteOptimizationRequest(optimization_id))).success
    with pytest.raises(APIError) as failure:
        await api(read_optimization, read)
    assert failure.value.operation == "optimizations/read"
    after = given((await api(list_optimizations, ListOptimizationRequest(server.project_id))).optimizations)
    assert optimization_id not in {item.optimization_id for item in after}


# ----- faults ---------------------------------------------------------------------------------------------------


class StaleFirstClock:
    """A signing clock `STALE_BY` seconds behind on its first reading (the first signature), right afterwards."""

    def __init__(self) -> None:
        self.readings = 0

    def __call__(self) -> float:
        self.readings += 1
        return time.time() - (STALE_BY if self.readings == 1 else 0)


def fault_headers(spec: str, times: int | None = None) -> dict[str, str]:
    # A fresh key per test, so the mock's per-key fault counters never leak between tests.
    headers = {"X-Mock-Fault": spec, "X-Mock-Fault-Key": uuid.uuid4().hex}
    if times is not None:
        headers["X-Mock-Fault-Times"] = str(times)
    return headers


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_503_on_a_read_is_retried_with_a_fresh_signature(
    server: Server, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    read = ReadBacktestRequest(server.project_id, backtest_id_of_demo(server))
    caplog.set_level(logging.INFO, logger="auth_plugin")

    # Control: a request signed with the clock's first, stale reading is refused.
    with pytest.raises(AuthenticationError):
        await make_api(server, mode, clock=StaleFirstClock())(read_backtest, read)

    # With a 503 fault the stale first attempt is answered before any signature check; the retry gets through only
    # because it is signed again, at the current time.
    api = make_api(server, mode, fault_headers("503", times=1), clock=StaleFirstClock())
    answer = await api(read_backtest, read)

    assert given(answer.backtest).completed
    assert any("HTTP 503 on attempt 1, retrying" in record.getMessage() for record in caplog.records)


def backtest_id_of_demo(server: Server) -> str:
    client = create_client(server.user_id, server.api_token, base_url=server.base_url)
    listed = list_backtests.sync(client=client, body=ListBacktestRequest(server.project_id))
    assert listed is not None
    return given(listed.backtests)[0].backtest_id


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_503_on_a_create_is_not_retried(server: Server, mode: str) -> None:
    before = given((await make_api(server, mode)(list_backtests, ListBacktestRequest(server.project_id))).count)
    api = make_api(server, mode, fault_headers("503", times=1))

    # Only the first request gets the fault, so a retry would have succeeded and created a backtest.
    with pytest.raises(APIError) as failure:
        await api(create_backtest, CreateBacktestRequest(server.project_id, server.compile_id, "never created"))

    assert (failure.value.status_code, failure.value.operation) == (503, "backtests/create")
    after = await make_api(server, mode)(list_backtests, ListBacktestRequest(server.project_id))
    assert given(after.count) == before


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_429_on_a_create_is_retried_once_allowed(server: Server, mode: str) -> None:
    before = given((await make_api(server, mode)(list_backtests, ListBacktestRequest(server.project_id))).count)
    api = make_api(server, mode, fault_headers("429;retry-after=0", times=1))

    # 429 means the request was refused unprocessed, so even a create is sent again, and runs exactly once.
    created = await api(create_backtest, CreateBacktestRequest(server.project_id, server.compile_id, "after 429"))

    assert given(created.backtest).name == "after 429"
    after = await make_api(server, mode)(list_backtests, ListBacktestRequest(server.project_id))
    assert given(after.count) == before + 1


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_answer_slower_than_the_timeout_raises_promptly(server: Server, mode: str) -> None:
    timeout, attempts = 0.5, 2
    policy = RetryPolicy(max_attempts=attempts, backoff_base=0.01)
    api = make_api(server, mode, fault_headers("slow=10"), timeout=timeout, retry=policy)

    started = time.monotonic()
    with pytest.raises(httpx.TimeoutException):
        await api(read_backtest, ReadBacktestRequest(server.project_id, "any"))
    elapsed = time.monotonic() - started

    # Each attempt gives up after `timeout`; the mock would have answered only after 10 s.
    assert timeout * attempts <= elapsed < timeout * attempts + 1.5
