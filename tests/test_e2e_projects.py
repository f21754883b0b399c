"""End to end: the cloud workflow of projects, files, compiles and a backtest's results, over real HTTP.

`QuantConnect` and `AsyncQuantConnect` talk to `python -m mock_server` running as a subprocess; nothing in httpx is
patched. Every test runs twice, once through each client (the `mode` fixture). One test checks, through the
low-level `create_client()` client, what only its raw answers show.
"""

from __future__ import annotations

import contextlib
import datetime
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from quantconnect_client import APIError, AuthenticationError, NotFoundError
from quantconnect_client.api.files import update_file
from quantconnect_client.models import (
    BacktestReportResponse,
    BacktestResult,
    Chart,
    ChartSeries,
    CreateBacktestRequestParameters,
    ParameterSet,
    ProjectFile,
    ReadBacktestChartRequest,
    ReadBacktestRequest,
    ReadChartResponse,
    ReadCompileResponse,
    StatisticsResult,
    Symbol,
    UpdateFileContentsRequest,
    UpdateFileNameRequest,
)
from quantconnect_client.types import Unset

from mock_server.launcher import running_mock
from tests._e2e import FAST_TIMINGS, MODES, AnyClient, Server, connect, low_level, poll, run

ALGORITHM = """# region imports
from AlgorithmImports import *
# endregion


class EmaCross(QCAlgorithm):
    def initialize(self):
        self.set_start_date(2023, 1, 3)
        self.set_end_date(2023, 12, 29)
        self.set_cash(100000)
        self.spy = self.add_equity("SPY", Resolution.DAILY).symbol
        self.fast = self.ema(self.spy, int(self.get_parameter("ema_fast", 10)), Resolution.DAILY)
        self.slow = self.ema(self.spy, int(self.get_parameter("ema_slow", 20)), Resolution.DAILY)

    def on_data(self, data: Slice):
        if self.fast.current.value > self.slow.current.value:
            self.set_holdings(self.spy, 1)
        elif self.portfolio.invested:
            self.liquidate(self.spy)
"""
SET_CASH_LINE = ALGORITHM.splitlines().index("        self.set_cash(100000)") + 1

# `git diff` of main.py after changing the starting cash (lines 8-11 of ALGORITHM).
CASH_PATCH = """diff --git a/main.py b/main.py
index 3b18e51..a9c2f10 100644
--- a/main.py
+++ b/main.py
@@ -8,4 +8,4 @@ class EmaCross(QCAlgorithm):
         self.set_start_date(2023, 1, 3)
         self.set_end_date(2023, 12, 29)
-        self.set_cash(100000)
+        self.set_cash(50000)
         self.spy = self.add_equity("SPY", Resolution.DAILY).symbol
"""

# The colon of `def on_data(...)` left out: a syntax error on that line.
BROKEN_LINE = ALGORITHM.splitlines().index("    def on_data(self, data: Slice):") + 1
BROKEN_ALGORITHM = ALGORITHM.replace("    def on_data(self, data: Slice):", "    def on_data(self, data: Slice)")

PARAMETERS = {"ema_fast": 10, "ema_slow": 20}
CHART = "Strategy Equity"
ORDERS_PAGE = 25


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """A mock whose compiles and backtests finish in well under a second."""
    with running_mock(FAST_TIMINGS) as started:
        yield started


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def client(server: Server, mode: str) -> AsyncIterator[AnyClient]:
    async with connect(server, mode) as opened:
        yield opened


def unique_name(mode: str, what: str) -> str:
    """Project names are unique per account: one per test and mode."""
    return f"E2E/{what} {mode} {uuid.uuid4().hex[:8]}"


@pytest.fixture
async def project(client: AnyClient, mode: str, request: pytest.FixtureRequest) -> AsyncIterator[int]:
    """A new Python project (with the platform's template main.py), deleted afterwards."""
    created = await run(client.projects.create(name=unique_name(mode, request.node.name), language="Py"))
    yield created.project_id
    with contextlib.suppress(APIError):
        await run(client.projects.delete(project_id=created.project_id))


# ----- projects -----------------------------------------------------------------------------------------------------


async def test_project_lifecycle(client: AnyClient, mode: str, server: Server) -> None:
    name = unique_name(mode, "Project")
    new = await run(client.projects.create(name=name, language="Py"))
    project_id = new.project_id
    assert (new.name, new.language) == (name, "Py")

    [one] = await run(client.projects.read(project_id=project_id))
    assert (one.project_id, one.name, one.language) == (project_id, name, "Py")
    assert one.created <= one.modified

    # Without a project id the operation lists every project; the body is still an (empty) object.
    ids = [p.project_id for p in await run(client.projects.read())]
    assert {server.project_id, project_id} <= set(ids)
    position = ids.index(project_id)
    sliced = await run(client.projects.read(start=position, end=position + 1))
    assert [p.project_id for p in sliced] == [project_id]

    new_name, description = f"{name} renamed", "EMA cross on SPY, end-to-end test."
    await run(client.projects.update(project_id=project_id, name=new_name, description=description))
    [renamed] = await run(client.projects.read(project_id=project_id))
    assert (renamed.name, renamed.description) == (new_name, description)
    everything = await run(client.projects.read())
    assert {p.project_id: p.name for p in everything}[project_id] == new_name

    with pytest.raises(APIError) as duplicate:
        await run(client.projects.create(name=new_name, language="Py"))
    assert duplicate.value.operation == "createProject"
    assert any("already exists" in error for error in duplicate.value.errors), duplicate.value.errors

    await run(client.projects.delete(project_id=project_id))
    with pytest.raises(NotFoundError) as failure:
        await run(client.projects.read(project_id=project_id))
    assert not isinstance(failure.value, AuthenticationError)
    assert (failure.value.operation, failure.value.status_code) == ("readProject", 200)
    [error] = failure.value.errors
    assert "Project not found" in error and str(project_id) in error
    assert "readProject" in str(failure.value) and error in str(failure.value)
    remaining = await run(client.projects.read())
    assert project_id not in {p.project_id for p in remaining}


# ----- files --------------------------------------------------------------------------------------------------------


async def read_files(client: AnyClient, project_id: int) -> dict[str, str]:
    """Every file of the project, name to content."""
    return {f.name: f.content for f in await run(client.files.read(project_id=project_id))}


async def read_one_file(client: AnyClient, project_id: int, name: str) -> ProjectFile:
    [file] = await run(client.files.read(project_id=project_id, name=name))
    assert file.name == name
    return file


async def assert_no_file(client: AnyClient, project_id: int, name: str) -> None:
    with pytest.raises(NotFoundError) as failure:
        await run(client.files.read(project_id=project_id, name=name))
    assert failure.value.operation == "readFile"
    assert any("File not found" in error and name in error for error in failure.value.errors), failure.value.errors


async def test_files(client: AnyClient, project: int) -> None:
    # A new Python project starts with a template main.py, so creating one is refused until it is deleted.
    assert list(await read_files(client, project)) == ["main.py"]
    with pytest.raises(APIError) as exists:
        await run(client.files.create(project_id=project, name="main.py", content=ALGORITHM))
    assert exists.value.operation == "createFile"
    assert any("already exists" in error for error in exists.value.errors), exists.value.errors
    await run(client.files.delete(project_id=project, name="main.py"))
    await assert_no_file(client, project, "main.py")

    main = await run(client.files.create(project_id=project, name="main.py", content=ALGORITHM))
    assert (main.name, main.content, main.project_id) == ("main.py", ALGORITHM, project)
    signals = "FAST, SLOW = 10, 20\n"
    await run(client.files.create(project_id=project, name="signals.py", content=signals))

    assert (await read_one_file(client, project, "main.py")).content == ALGORITHM
    assert await read_files(client, project) == {"main.py": ALGORITHM, "signals.py": signals}

    # updateFile, shape 1: a rename (moving the file into a folder).
    await run(client.files.update(project_id=project, name="signals.py", new_name="utils/signals.py"))
    await assert_no_file(client, project, "signals.py")
    assert (await read_one_file(client, project, "utils/signals.py")).content == signals
    assert await read_files(client, project) == {"main.py": ALGORITHM, "utils/signals.py": signals}

    # updateFile, shape 2: new content.
    rewritten = "FAST, SLOW = 12, 26\n"
    await run(client.files.update(project_id=project, name="utils/signals.py", content=rewritten))
    assert (await read_one_file(client, project, "utils/signals.py")).content == rewritten

    # patchFile: exactly the change the diff describes, and nothing else.
    await run(client.files.patch(project_id=project, patch=CASH_PATCH))
    patched = ALGORITHM.replace("self.set_cash(100000)", "self.set_cash(50000)")
    assert patched != ALGORITHM
    assert await read_files(client, project) == {"main.py": patched, "utils/signals.py": rewritten}
    # The same diff no longer applies (line 10 changed): refused, and the file stays as it is.
    with pytest.raises(APIError) as stale:
        await run(client.files.patch(project_id=project, patch=CASH_PATCH))
    assert stale.value.operation == "patchFile"
    assert any("does not apply" in error for error in stale.value.errors), stale.value.errors
    assert (await read_one_file(client, project, "main.py")).content == patched

    await run(client.files.delete(project_id=project, name="utils/signals.py"))
    await assert_no_file(client, project, "utils/signals.py")
    assert await read_files(client, project) == {"main.py": patched}


async def test_low_level_update_file_answers_the_changed_file(server: Server, mode: str, project: int) -> None:
    """updateFile's raw answer carries the renamed or rewritten file (QuantConnect's files.update returns None)."""
    async with low_level(server, mode) as api:
        renamed = await api(update_file, UpdateFileNameRequest(project, "main.py", "algorithm.py"))
        rewritten = await api(update_file, UpdateFileContentsRequest(project, "algorithm.py", ALGORITHM))

    # UpdateFileResponse.files is optional (a rename may answer with the envelope alone); the mock sends it.
    assert renamed.success and not isinstance(renamed.files, Unset)
    assert [f.name for f in renamed.files] == ["algorithm.py"]
    assert rewritten.success and not isinstance(rewritten.files, Unset)
    assert [(f.name, f.content) for f in rewritten.files] == [("algorithm.py", ALGORITHM)]


# ----- compiles -----------------------------------------------------------------------------------------------------


async def compile_main(client: AnyClient, project_id: int, source: str) -> tuple[str, ReadCompileResponse]:
    """Replace main.py with `source`, compile, and read the compile until it is no longer queued."""
    await run(client.files.update(project_id=project_id, name="main.py", content=source))
    queued = await run(client.compile.create(project_id=project_id))
    assert (queued.state, queued.project_id) == ("InQueue", project_id)
    compile_id = queued.compile_id

    async def read_compile_once() -> ReadCompileResponse:
        return await run(client.compile.read(project_id=project_id, compile_id=compile_id))

    done = await poll(read_compile_once, lambda answer: answer.state != "InQueue")
    assert done.compile_id == compile_id
    return compile_id, done


async def test_compile_succeeds(client: AnyClient, project: int) -> None:
    queued = await run(client.compile.create(project_id=project))
    assert queued.compile_id

    compile_id, done = await compile_main(client, project, ALGORITHM)

    assert compile_id != queued.compile_id, "a new compile of the new code"
    assert done.state == "BuildSuccess"
    assert str(project) in done.logs[0] and compile_id in done.logs[0]
    assert done.logs[-1] == "Build Success."


async def test_compile_of_a_syntax_error_fails_naming_the_line(client: AnyClient, project: int) -> None:
    compile_id, done = await compile_main(client, project, BROKEN_ALGORITHM)

    assert done.state == "BuildError"
    errors = [line for line in done.logs if "Build Error" in line]
    assert len(errors) == 1, done.logs
    assert "File: main.py" in errors[0] and f"Line: {BROKEN_LINE} " in errors[0], errors
    assert "SyntaxError" in errors[0]
    with pytest.raises(APIError) as refused:
        await run(client.backtests.create(project_id=project, compile_id=compile_id, backtest_name="never runs"))
    assert refused.value.operation == "createBacktest"
    assert any("build error" in error for error in refused.value.errors), refused.value.errors


async def test_compile_detects_hard_coded_parameters(client: AnyClient, project: int) -> None:
    await run(client.files.update(project_id=project, name="main.py", content=ALGORITHM))
    queued = await run(client.compile.create(project_id=project))
    assert isinstance(queued.parameters, list), "the compile lists the values that could be parameters"
    [hints] = queued.parameters
    assert hints.file == "main.py"
    assert isinstance(hints.parameters, list)
    assert SET_CASH_LINE in {detail.line for detail in hints.parameters}


# ----- a backtest and its results -----------------------------------------------------------------------------------


def results_stored(backtest: BacktestResult) -> bool:
    """Completed, with its results: the platform may answer `completed` a moment before it stored them."""
    return backtest.completed and backtest.total_performance is not None


async def test_backtest_results(client: AnyClient, mode: str, project: int) -> None:
    compile_id, compiled = await compile_main(client, project, ALGORITHM)
    assert compiled.state == "BuildSuccess"

    name = f"E2E backtest {mode}"
    parameters = CreateBacktestRequestParameters.from_dict(PARAMETERS)
    created = await run(
        client.backtests.create(project_id=project, compile_id=compile_id, backtest_name=name, parameters=parameters)
    )
    assert (created.name, created.project_id, created.completed) == (name, project, False)
    read = ReadBacktestRequest(project, created.backtest_id)

    async def read_backtest_once() -> BacktestResult:
        return await run(client.backtests.read(read))

    backtest = await poll(read_backtest_once, results_stored)
    assert (backtest.status, backtest.progress) == ("Completed.", 1)
    assert isinstance(backtest.parameter_set, ParameterSet)
    assert dict(backtest.parameter_set) == {key: str(value) for key, value in PARAMETERS.items()}
    assert isinstance(backtest.statistics, StatisticsResult)
    statistics = backtest.statistics.to_dict()
    total_orders = int(statistics["Total Orders"])
    assert total_orders > ORDERS_PAGE, "enough orders for several pages"

    await check_chart(client, read, backtest, float(statistics["End Equity"]))
    order_times = await read_all_orders(client, read, total_orders)
    await check_insights(client, read, order_times)
    await check_report(client, read, name)


async def check_chart(
    client: AnyClient, read: ReadBacktestRequest, backtest: BacktestResult, end_equity: float
) -> None:
    assert backtest.backtest_start is not None and backtest.backtest_end is not None, "a completed backtest ran"
    start, end = int(backtest.backtest_start.timestamp()), int(backtest.backtest_end.timestamp())
    body = ReadBacktestChartRequest(read.project_id, read.backtest_id, CHART, count=50, start=start, end=end)

    # The platform prepares a sampled chart on the first request: that answer is "loading", without a chart.
    first = await run(client.backtests.read_chart(body))
    assert first.success
    assert first.status == "loading"
    assert not isinstance(first.progress, Unset) and 0 <= first.progress <= 1
    assert isinstance(first.chart, Unset)

    async def read_chart_once() -> ReadChartResponse:
        return await run(client.backtests.read_chart(body))

    answer = await poll(read_chart_once, lambda a: not isinstance(a.chart, Unset))
    assert isinstance(answer.status, Unset), "no status once the chart is sent"
    chart = answer.chart
    assert isinstance(chart, Chart)
    assert chart.name == CHART
    assert isinstance(chart.series, ChartSeries)
    assert "Equity" in chart.series
    points = chart.series["Equity"].values
    assert isinstance(points, list)
    assert 2 <= len(points) <= 50 + 1, "sampled to about `count` points"
    times = []
    for point in points:
        assert isinstance(point, list), point
        at = point[0]
        assert at is not None, point
        times.append(at)
    assert times == sorted(times) and start <= times[0] and times[-1] <= end
    last = points[-1]
    assert isinstance(last, list)
    assert last[-1] == pytest.approx(end_equity), "the curve closes at the statistics' End Equity"


async def read_all_orders(client: AnyClient, read: ReadBacktestRequest, total: int) -> list[datetime.datetime]:
    """Every order, page by page (each page's `length` is the total, only the last page is short); their times."""
    order_ids: list[int] = []
    times: list[datetime.datetime] = []
    start = 0
    while True:
        page = await run(
            client.backtests.read_orders(
                project_id=read.project_id, backtest_id=read.backtest_id, start=start, end=start + ORDERS_PAGE
            )
        )
        assert page.length == total
        assert len(page.orders) == min(ORDERS_PAGE, total - start)
        for order in page.orders:
            assert isinstance(order.symbol, Symbol) and order.symbol.value == "SPY", order
            assert isinstance(order.time, datetime.datetime), order
            order_ids.append(order.id)
            times.append(order.time)
        if len(page.orders) < ORDERS_PAGE:
            break
        start += ORDERS_PAGE
    assert len(order_ids) == total, "as many orders as the statistics' Total Orders"
    assert order_ids == list(range(1, total + 1)), "no order skipped or repeated across pages"
    assert times == sorted(times)
    return times


async def check_insights(client: AnyClient, read: ReadBacktestRequest, order_times: list[datetime.datetime]) -> None:
    answer = await run(
        client.backtests.read_insights(project_id=read.project_id, backtest_id=read.backtest_id, start=0, end=100)
    )
    assert answer.length == len(answer.insights) > 0
    first_order, last_order = order_times[0].timestamp(), order_times[-1].timestamp()
    for insight in answer.insights:
        assert (insight.ticker, insight.score_final) == ("SPY", True)
        generated, closes = insight.generated_time, insight.close_time
        assert isinstance(generated, int) and isinstance(closes, int), insight
        assert first_order - 3600 <= generated < closes <= last_order, insight


async def check_report(client: AnyClient, read: ReadBacktestRequest, name: str) -> None:
    # The first request starts building the report: `generating`, no report yet.
    first = await run(client.backtests.read_report(project_id=read.project_id, backtest_id=read.backtest_id))
    assert (first.success, first.generating) == (True, True)
    assert isinstance(first.report, Unset)

    async def read_report_once() -> BacktestReportResponse:
        return await run(client.backtests.read_report(project_id=read.project_id, backtest_id=read.backtest_id))

    answer = await poll(read_report_once, lambda a: a.generating is not True)
    report = answer.report
    assert isinstance(report, str)
    assert report.startswith("<!DOCTYPE html>") and report.rstrip().endswith("</html>")
    assert f"<title>{name}</title>" in report
    assert "Sharpe Ratio" in report
