"""The demo's story, step by step, through the generated client: project, code, compile, backtest, optimization.

Each function is one part of the seeds' workflows (tests/seeds, /work/shared/seeds); `Demo` carries the client,
the narrator, the polling pace and what has been created, so that whatever the story does not delete itself is
removed at the end, even after a failure.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

import httpx
from demo_text import Narrator, table
from quantconnect_client import Client
from quantconnect_client.api.authentication import authenticate
from quantconnect_client.api.backtests import (
    create_backtest,
    delete_backtest,
    list_backtests,
    read_backtest,
    read_backtest_chart,
    read_backtest_orders,
    update_backtest,
)
from quantconnect_client.api.compile_ import create_compile, read_compile
from quantconnect_client.api.files import create_file, read_file, update_file
from quantconnect_client.api.projects import create_project, delete_project
from quantconnect_client.models import (
    BacktestResult,
    CompileState,
    CreateBacktestRequest,
    CreateCompileRequest,
    CreateProjectFileRequest,
    CreateProjectRequest,
    DeleteBacktestRequest,
    DeleteProjectRequest,
    ListBacktestRequest,
    ProjectLanguage,
    ReadBacktestChartRequest,
    ReadBacktestOrdersRequest,
    ReadBacktestRequest,
    ReadChartResponse,
    ReadCompileRequest,
    ReadFilesRequest,
    UpdateBacktestRequest,
    UpdateFileContentsRequest,
)
from quantconnect_client.types import Unset

from auth_plugin import APIError, QuantConnectError

__all__ = ["MAIN_PY", "Demo", "authenticate_step", "backtest_workflow", "prepare_project", "present"]

T = TypeVar("T")

MAIN_PY = """# region imports
from AlgorithmImports import *
# endregion


class EmaCross(QCAlgorithm):
    \"\"\"Holds SPY while its fast EMA is above its slow EMA; both lengths are optimizable parameters.\"\"\"

    def initialize(self):
        self.set_start_date(2023, 1, 3)
        self.set_end_date(2023, 12, 29)
        self.set_cash(100000)
        self.spy = self.add_equity("SPY", Resolution.DAILY).symbol
        self.fast = self.ema(self.spy, int(self.get_parameter("ema_fast", 100)), Resolution.DAILY)
        self.slow = self.ema(self.spy, int(self.get_parameter("ema_slow", 200)), Resolution.DAILY)

    def on_data(self, data: Slice):
        if self.fast.current.value > self.slow.current.value:
            self.set_holdings(self.spy, 1)
        elif self.portfolio.invested:
            self.liquidate(self.spy)
"""


def present(value: T | Unset | None, what: str) -> T:
    """An optional field the story needs; a clear error when the API left it out."""
    if value is None or isinstance(value, Unset):
        raise RuntimeError(f"the API's answer has no {what}")
    return value


@dataclass
class Demo:
    """What every step needs: the client, the narrator, the polling pace, and the undo list."""

    client: Client
    say: Narrator
    poll_interval: float
    wait_limit: float
    undo: dict[str, tuple[str, Callable[[], object]]] = field(default_factory=dict)

    def created(self, key: str, description: str, remove: Callable[[], object]) -> None:
        """Remember how to remove something the demo made, in case the story ends before it does."""
        self.undo[key] = (description, remove)

    def removed(self, key: str) -> None:
        self.undo.pop(key, None)

    def clean_up(self) -> None:
        """Remove what is left, newest first; report but survive failures (something may already be gone)."""
        if not self.undo:
            return
        self.say.step("Clean up what the demo created")
        for key in reversed(list(self.undo)):
            description, remove = self.undo.pop(key)
            try:
                remove()
                self.say.say(f"deleted {description}")
            except (QuantConnectError, httpx.HTTPError) as exc:
                self.say.say(f"could not delete {description}: {exc}")

    def poll(self, read: Callable[[], T], done: Callable[[T], bool], describe: Callable[[T], str]) -> T:
        """Read until `done`, printing each change of `describe`; fails after `wait_limit` seconds."""
        deadline = time.monotonic() + self.wait_limit
        while True:
            value = read()
            self.say.progress(describe(value))
            if done(value):
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"gave up waiting after {self.wait_limit:g} s")
            time.sleep(self.poll_interval)  # polling a state on the server, not waiting for a server to start


def authenticate_step(demo: Demo) -> None:
    demo.say.step("Authenticate")
    present(authenticate.sync(client=demo.client), "answer")
    demo.say.say("credentials accepted")


def prepare_project(demo: Demo, name: str) -> tuple[int, str]:
    """Create a project, upload main.py and compile it; returns the project and compile ids."""
    demo.say.step(f"Create project {name!r} (Python)")
    created = present(create_project.sync(client=demo.client, body=CreateProjectRequest(name, ProjectLanguage.PY)), "")
    project_id = present(created.projects, "projects")[0].project_id
    demo.created("project", f"project {project_id}", lambda: _delete_project(demo, project_id))
    demo.say.say(f"project id {project_id}")

    demo.say.step("Upload main.py (EMA cross; parameters ema_fast and ema_slow)")
    files = present(read_file.sync(client=demo.client, body=ReadFilesRequest(project_id)), "files").files
    existing = {f.name for f in files} if not isinstance(files, Unset) else set()
    if "main.py" in existing:  # new projects start with a template main.py
        update_file.sync(client=demo.client, body=UpdateFileContentsRequest(project_id, "main.py", MAIN_PY))
        demo.say.say(f"replaced the template main.py ({len(MAIN_PY.splitlines())} lines)")
    else:
        create_file.sync(client=demo.client, body=CreateProjectFileRequest(project_id, "main.py", content=MAIN_PY))
        demo.say.say(f"added main.py ({len(MAIN_PY.splitlines())} lines)")
    return project_id, compile_project(demo, project_id)


def compile_project(demo: Demo, project_id: int) -> str:
    demo.say.step(f"Compile project {project_id}")
    queued = present(create_compile.sync(client=demo.client, body=CreateCompileRequest(project_id)), "compile")
    compile_id = present(queued.compile_id, "compile id")
    demo.say.say(f"compile id {compile_id}")
    request = ReadCompileRequest(project_id, compile_id)
    state = demo.poll(
        lambda: present(read_compile.sync(client=demo.client, body=request), "compile"),
        lambda answer: answer.state != CompileState.INQUEUE,
        lambda answer: f"state {answer.state}",
    )
    if state.state != CompileState.BUILDSUCCESS:
        raise RuntimeError(f"the build failed: {present(state.logs, 'logs')}")
    return compile_id


def _delete_project(demo: Demo, project_id: int) -> None:
    delete_project.sync(client=demo.client, body=DeleteProjectRequest(project_id))


def backtest_workflow(demo: Demo, project_id: int, compile_id: str) -> None:
    """Seeds, backtest management: create, read until done (plus orders and a chart), update, list, delete."""
    name = f"Backtest {int(time.time())}"
    demo.say.step(f"Start backtest {name!r}")
    body = CreateBacktestRequest(project_id, compile_id, name)
    backtest = present(present(create_backtest.sync(client=demo.client, body=body), "").backtest, "backtest")
    backtest_id = backtest.backtest_id
    read = ReadBacktestRequest(project_id, backtest_id)
    demo.created("backtest", f"backtest {backtest_id}", lambda: _delete_backtest(demo, read))
    demo.say.say(f"backtest id {backtest_id}, status {backtest.status}")

    demo.say.step("Wait for the backtest to finish")
    finished = demo.poll(
        lambda: present(present(read_backtest.sync(client=demo.client, body=read), "").backtest, "backtest"),
        lambda result: result.completed,
        # While running the platform's status already says how far it is ("Running: 45%").
        lambda result: str(result.status) if "%" in str(result.status) else f"{result.status} ({result.progress:.0%})",
    )
    demo.say.say("statistics:")
    statistics = present(finished.statistics, "statistics").to_dict()
    demo.say.lines(table(["Statistic", "Value"], list(statistics.items())))

    _orders(demo, read)
    _chart(demo, read, finished)

    demo.say.step("Rename the backtest and add a note")
    new_name, note = f"Backtest_{backtest_id}", "The new backtest name is awesome!"
    update = UpdateBacktestRequest(project_id, backtest_id, name=new_name, note=note)
    update_backtest.sync(client=demo.client, body=update)
    renamed = present(present(read_backtest.sync(client=demo.client, body=read), "").backtest, "backtest")
    demo.say.say(f"name {renamed.name!r}, note {renamed.note!r}")

    demo.say.step("List the project's backtests with statistics")
    listed = present(list_backtests.sync(client=demo.client, body=ListBacktestRequest(project_id, True)), "")
    rows = [
        (b.backtest_id[:12], b.name[:34], b.status, _number(b.sharpe_ratio), _percent(b.net_profit))
        for b in present(listed.backtests, "backtests")
    ]
    demo.say.lines(table(["Backtest", "Name", "Status", "Sharpe", "Net profit"], rows))

    demo.say.step(f"Delete backtest {backtest_id}")
    _delete_backtest(demo, read)
    demo.removed("backtest")
    try:
        read_backtest.sync(client=demo.client, body=read)
        demo.say.say("(the backtest can still be read)")
    except APIError as exc:
        demo.say.say(f"deleted; reading it now fails: {'; '.join(exc.errors) or exc}")


def _delete_backtest(demo: Demo, read: ReadBacktestRequest) -> None:
    delete_backtest.sync(client=demo.client, body=DeleteBacktestRequest(read.project_id, read.backtest_id))


def _orders(demo: Demo, read: ReadBacktestRequest) -> None:
    demo.say.step("Read the backtest's orders")
    body = ReadBacktestOrdersRequest(read.project_id, read.backtest_id, start=0, end=100)
    orders = present(present(read_backtest_orders.sync(client=demo.client, body=body), "").orders, "orders")
    demo.say.say(f"{len(orders)} orders in the first page; the first ones:")
    rows = [
        (
            order.id,
            _when(order.time),
            present(order.symbol, "symbol").value if not isinstance(order.symbol, Unset) else "",
            _number(order.quantity),
            _number(order.price),
        )
        for order in orders[:5]
    ]
    demo.say.lines(table(["Id", "Time", "Symbol", "Quantity", "Price"], rows))


def _chart(demo: Demo, read: ReadBacktestRequest, backtest: BacktestResult) -> None:
    name = "Strategy Equity"
    demo.say.step(f"Read the {name!r} chart")
    start = backtest.backtest_start if isinstance(backtest.backtest_start, datetime) else None
    end = backtest.backtest_end if isinstance(backtest.backtest_end, datetime) else None
    body = ReadBacktestChartRequest(
        read.project_id,
        read.backtest_id,
        name,
        count=100,
        start=int(start.timestamp()) if start else 0,
        end=int(end.timestamp()) if end else int(time.time()),
    )

    def describe(answer: ReadChartResponse) -> str:
        if isinstance(answer.chart, Unset):
            return f"{answer.status} ({_percent(answer.progress)})"
        return "ready"

    chart = demo.poll(
        lambda: present(read_backtest_chart.sync(client=demo.client, body=body), "chart"),
        lambda answer: not isinstance(answer.chart, Unset),
        describe,
    )
    series = present(present(chart.chart, "chart").series, "series")
    for series_name in series.additional_keys:
        values = present(series[series_name].values, "values")
        demo.say.say(f"series {series_name!r}: {len(values)} points, last value {_last_value(values)}")


def _last_value(values: Sequence[object]) -> str:
    with contextlib.suppress(IndexError, AttributeError, TypeError):
        last = values[-1]
        value = last[-1] if isinstance(last, list) else getattr(last, "y", None)
        return _number(value)
    return "-"


def _number(value: object) -> str:
    return f"{value:,.2f}" if isinstance(value, int | float) and not isinstance(value, bool) else "-"


def _percent(value: object) -> str:
    return f"{value:.1%}" if isinstance(value, int | float) and not isinstance(value, bool) else "-"


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else "-"
