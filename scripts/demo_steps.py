"""The demo's story, step by step, through `QuantConnect`: project, code, compile, backtest, optimization.

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

from demo_text import Narrator, table
from quantconnect_client import NotFoundError, QuantConnect, QuantConnectError
from quantconnect_client.models import BacktestResult, Order, ReadChartResponse

__all__ = ["MAIN_PY", "Demo", "authenticate_step", "backtest_workflow", "compile_project", "prepare_project"]

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


@dataclass
class Demo:
    """What every step needs: the client, the narrator, the polling pace, and the undo list."""

    client: QuantConnect
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
            except QuantConnectError as exc:
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
    demo.client.authenticate()
    demo.say.say("credentials accepted")


def prepare_project(demo: Demo, name: str) -> tuple[int, str]:
    """Create a project, upload main.py and compile it; returns the project and compile ids."""
    client = demo.client
    demo.say.step(f"Create project {name!r} (Python)")
    project_id = client.projects.create(name=name, language="Py").project_id
    demo.created("project", f"project {project_id}", lambda: client.projects.delete(project_id=project_id))
    demo.say.say(f"project id {project_id}")

    demo.say.step("Upload main.py (EMA cross; parameters ema_fast and ema_slow)")
    if any(file.name == "main.py" for file in client.files.read(project_id=project_id)):
        # New projects start with a template main.py.
        client.files.update(project_id=project_id, name="main.py", content=MAIN_PY)
        demo.say.say(f"replaced the template main.py ({len(MAIN_PY.splitlines())} lines)")
    else:
        client.files.create(project_id=project_id, name="main.py", content=MAIN_PY)
        demo.say.say(f"added main.py ({len(MAIN_PY.splitlines())} lines)")
    return project_id, compile_project(demo, project_id)


def compile_project(demo: Demo, project_id: int) -> str:
    demo.say.step(f"Compile project {project_id}")
    compile_id = demo.client.compile.create(project_id=project_id).compile_id
    demo.say.say(f"compile id {compile_id}")
    compiled = demo.poll(
        lambda: demo.client.compile.read(project_id=project_id, compile_id=compile_id),
        lambda answer: answer.state != "InQueue",
        lambda answer: f"state {answer.state}",
    )
    if compiled.state != "BuildSuccess":
        raise RuntimeError(f"the build failed: {compiled.logs}")
    return compile_id


def backtest_workflow(demo: Demo, project_id: int, compile_id: str) -> None:
    """Seeds, backtest management: create, read until done (plus orders and a chart), update, list, delete."""
    backtests = demo.client.backtests
    name = f"Backtest {int(time.time())}"
    demo.say.step(f"Start backtest {name!r}")
    backtest = backtests.create(project_id=project_id, compile_id=compile_id, backtest_name=name)
    backtest_id = backtest.backtest_id

    def delete() -> None:
        backtests.delete(project_id=project_id, backtest_id=backtest_id)

    demo.created("backtest", f"backtest {backtest_id}", delete)
    demo.say.say(f"backtest id {backtest_id}, status {backtest.status}")

    demo.say.step("Wait for the backtest to finish")
    finished = demo.poll(
        lambda: backtests.read(project_id=project_id, backtest_id=backtest_id),
        _finished,
        # While running the platform's status already says how far it is ("Running: 45%").
        lambda result: result.status if "%" in result.status else f"{result.status} ({result.progress:.0%})",
    )
    demo.say.say("statistics:")
    statistics = finished.statistics.to_dict() if finished.statistics else {}
    demo.say.lines(table(["Statistic", "Value"], list(statistics.items())))

    _orders(demo, project_id, backtest_id)
    _chart(demo, project_id, finished)

    demo.say.step("Rename the backtest and add a note")
    new_name, note = f"Backtest_{backtest_id}", "The new backtest name is awesome!"
    backtests.update(project_id=project_id, backtest_id=backtest_id, name=new_name, note=note)
    renamed = backtests.read(project_id=project_id, backtest_id=backtest_id)
    demo.say.say(f"name {renamed.name!r}, note {renamed.note!r}")

    demo.say.step("List the project's backtests with statistics")
    rows = [
        (b.backtest_id[:12], b.name[:34], b.status, _number(b.sharpe_ratio), _percent(b.net_profit))
        for b in backtests.list(project_id=project_id, include_statistics=True)
    ]
    demo.say.lines(table(["Backtest", "Name", "Status", "Sharpe", "Net profit"], rows))

    demo.say.step(f"Delete backtest {backtest_id}")
    delete()
    demo.removed("backtest")
    try:
        backtests.read(project_id=project_id, backtest_id=backtest_id)
        demo.say.say("(the backtest can still be read)")
    except NotFoundError as exc:
        demo.say.say(f"deleted; reading it now fails: {'; '.join(exc.errors) or exc}")


def _finished(result: BacktestResult) -> bool:
    """Completed, and (unless it failed) with its results stored.

    The platform can mark a backtest completed a moment before its results are stored (`totalPerformance`
    still null, `statistics` `[]`; see BacktestResult in openapi.yaml): such a read is not the end yet.
    """
    return result.completed and (result.total_performance is not None or result.status != "Completed.")


def _orders(demo: Demo, project_id: int, backtest_id: str) -> None:
    demo.say.step("Read the backtest's orders")
    page = demo.client.backtests.read_orders(project_id=project_id, backtest_id=backtest_id, start=0, end=100)
    demo.say.say(f"{len(page.orders)} orders in the first page; the first ones:")
    rows = [
        (order.id, _when(order.time), _ticker(order), _number(order.quantity), _number(order.price))
        for order in page.orders[:5]
    ]
    demo.say.lines(table(["Id", "Time", "Symbol", "Quantity", "Price"], rows))


def _chart(demo: Demo, project_id: int, backtest: BacktestResult) -> None:
    name = "Strategy Equity"
    demo.say.step(f"Read the {name!r} chart")
    start, end = backtest.backtest_start, backtest.backtest_end

    def read() -> ReadChartResponse:
        return demo.client.backtests.read_chart(
            project_id=project_id,
            backtest_id=backtest.backtest_id,
            name=name,
            count=100,
            start=int(start.timestamp()) if start else 0,
            end=int(end.timestamp()) if end else int(time.time()),
        )

    # Until the platform has sampled the chart the answer has no chart, only a status and a progress.
    answer = demo.poll(
        read,
        lambda answer: bool(answer.chart),
        lambda answer: "ready" if answer.chart else f"{answer.status} ({_percent(answer.progress)})",
    )
    series = answer.chart.series if answer.chart and answer.chart.series else {}
    for series_name, points in series.items():
        values = points.values or []
        demo.say.say(f"series {series_name!r}: {len(values)} points, last value {_last_value(values)}")


def _ticker(order: Order) -> str:
    return (order.symbol.value if order.symbol else "") or "-"


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
