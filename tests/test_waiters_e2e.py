"""The waiters (`wait`, `create_and_wait`) and pagers (`iter_*`) end to end, through QuantConnect and AsyncQuantConnect.

Most tests talk to `python -m mock_server` on 127.0.0.1 (`mock_server.launcher.running_mock`) and run once per
client (the `mode` fixture; `run()` awaits what an async client's method returns). On `server` compiles and
backtests take a fraction of a second and the waits sleep for real, with a short `poll=` schedule. On
`slow_server` a backtest runs for 30 s unless a test pushes the server's simulated time forward
(`POST /_mock/clock`): what a timed-out or interrupted wait leaves behind is still running when read, and the
re-reads of results written late (the mock's `results_pending_reads`) use the client's injectable `sleep`, which
pushes that time instead of waiting: `wait` takes no settle interval of its own, so without a `poll=` schedule
each re-read waits the rule's 10 s. (`timeout=` counts real time, not the injected sleeps: the timeout test waits
for real, for a fraction of a second.)

The last section runs the mock in-process (`httpx.ASGITransport`, every answer checked against openapi.yaml) at a
clock that moves only when the client "sleeps", so the progress each wait reports is known exactly.
"""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import pytest
from quantconnect_client import (
    APIStatusError,
    AsyncPager,
    AsyncQuantConnect,
    BacktestError,
    CompileError,
    OptimizationError,
    Progress,
    QuantConnect,
    SyncPager,
    WaitTimeout,
)
from quantconnect_client.models import (
    AlgorithmPerformance,
    BacktestResult,
    Insight,
    Optimization,
    OptimizationNodeType,
    OptimizationParameter,
    OptimizationStrategy,
    OptimizationTargetStatistic,
    OptimizationTargetTo,
    Order,
    ReadCompileResponse,
    StatisticsResult,
)

from auth_plugin import RetryPolicy
from mock_server import DEFAULT_API_TOKEN, DEFAULT_USER_ID, ManualClock, MockApp, create_app
from mock_server.launcher import MockServer, running_mock
from tests._e2e import MODES, AnyClient, poll, run

T = TypeVar("T")

QUEUE_AND_COMPILE = ("--queue-seconds", "0.05", "--compile-seconds", "0.05")
QUICK_POLLS = 0.02  # seconds between the reads of a wait on `server`
SLOW_BACKTEST_SECONDS = 30.0
FAST_RETRIES = RetryPolicy(backoff_base=0.01, backoff_max=0.05, jitter=0.0)
NO_RETRIES = RetryPolicy(max_attempts=1)
SETTLE_INTERVAL = 10.0  # readBacktest's x-qc-wait settle interval: the longest a re-read for missing results waits
ORDER_WINDOW, LOG_WINDOW = 100, 200  # what the API serves per read (and what the pagers ask for)

SHARPE: OptimizationTargetStatistic = "TotalPerformance.PortfolioStatistics.SharpeRatio"
MAXIMIZE: OptimizationTargetTo = "max"
GRID_SEARCH: OptimizationStrategy = "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy"
NODE: OptimizationNodeType = "O2-8"

SYNTAX_ERROR_MAIN = """from AlgorithmImports import *


class Broken(QCAlgorithm):
    def initialize(self):
        self.set_cash(100000)

    def on_data(self, data: Slice)
        pass
"""
SYNTAX_ERROR_LINE = 8
# Only the last raise is unconditional code: the others are a comment, a docstring and inside an `if`.
RUNTIME_ERROR_MAIN = '''# raise NotThisOne("a comment is no code")
from AlgorithmImports import *


class Failing(QCAlgorithm):
    """Docstrings are no code either: raise NorThisOne("text")."""

    def initialize(self):
        self.set_cash(100000)

    def on_data(self, data: Slice):
        if not data:
            raise Conditional("only an unconditional raise counts")
        raise ValueError("price feed went away")
'''
RUNTIME_ERROR_LINE = 14
RUNTIME_ERROR = "ValueError: price feed went away"
INITIALIZE_ERROR_MAIN = """from AlgorithmImports import *


class FailsAtOnce(QCAlgorithm):
    def initialize(self):
        raise KeyError("ema_fast")
"""
HARMLESS_RAISES_MAIN = """# raise NotThisOne("a comment")
from AlgorithmImports import *


class Careful(QCAlgorithm):
    def initialize(self):
        self.set_cash(100000)
        text = 'raise NorThisOne("a string")'

    def on_data(self, data: Slice):
        try:
            self.check(data)
        except KeyError:
            raise
        for bar in data.values():
            raise StopHere("inside a loop: conditional")
"""


# ----- servers and clients -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    """A running `python -m mock_server` and its demo ids."""

    mock: MockServer
    project_id: int
    compile_id: str
    backtest_id: str

    def admin(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """Calls the mock's test-only endpoint `/_mock/<path>` (faults, clock)."""
        with httpx.Client(trust_env=False, timeout=10.0) as http:
            response = http.request(method, f"{self.mock.admin_url}/{path}", json=body)
        response.raise_for_status()
        answer: dict[str, Any] = response.json()
        return answer

    def advance(self, seconds: float) -> None:
        """Moves the server's simulated time forward: its backtests get that much further at once."""
        self.admin("POST", "clock", {"advance": seconds})


def started(*args: str) -> Iterator[Server]:
    with running_mock(args) as mock:
        demo = mock.announcement
        yield Server(mock, int(demo["project_id"]), str(demo["compile_id"]), str(demo["backtest_id"]))


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """Backtests done in 0.35 s, results stored as they complete (so a real-time wait never needs a 10 s re-read)."""
    yield from started("--backtest-seconds", "0.3", *QUEUE_AND_COMPILE, "--results-pending-reads", "0")


@pytest.fixture(scope="module")
def slow_server() -> Iterator[Server]:
    """Backtests of 30 s, and two reads of a just-completed backtest answered without its results."""
    yield from started(
        "--backtest-seconds", str(SLOW_BACKTEST_SECONDS), *QUEUE_AND_COMPILE, "--results-pending-reads", "2"
    )


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def open_client(server: Server, mode: str, **options: Any) -> AnyClient:
    """A QuantConnect (`mode` "sync") or AsyncQuantConnect ("async") for `server`; fast retries unless told."""
    options.setdefault("retry", FAST_RETRIES)
    kind = QuantConnect if mode == "sync" else AsyncQuantConnect
    client: AnyClient = kind(server.mock.user_id, server.mock.api_token, base_url=server.mock.base_url, **options)
    return client


@pytest.fixture
async def client(server: Server, mode: str) -> AsyncIterator[AnyClient]:
    opened = open_client(server, mode)
    try:
        yield opened
    finally:
        await run(opened.close())


@pytest.fixture
async def slow_client(slow_server: Server, mode: str) -> AsyncIterator[AnyClient]:
    opened = open_client(slow_server, mode)
    try:
        yield opened
    finally:
        await run(opened.close())


@dataclass
class PushingSleep:
    """A client's `sleep` that waits for nothing: it records each delay and pushes the server's time on by it."""

    server: Server
    delays: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.server.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)


def quick() -> Iterator[float]:
    return itertools.repeat(QUICK_POLLS)


def unique(what: str) -> str:
    return f"{what} {uuid.uuid4().hex[:12]}"


async def project_with(client: AnyClient, main_py: str) -> int:
    """A new Python project whose main.py is `main_py`."""
    project = await run(client.projects.create(name=unique("Waiters/project"), language="Py"))
    await run(client.files.update(project_id=project.project_id, name="main.py", content=main_py))
    return project.project_id


async def compiled(client: AnyClient, main_py: str) -> tuple[int, str]:
    """A new project of `main_py` and its successful compile, waited for."""
    project_id = await project_with(client, main_py)
    build = await run(client.compile.create_and_wait(project_id=project_id, poll=quick()))
    assert build.state == "BuildSuccess", build.logs
    return project_id, build.compile_id


def assert_changes_only(seen: Sequence[Progress[Any]]) -> None:
    """on_progress got each (status, progress) once per change, progress never going back."""
    pairs = [(p.status, p.progress) for p in seen]
    assert all(a != b for a, b in itertools.pairwise(pairs)), pairs
    numbers = [p.progress for p in seen if p.progress is not None]
    assert numbers == sorted(numbers), pairs


# ----- waiting: every outcome, on the real server --------------------------------------------------------------------


async def test_create_and_wait_returns_the_completed_backtest_with_its_results(
    client: AnyClient, server: Server
) -> None:
    seen: list[Progress[BacktestResult]] = []
    backtest = await run(
        client.backtests.create_and_wait(
            project_id=server.project_id,
            compile_id=server.compile_id,
            backtest_name=unique("Waited"),
            poll=quick(),
            on_progress=seen.append,
        )
    )

    assert isinstance(backtest, BacktestResult)
    assert (backtest.status, backtest.completed, backtest.progress) == ("Completed.", True, 1.0)
    assert isinstance(backtest.statistics, StatisticsResult)
    assert {"Sharpe Ratio", "Net Profit", "Total Orders"} <= backtest.statistics.to_dict().keys()
    assert isinstance(backtest.total_performance, AlgorithmPerformance)
    assert backtest.total_performance.closed_trades, "the closed trades are there"
    assert backtest.error is None and backtest.stacktrace is None

    assert seen, "on_progress is called"
    assert (seen[-1].status, seen[-1].progress) == ("Completed.", 1.0)
    assert seen[-1].result.backtest_id == backtest.backtest_id
    assert {p.what for p in seen} == {"backtest"}
    for step in seen[:-1]:
        assert step.status in ("In Queue...", f"Running: {round((step.progress or 0) * 100)}%"), step
    assert_changes_only(seen)


async def test_optimization_wait_returns_the_completed_optimization(client: AnyClient, server: Server) -> None:
    created = await run(
        client.optimizations.create(
            project_id=server.project_id,
            name=unique("Waited optimization"),
            target=SHARPE,
            target_to=MAXIMIZE,
            strategy=GRID_SEARCH,
            compile_id=server.compile_id,
            parameters=[OptimizationParameter("ema_fast", 10, 20, 10)],
            estimated_cost=1,
            node_type=NODE,
            parallel_nodes=2,
        )
    )
    seen: list[Progress[Optimization]] = []
    optimization = await run(
        client.optimizations.wait(optimization_id=created.optimization_id, poll=quick(), on_progress=seen.append)
    )
    assert isinstance(optimization, Optimization)
    assert optimization.status == "completed"
    assert optimization.runtime_statistics.completed == "2"
    assert seen[-1].status == "completed" and {p.what for p in seen} == {"optimization"}
    assert_changes_only(seen)


async def test_compile_of_a_syntax_error_raises_compile_error_naming_the_line(client: AnyClient) -> None:
    project_id = await project_with(client, SYNTAX_ERROR_MAIN)
    seen: list[Progress[ReadCompileResponse]] = []

    with pytest.raises(CompileError) as failed:
        await run(client.compile.create_and_wait(project_id=project_id, poll=quick(), on_progress=seen.append))

    error = failed.value
    located = [line for line in error.logs if "main.py" in line and f"Line: {SYNTAX_ERROR_LINE}" in line]
    assert located, error.logs
    assert "SyntaxError" in located[0]
    assert "BuildError" in str(error) and located[0] in str(error), "the message carries the build log"
    assert error.operation == "readCompile"
    assert seen[-1].status == "BuildError" and seen[-1].progress is None


async def test_runtime_error_raises_backtest_error_with_error_and_stacktrace(client: AnyClient) -> None:
    compile_progress: list[Progress[ReadCompileResponse]] = []
    project_id = await project_with(client, RUNTIME_ERROR_MAIN)
    build = await run(
        client.compile.create_and_wait(project_id=project_id, poll=quick(), on_progress=compile_progress.append)
    )
    assert build.state == "BuildSuccess"
    assert [p.status for p in compile_progress][-1] == "BuildSuccess"
    seen: list[Progress[BacktestResult]] = []

    with pytest.raises(BacktestError) as failed:
        await run(
            client.backtests.create_and_wait(
                project_id=project_id,
                compile_id=build.compile_id,
                backtest_name=unique("Fails"),
                poll=quick(),
                on_progress=seen.append,
            )
        )

    error = failed.value
    assert error.error == RUNTIME_ERROR
    assert error.stacktrace is not None
    assert f"in main.py: line {RUNTIME_ERROR_LINE}" in error.stacktrace
    assert 'raise ValueError("price feed went away")' in error.stacktrace and "at on_data" in error.stacktrace
    assert RUNTIME_ERROR in str(error) and "Runtime Error" in str(error)
    result = error.result
    assert isinstance(result, BacktestResult)
    assert (result.status, result.completed, result.progress) == ("Runtime Error", True, 0.3)
    assert result.total_performance is None, "a failed backtest has no results"
    assert (seen[-1].status, seen[-1].progress) == ("Runtime Error", 0.3)
    assert_changes_only(seen)


async def test_aborted_optimization_raises_optimization_error(client: AnyClient, server: Server) -> None:
    created = await run(
        client.optimizations.create(
            project_id=server.project_id,
            name=unique("Aborted"),
            target=SHARPE,
            target_to=MAXIMIZE,
            strategy=GRID_SEARCH,
            compile_id=server.compile_id,
            parameters=[
                OptimizationParameter("ema_fast", 100, 200, 50),
                OptimizationParameter("ema_slow", 200, 300, 50),
            ],
            estimated_cost=10,
            node_type=NODE,
            parallel_nodes=1,
        )
    )
    await run(client.optimizations.abort(optimization_id=created.optimization_id))

    with pytest.raises(OptimizationError) as failed:
        await run(client.optimizations.wait(optimization_id=created.optimization_id, poll=quick()))

    assert failed.value.status == "aborted"
    assert "aborted" in str(failed.value)
    assert isinstance(failed.value.result, Optimization)
    assert failed.value.result.optimization_id == created.optimization_id


async def test_timeout_raises_wait_timeout_naming_the_backtest_and_its_last_status(
    slow_client: AnyClient, slow_server: Server
) -> None:
    created = await run(
        slow_client.backtests.create(
            project_id=slow_server.project_id, compile_id=slow_server.compile_id, backtest_name=unique("Timed out")
        )
    )
    started_at = time.monotonic()

    with pytest.raises(WaitTimeout) as timed_out:
        await run(
            slow_client.backtests.wait(
                project_id=slow_server.project_id, backtest_id=created.backtest_id, timeout=0.2, poll=quick()
            )
        )

    assert time.monotonic() - started_at < 5, "the timeout ends the wait"
    error = timed_out.value
    result = error.result
    assert isinstance(result, BacktestResult) and result.backtest_id == created.backtest_id
    assert error.last_status == result.status and not result.completed
    message = str(error)
    ids = f"project_id={slow_server.project_id}, backtest_id={created.backtest_id!r}"
    assert message.startswith(f"backtest ({ids}) not finished: 0.2 s passed"), "it names the backtest"
    assert f"last status {result.status!r}" in message
    assert f"client.backtests.delete({ids})" in message, "it says how to stop that backtest, ready to run"
    later = await run(slow_client.backtests.read(project_id=slow_server.project_id, backtest_id=created.backtest_id))
    assert not later.completed, "the backtest goes on running"


async def test_results_written_late_are_re_read_until_they_are_there(slow_server: Server, mode: str) -> None:
    sleep = PushingSleep(slow_server)
    client = open_client(slow_server, mode, sleep=sleep if mode == "sync" else sleep.asleep)
    try:
        project_id = slow_server.project_id
        created = await run(
            client.backtests.create(
                project_id=project_id, compile_id=slow_server.compile_id, backtest_name=unique("Late")
            )
        )
        slow_server.advance(SLOW_BACKTEST_SECONDS + 1)
        plain = await run(client.backtests.read(project_id=project_id, backtest_id=created.backtest_id))
        assert (plain.status, plain.completed) == ("Completed.", True)
        assert plain.total_performance is None, "read at once, a just-completed backtest lacks its results"
        assert not plain.statistics.to_dict()

        waited = await run(
            client.backtests.wait(project_id=project_id, backtest_id=created.backtest_id, poll=itertools.repeat(0.5))
        )

        assert isinstance(waited.total_performance, AlgorithmPerformance), "wait() read it again"
        assert waited.statistics.to_dict()
        assert len(sleep.delays) == 1, "the second read still lacked the results, the third had them"
        assert 0 < sleep.delays[0] <= SETTLE_INTERVAL

        sleep.delays.clear()
        completed_after: list[int] = []  # how many sleeps came before the first read saying completed

        def note(step: Progress[BacktestResult]) -> None:
            if step.result.completed:
                completed_after.append(len(sleep.delays))

        finished = await run(
            client.backtests.create_and_wait(
                project_id=project_id,
                compile_id=slow_server.compile_id,
                backtest_name=unique("Late"),
                poll=itertools.repeat(7.0),
                on_progress=note,
            )
        )
        assert isinstance(finished.total_performance, AlgorithmPerformance)
        assert len(completed_after) == 1, "on_progress saw it complete once: the re-reads change nothing it shows"
        polls, re_reads = sleep.delays[: completed_after[0]], sleep.delays[completed_after[0] :]
        assert polls and set(polls) == {7.0}, sleep.delays
        assert len(re_reads) == 2 and all(0 < d <= SETTLE_INTERVAL for d in re_reads), sleep.delays
    finally:
        await run(client.close())


async def test_cancelling_an_async_wait_leaves_the_backtest_running(slow_server: Server) -> None:
    client = open_client(slow_server, "async")
    assert isinstance(client, AsyncQuantConnect)
    try:
        project_id = slow_server.project_id
        created = await client.backtests.create(
            project_id=project_id, compile_id=slow_server.compile_id, backtest_name=unique("Cancel")
        )
        first_read = asyncio.Event()
        waiting = asyncio.create_task(
            client.backtests.wait(
                project_id=project_id,
                backtest_id=created.backtest_id,
                poll=itertools.repeat(60.0),
                on_progress=lambda _: first_read.set(),
            )
        )
        await asyncio.wait_for(first_read.wait(), 10)  # the wait has read once and is now sleeping
        waiting.cancel()

        with pytest.raises(asyncio.CancelledError) as cancelled:
            await waiting

        notes = getattr(cancelled.value, "__notes__", [])
        assert any("goes on running" in n and "client.backtests.delete(" in n for n in notes), notes
        later = await client.backtests.read(project_id=project_id, backtest_id=created.backtest_id)
        assert not later.completed and later.status != "Cancelled.", "nothing stopped the backtest"
        slow_server.advance(SLOW_BACKTEST_SECONDS + 1)
        done = await poll(
            lambda: client.backtests.read(project_id=project_id, backtest_id=created.backtest_id), lambda b: b.completed
        )
        assert done.status == "Completed."
    finally:
        await client.close()


def test_interrupting_a_sync_wait_leaves_the_backtest_running(slow_server: Server) -> None:
    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt  # as Ctrl-C does while the wait sleeps between two reads

    project_id = slow_server.project_id
    with QuantConnect(slow_server.mock.user_id, slow_server.mock.api_token, base_url=slow_server.mock.base_url) as qc:
        created = qc.backtests.create(
            project_id=project_id, compile_id=slow_server.compile_id, backtest_name=unique("Ctrl-C")
        )
        with (
            QuantConnect(
                slow_server.mock.user_id,
                slow_server.mock.api_token,
                base_url=slow_server.mock.base_url,
                sleep=interrupted,
            ) as interrupting,
            pytest.raises(KeyboardInterrupt) as stopped,
        ):
            interrupting.backtests.wait(project_id=project_id, backtest_id=created.backtest_id, poll=[1.0])

        notes = getattr(stopped.value, "__notes__", [])
        assert any("goes on running" in n and "client.backtests.delete(" in n for n in notes), notes
        later = qc.backtests.read(project_id=project_id, backtest_id=created.backtest_id)
        assert not later.completed and later.status != "Cancelled."


# ----- paging, on the real server ------------------------------------------------------------------------------------


async def collect(pager: SyncPager[T] | AsyncPager[T]) -> list[T]:
    if isinstance(pager, AsyncPager):
        return [item async for item in pager]
    return list(pager)


async def total(pager: SyncPager[T] | AsyncPager[T]) -> int:
    if isinstance(pager, AsyncPager):
        return await pager.total()
    return pager.length


async def each(pager: SyncPager[T] | AsyncPager[T]) -> AsyncIterator[T]:
    """The pager's items one by one, so a test can act between two of them."""
    if isinstance(pager, AsyncPager):
        async for item in pager:
            yield item
    else:
        for item in pager:
            yield item


async def manual_orders(client: AnyClient, project_id: int, backtest_id: str) -> tuple[list[Order], int]:
    found: list[Order] = []
    start = 0
    while True:
        page = await run(
            client.backtests.read_orders(project_id=project_id, backtest_id=backtest_id, start=start, end=start + 100)
        )
        found.extend(page.orders)
        if len(page.orders) < ORDER_WINDOW:
            return found, page.length
        start += ORDER_WINDOW


async def manual_log(client: AnyClient, project_id: int, backtest_id: str, query: str | None) -> tuple[list[str], int]:
    found: list[str] = []
    start = 0
    while True:
        page = await run(
            client.backtests.read_log(
                project_id=project_id, backtest_id=backtest_id, start=start, end=start + LOG_WINDOW, query=query
            )
        )
        found.extend(page.logs)
        if len(page.logs) < LOG_WINDOW:
            return found, page.length
        start += LOG_WINDOW


async def test_iter_orders_yields_what_windows_of_100_give(client: AnyClient, server: Server) -> None:
    expected, length = await manual_orders(client, server.project_id, server.backtest_id)
    pager = client.backtests.iter_orders(project_id=server.project_id, backtest_id=server.backtest_id)

    orders = await collect(pager)

    assert expected, "the demo backtest has orders"
    assert [o.to_dict() for o in orders] == [o.to_dict() for o in expected]
    ids = [o.id for o in orders]
    assert len(set(ids)) == len(ids) and ids == sorted(ids)
    assert await total(pager) == length == len(orders)


async def test_iter_insights_yields_every_insight(client: AnyClient, server: Server) -> None:
    project_id, backtest_id = server.project_id, server.backtest_id
    first = await run(
        client.backtests.read_insights(project_id=project_id, backtest_id=backtest_id, start=0, end=ORDER_WINDOW)
    )
    pager = client.backtests.iter_insights(project_id=project_id, backtest_id=backtest_id)

    insights: list[Insight] = await collect(pager)

    assert [i.to_dict() for i in insights] == [i.to_dict() for i in first.insights]
    assert await total(pager) == first.length == len(insights) > 0


async def test_iter_log_yields_what_windows_of_200_give(client: AnyClient, server: Server) -> None:
    expected, length = await manual_log(client, server.project_id, server.backtest_id, None)
    pager = client.backtests.iter_log(project_id=server.project_id, backtest_id=server.backtest_id, query=None)

    lines = await collect(pager)

    assert len(expected) > LOG_WINDOW, "the demo log spans more than one window"
    assert lines == expected
    assert len(set(lines)) == len(lines), "no line twice"
    assert await total(pager) == length == len(lines)
    closes = await collect(
        client.backtests.iter_log(project_id=server.project_id, backtest_id=server.backtest_id, query="close:")
    )
    assert closes and all("Close:" in line for line in closes)
    assert closes == [line for line in lines if "close:" in line.lower()]


async def test_an_empty_result_yields_nothing(client: AnyClient, server: Server) -> None:
    pager = client.backtests.iter_log(
        project_id=server.project_id, backtest_id=server.backtest_id, query="no line says this"
    )
    assert await collect(pager) == []
    assert await total(pager) == 0


async def test_a_window_failing_mid_way_raises_a_typed_error(server: Server, mode: str) -> None:
    client = open_client(server, mode, retry=NO_RETRIES)
    project_id, backtest_id = server.project_id, server.backtest_id
    expected, _ = await manual_log(client, server.project_id, server.backtest_id, None)
    got: list[str] = []
    try:
        with pytest.raises(APIStatusError) as failed:
            async for line in each(
                client.backtests.iter_log(project_id=project_id, backtest_id=backtest_id, query=None)
            ):
                got.append(line)
                if len(got) == LOG_WINDOW:  # the first window is read; the next request gets the fault
                    server.admin("POST", "faults", {"next": ["500"], "reset": True})
    finally:
        server.admin("DELETE", "faults")
        await run(client.close())

    assert (failed.value.status_code, failed.value.operation) == (500, "readBacktestLog")
    assert got == expected[:LOG_WINDOW], "what came before the failing window, nothing dropped or repeated"


# ----- in-process: exact progress, answers checked against openapi.yaml ----------------------------------------------


@dataclass
class InProcess:
    """The mock app in-process and an AsyncQuantConnect on it whose sleeps move the app's simulated time."""

    app: MockApp
    client: AsyncQuantConnect
    delays: list[float]

    @property
    def demo(self) -> tuple[int, str]:
        assert self.app.demo is not None
        return self.app.demo.project_id, self.app.demo.compile_id


@pytest.fixture
async def in_process() -> AsyncIterator[InProcess]:
    # The injected clock stands still (signatures are made with the real time, well inside the auth window);
    # only the client's sleeps move the simulation on.
    app = create_app(
        clock=ManualClock(),
        check_responses=True,
        backtest_seconds=1.0,
        queue_seconds=0.5,
        compile_seconds=0.5,
        results_pending_reads=2,
    )
    delays: list[float] = []

    async def sleep(seconds: float) -> None:
        delays.append(seconds)
        app.mock.simulation_clock.advance(seconds)
        await asyncio.sleep(0)

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        client = AsyncQuantConnect(
            DEFAULT_USER_ID, DEFAULT_API_TOKEN, base_url="http://mock/api/v2", http_client=http, sleep=sleep
        )
        yield InProcess(app, client, delays)


async def in_process_compile(mock: InProcess, main_py: str) -> tuple[int, str]:
    project = await mock.client.projects.create(name=unique("In-process"), language="Py")
    await mock.client.files.update(project_id=project.project_id, name="main.py", content=main_py)
    seen: list[Progress[ReadCompileResponse]] = []
    build = await mock.client.compile.create_and_wait(
        project_id=project.project_id, poll=itertools.repeat(0.25), on_progress=seen.append
    )
    assert [(p.status, p.progress) for p in seen] == [("InQueue", None), ("BuildSuccess", None)]
    mock.delays.clear()
    return project.project_id, build.compile_id


async def test_in_process_success_reports_each_step_and_re_reads_late_results(in_process: InProcess) -> None:
    project_id, compile_id = in_process.demo
    seen: list[Progress[BacktestResult]] = []

    backtest = await in_process.client.backtests.create_and_wait(
        project_id=project_id,
        compile_id=compile_id,
        backtest_name="Exactly",
        poll=itertools.repeat(0.25),
        on_progress=seen.append,
    )

    assert [(p.status, p.progress) for p in seen] == [
        ("In Queue...", 0.0),
        ("Running: 0%", 0.0),
        ("Running: 25%", 0.25),
        ("Running: 50%", 0.5),
        ("Running: 75%", 0.75),
        ("Completed.", 1.0),
    ]
    assert seen[-1].result.total_performance is None, "completed before its results were stored"
    assert isinstance(backtest.total_performance, AlgorithmPerformance)
    polls, re_reads = in_process.delays[:6], in_process.delays[6:]
    assert polls == [0.25] * 6
    assert len(re_reads) == 2 and all(0 < d <= SETTLE_INTERVAL for d in re_reads), "two reads without results"


async def test_in_process_runtime_error_fails_part_way(in_process: InProcess) -> None:
    project_id, compile_id = await in_process_compile(in_process, RUNTIME_ERROR_MAIN)
    seen: list[Progress[BacktestResult]] = []

    with pytest.raises(BacktestError) as failed:
        await in_process.client.backtests.create_and_wait(
            project_id=project_id,
            compile_id=compile_id,
            backtest_name="Fails part-way",
            poll=itertools.repeat(0.25),
            on_progress=seen.append,
        )

    assert [(p.status, p.progress) for p in seen] == [
        ("In Queue...", 0.0),
        ("Running: 0%", 0.0),
        ("Running: 25%", 0.25),
        ("Runtime Error", 0.3),
    ]
    error = failed.value
    assert error.error == RUNTIME_ERROR
    assert error.stacktrace == (
        f'{RUNTIME_ERROR}\n  at on_data\n    raise ValueError("price feed went away")\n'
        f" in main.py: line {RUNTIME_ERROR_LINE}\n"
    )
    result = error.result
    assert isinstance(result, BacktestResult)
    assert result.has_initialize_error is False
    assert in_process.delays == [0.25] * 4, "read as it failed, with no re-read"

    # It stays failed where it stopped: later reads, its log and orders do not move on.
    in_process.app.mock.simulation_clock.advance(60)
    again = await in_process.client.backtests.read(project_id=project_id, backtest_id=result.backtest_id)
    assert (again.status, again.progress, again.error) == ("Runtime Error", 0.3, RUNTIME_ERROR)
    assert again.runtime_statistics.to_dict(), "the banner of the run so far"
    log = await collect(
        in_process.client.backtests.iter_log(project_id=project_id, backtest_id=result.backtest_id, query=None)
    )
    assert log and not any("Algorithm finished" in line for line in log)


async def test_in_process_initialize_error_fails_as_it_starts_and_has_no_orders(in_process: InProcess) -> None:
    project_id, compile_id = await in_process_compile(in_process, INITIALIZE_ERROR_MAIN)
    seen: list[Progress[BacktestResult]] = []

    with pytest.raises(BacktestError) as failed:
        await in_process.client.backtests.create_and_wait(
            project_id=project_id,
            compile_id=compile_id,
            backtest_name="Fails at once",
            poll=itertools.repeat(0.25),
            on_progress=seen.append,
        )

    assert [(p.status, p.progress) for p in seen] == [("In Queue...", 0.0), ("Runtime Error", 0.0)]
    assert failed.value.error == "KeyError: ema_fast"
    assert failed.value.stacktrace is not None and "at initialize" in failed.value.stacktrace
    result = failed.value.result
    assert isinstance(result, BacktestResult) and result.has_initialize_error is True
    backtest_id = result.backtest_id
    orders = in_process.client.backtests.iter_orders(project_id=project_id, backtest_id=backtest_id)
    assert await collect(orders) == [] and await orders.total() == 0
    assert (
        await collect(in_process.client.backtests.iter_insights(project_id=project_id, backtest_id=backtest_id)) == []
    )


async def test_in_process_raises_in_comments_strings_and_branches_do_not_fail(in_process: InProcess) -> None:
    project_id, compile_id = await in_process_compile(in_process, HARMLESS_RAISES_MAIN)

    backtest = await in_process.client.backtests.create_and_wait(
        project_id=project_id, compile_id=compile_id, backtest_name="Fine", poll=itertools.repeat(0.5)
    )

    assert (backtest.status, backtest.error) == ("Completed.", None)
    assert isinstance(backtest.total_performance, AlgorithmPerformance)
