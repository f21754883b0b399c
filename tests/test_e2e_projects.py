"""End to end: the cloud workflow of projects, files, compiles and a backtest's results, over real HTTP.

The generated client, configured by auth_plugin.create_client, talks to `python -m mock_server` running as a
subprocess; nothing in httpx is patched. Every test runs twice, once through the sync functions and once through
the async ones (the `api` fixture).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from quantconnect_client.api.backtests import (
    create_backtest,
    read_backtest,
    read_backtest_chart,
    read_backtest_insights,
    read_backtest_orders,
    read_backtest_report,
)
from quantconnect_client.api.compile_ import create_compile, read_compile
from quantconnect_client.api.files import create_file, delete_file, patch_file, read_file, update_file
from quantconnect_client.api.projects import create_project, delete_project, read_project, update_project
from quantconnect_client.models import (
    BacktestReportRequest,
    BacktestReportResponse,
    BacktestResult,
    BacktestStatus,
    ChartLoadingStatus,
    CompileState,
    CreateBacktestRequest,
    CreateBacktestRequestParameters,
    CreateCompileRequest,
    CreateProjectFileRequest,
    CreateProjectRequest,
    DeleteFileRequest,
    DeleteProjectRequest,
    Order,
    PatchFileRequest,
    ProjectFile,
    ProjectLanguage,
    ReadBacktestChartRequest,
    ReadBacktestInsightsRequest,
    ReadBacktestOrdersRequest,
    ReadBacktestRequest,
    ReadChartResponse,
    ReadCompileRequest,
    ReadCompileResponse,
    ReadFilesRequest,
    ReadProjectRequest,
    UpdateFileContentsRequest,
    UpdateFileNameRequest,
    UpdateProjectRequest,
)
from quantconnect_client.types import Unset

from auth_plugin import APIError, AuthenticationError
from tests._e2e import FAST_TIMINGS, MODES, Api, Server, given, make_api, poll, running_server

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
    with running_server(*FAST_TIMINGS) as started:
        yield started


@pytest.fixture(params=MODES)
def api(request: pytest.FixtureRequest, server: Server) -> Api:
    return make_api(server, request.param)


def unique_name(api: Api, what: str) -> str:
    """Project names are unique per account: one per test and mode."""
    return f"E2E/{what} {api.mode} {uuid.uuid4().hex[:8]}"


@pytest.fixture
async def project(api: Api, request: pytest.FixtureRequest) -> AsyncIterator[int]:
    """A new Python project (with the platform's template main.py), deleted afterwards."""
    created = await api(create_project, CreateProjectRequest(unique_name(api, request.node.name), ProjectLanguage.PY))
    project_id = given(created.projects)[0].project_id
    yield project_id
    with contextlib.suppress(APIError):
        await api(delete_project, DeleteProjectRequest(project_id))


# ----- projects -----------------------------------------------------------------------------------------------------


async def test_project_lifecycle(api: Api, server: Server) -> None:
    name = unique_name(api, "Project")
    created = await api(create_project, CreateProjectRequest(name, ProjectLanguage.PY))
    assert created.success
    [new] = given(created.projects)
    project_id = new.project_id
    assert (new.name, new.language) == (name, ProjectLanguage.PY)

    read = ReadProjectRequest(project_id=project_id)
    [one] = given((await api(read_project, read)).projects)
    assert (one.project_id, one.name, one.language) == (project_id, name, ProjectLanguage.PY)
    assert one.created <= one.modified

    # Without a project id the operation lists every project; the body is still an (empty) object.
    listed = await api(read_project, ReadProjectRequest())
    ids = [p.project_id for p in given(listed.projects)]
    assert {server.project_id, project_id} <= set(ids)
    assert given(listed.versions), "the answer lists the LEAN versions"
    position = ids.index(project_id)
    sliced = await api(read_project, ReadProjectRequest(start=position, end=position + 1))
    assert [p.project_id for p in given(sliced.projects)] == [project_id]

    new_name, description = f"{name} renamed", "EMA cross on SPY, end-to-end test."
    updated = await api(update_project, UpdateProjectRequest(project_id, name=new_name, description=description))
    assert updated.success
    [renamed] = given((await api(read_project, read)).projects)
    assert (renamed.name, renamed.description) == (new_name, description)
    everything = given((await api(read_project, ReadProjectRequest())).projects)
    assert {p.project_id: p.name for p in everything}[project_id] == new_name

    with pytest.raises(APIError) as duplicate:
        await api(create_project, CreateProjectRequest(new_name, ProjectLanguage.PY))
    assert duplicate.value.operation == "projects/create"
    assert any("already exists" in error for error in duplicate.value.errors), duplicate.value.errors

    deleted = await api(delete_project, DeleteProjectRequest(project_id))
    assert deleted.success
    with pytest.raises(APIError) as failure:
        await api(read_project, read)
    assert not isinstance(failure.value, AuthenticationError)
    assert (failure.value.operation, failure.value.status_code) == ("projects/read", 200)
    [error] = failure.value.errors
    assert "Project not found" in error and str(project_id) in error
    assert "projects/read" in str(failure.value) and error in str(failure.value)
    remaining = given((await api(read_project, ReadProjectRequest())).projects)
    assert project_id not in {p.project_id for p in remaining}


# ----- files --------------------------------------------------------------------------------------------------------


async def read_files(api: Api, project_id: int) -> dict[str, str]:
    """Every file of the project, name to content."""
    files = given((await api(read_file, ReadFilesRequest(project_id))).files)
    return {f.name: f.content for f in files}


async def read_one_file(api: Api, project_id: int, name: str) -> ProjectFile:
    [file] = given((await api(read_file, ReadFilesRequest(project_id, name=name))).files)
    assert file.name == name
    return file


async def assert_no_file(api: Api, project_id: int, name: str) -> None:
    with pytest.raises(APIError) as failure:
        await api(read_file, ReadFilesRequest(project_id, name=name))
    assert failure.value.operation == "files/read"
    assert any("File not found" in error and name in error for error in failure.value.errors), failure.value.errors


async def test_files(api: Api, project: int) -> None:
    # A new Python project starts with a template main.py, so creating one is refused until it is deleted.
    assert list(await read_files(api, project)) == ["main.py"]
    with pytest.raises(APIError) as exists:
        await api(create_file, CreateProjectFileRequest(project, "main.py", content=ALGORITHM))
    assert exists.value.operation == "files/create"
    assert any("already exists" in error for error in exists.value.errors), exists.value.errors
    assert (await api(delete_file, DeleteFileRequest(project, "main.py"))).success
    await assert_no_file(api, project, "main.py")

    created = await api(create_file, CreateProjectFileRequest(project, "main.py", content=ALGORITHM))
    [main] = given(created.files)
    assert (main.name, main.content, main.project_id) == ("main.py", ALGORITHM, project)
    signals = "FAST, SLOW = 10, 20\n"
    assert (await api(create_file, CreateProjectFileRequest(project, "signals.py", content=signals))).success

    assert (await read_one_file(api, project, "main.py")).content == ALGORITHM
    assert await read_files(api, project) == {"main.py": ALGORITHM, "signals.py": signals}

    # updateFile, shape 1: a rename (moving the file into a folder).
    renamed = await api(update_file, UpdateFileNameRequest(project, "signals.py", "utils/signals.py"))
    assert [(f.name, f.content) for f in given(renamed.files)] == [("utils/signals.py", signals)]
    await assert_no_file(api, project, "signals.py")
    assert await read_files(api, project) == {"main.py": ALGORITHM, "utils/signals.py": signals}

    # updateFile, shape 2: new content.
    rewritten = "FAST, SLOW = 12, 26\n"
    answer = await api(update_file, UpdateFileContentsRequest(project, "utils/signals.py", rewritten))
    assert [f.content for f in given(answer.files)] == [rewritten]
    assert (await read_one_file(api, project, "utils/signals.py")).content == rewritten

    # patchFile: exactly the change the diff describes, and nothing else.
    assert (await api(patch_file, PatchFileRequest(project, CASH_PATCH))).success
    patched = ALGORITHM.replace("self.set_cash(100000)", "self.set_cash(50000)")
    assert patched != ALGORITHM
    assert await read_files(api, project) == {"main.py": patched, "utils/signals.py": rewritten}
    # The same diff no longer applies (line 10 changed): refused, and the file stays as it is.
    with pytest.raises(APIError) as stale:
        await api(patch_file, PatchFileRequest(project, CASH_PATCH))
    assert stale.value.operation == "files/patch"
    assert any("does not apply" in error for error in stale.value.errors), stale.value.errors
    assert (await read_one_file(api, project, "main.py")).content == patched

    assert (await api(delete_file, DeleteFileRequest(project, "utils/signals.py"))).success
    await assert_no_file(api, project, "utils/signals.py")
    assert await read_files(api, project) == {"main.py": patched}


# ----- compiles -----------------------------------------------------------------------------------------------------


async def compile_main(api: Api, project_id: int, source: str) -> tuple[str, ReadCompileResponse]:
    """Replace main.py with `source`, compile, and read the compile until it is no longer queued."""
    assert (await api(update_file, UpdateFileContentsRequest(project_id, "main.py", source))).success
    queued = await api(create_compile, CreateCompileRequest(project_id))
    assert (queued.state, queued.project_id) == (CompileState.INQUEUE, project_id)
    compile_id = given(queued.compile_id)
    read = ReadCompileRequest(project_id, compile_id)

    async def read_compile_once() -> ReadCompileResponse:
        return await api(read_compile, read)

    done = await poll(read_compile_once, lambda answer: answer.state != CompileState.INQUEUE)
    assert done.compile_id == compile_id
    return compile_id, done


async def test_compile_succeeds(api: Api, project: int) -> None:
    queued = await api(create_compile, CreateCompileRequest(project))
    assert given(queued.compile_id)

    compile_id, done = await compile_main(api, project, ALGORITHM)

    assert compile_id != queued.compile_id, "a new compile of the new code"
    assert done.state == CompileState.BUILDSUCCESS
    logs = given(done.logs)
    assert str(project) in logs[0] and compile_id in logs[0]
    assert logs[-1] == "Build Success."


async def test_compile_of_a_syntax_error_fails_naming_the_line(api: Api, project: int) -> None:
    compile_id, done = await compile_main(api, project, BROKEN_ALGORITHM)

    assert done.state == CompileState.BUILDERROR
    errors = [line for line in given(done.logs) if "Build Error" in line]
    assert len(errors) == 1, done.logs
    assert "File: main.py" in errors[0] and f"Line: {BROKEN_LINE} " in errors[0], errors
    assert "SyntaxError" in errors[0]
    with pytest.raises(APIError) as refused:
        await api(create_backtest, CreateBacktestRequest(project, compile_id, "never runs"))
    assert refused.value.operation == "backtests/create"
    assert any("build error" in error for error in refused.value.errors), refused.value.errors


async def test_compile_detects_hard_coded_parameters(api: Api, project: int) -> None:
    assert (await api(update_file, UpdateFileContentsRequest(project, "main.py", ALGORITHM))).success
    queued = await api(create_compile, CreateCompileRequest(project))
    [hints] = given(queued.parameters)
    assert hints.file == "main.py"
    assert SET_CASH_LINE in {given(detail.line) for detail in given(hints.parameters)}


# ----- a backtest and its results -----------------------------------------------------------------------------------


async def test_backtest_results(api: Api, project: int) -> None:
    compile_id, compiled = await compile_main(api, project, ALGORITHM)
    assert compiled.state == CompileState.BUILDSUCCESS

    name = f"E2E backtest {api.mode}"
    parameters = CreateBacktestRequestParameters.from_dict(PARAMETERS)
    created = given((await api(create_backtest, CreateBacktestRequest(project, compile_id, name, parameters))).backtest)
    assert (created.name, created.project_id, created.completed) == (name, project, False)
    read = ReadBacktestRequest(project, created.backtest_id)

    async def read_backtest_once() -> BacktestResult:
        return given((await api(read_backtest, read)).backtest)

    backtest = await poll(read_backtest_once, lambda b: b.completed)
    assert (backtest.status, backtest.progress) == (BacktestStatus.COMPLETED, 1)
    assert given(backtest.parameter_set).to_dict() == {key: str(value) for key, value in PARAMETERS.items()}
    statistics = given(backtest.statistics).to_dict()
    total_orders = int(statistics["Total Orders"])
    assert total_orders > ORDERS_PAGE, "enough orders for several pages"

    await check_chart(api, read, backtest, float(statistics["End Equity"]))
    orders = await read_all_orders(api, read, total_orders)
    await check_insights(api, read, orders)
    await check_report(api, read, name)


async def check_chart(api: Api, read: ReadBacktestRequest, backtest: BacktestResult, end_equity: float) -> None:
    start, end = int(given(backtest.backtest_start).timestamp()), int(given(backtest.backtest_end).timestamp())
    body = ReadBacktestChartRequest(read.project_id, read.backtest_id, CHART, count=50, start=start, end=end)

    # The platform prepares a sampled chart on the first request: that answer is "loading", without a chart.
    first = await api(read_backtest_chart, body)
    assert first.success
    assert first.status == ChartLoadingStatus.LOADING and 0 <= given(first.progress) <= 1
    assert isinstance(first.chart, Unset)

    async def read_chart_once() -> ReadChartResponse:
        return await api(read_backtest_chart, body)

    answer = await poll(read_chart_once, lambda a: not isinstance(a.chart, Unset))
    assert isinstance(answer.status, Unset), "no status once the chart is sent"
    chart = given(answer.chart)
    assert chart.name == CHART
    series = given(chart.series)
    assert "Equity" in series.additional_keys
    points = given(series["Equity"].values)
    assert 2 <= len(points) <= 50 + 1, "sampled to about `count` points"
    times = []
    for point in points:
        assert isinstance(point, list), point
        times.append(given(point[0]))
    assert times == sorted(times) and start <= times[0] and times[-1] <= end
    last = points[-1]
    assert isinstance(last, list)
    assert last[-1] == pytest.approx(end_equity), "the curve closes at the statistics' End Equity"


async def read_all_orders(api: Api, read: ReadBacktestRequest, total: int) -> list[Order]:
    """Every order, page by page; each page's `length` is its size, and only the last page is short."""
    orders: list[Order] = []
    start = 0
    while True:
        body = ReadBacktestOrdersRequest(read.project_id, read.backtest_id, start=start, end=start + ORDERS_PAGE)
        page = await api(read_backtest_orders, body)
        items = given(page.orders)
        assert given(page.length) == len(items)
        assert len(items) == min(ORDERS_PAGE, total - start)
        orders.extend(items)
        if len(items) < ORDERS_PAGE:
            break
        start += ORDERS_PAGE
    assert len(orders) == total, "as many orders as the statistics' Total Orders"
    assert [order.id for order in orders] == list(range(1, total + 1)), "no order skipped or repeated across pages"
    assert all(given(order.symbol).value == "SPY" for order in orders)
    times = [given(order.time) for order in orders]
    assert times == sorted(times)
    return orders


async def check_insights(api: Api, read: ReadBacktestRequest, orders: list[Order]) -> None:
    body = ReadBacktestInsightsRequest(read.project_id, read.backtest_id, start=0, end=100)
    answer = await api(read_backtest_insights, body)
    insights = given(answer.insights)
    assert given(answer.length) == len(insights) > 0
    first_order, last_order = given(orders[0].time).timestamp(), given(orders[-1].time).timestamp()
    for insight in insights:
        assert (insight.ticker, given(insight.score_final)) == ("SPY", True)
        generated, closes = given(insight.generated_time), given(insight.close_time)
        assert first_order - 3600 <= generated < closes <= last_order, insight


async def check_report(api: Api, read: ReadBacktestRequest, name: str) -> None:
    body = BacktestReportRequest(read.project_id, read.backtest_id)

    # The first request starts building the report: `generating`, no report yet.
    first = await api(read_backtest_report, body)
    assert (first.success, first.generating) == (True, True)
    assert isinstance(first.report, Unset)

    async def read_report_once() -> BacktestReportResponse:
        return await api(read_backtest_report, body)

    answer = await poll(read_report_once, lambda a: a.generating is not True)
    report = given(answer.report)
    assert report.startswith("<!DOCTYPE html>") and report.rstrip().endswith("</html>")
    assert f"<title>{name}</title>" in report
    assert "Sharpe Ratio" in report
