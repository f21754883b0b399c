"""The demo's story, step by step, through `QuantConnect`: project, code, compile, backtest, optimization.

Each function is one part of the seeds' workflows (tests/seeds, /work/shared/seeds); `Demo` carries the client,
the narrator, the polling pace and what has been created, so that whatever the story does not delete itself is
removed at the end, even after a failure. The compile, backtest and optimization waits are the client's own
(`wait`, `create_and_wait`, with `on_progress` feeding the narrator's progress display).
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from quantconnect_client import NotFoundError, Progress, QuantConnect, QuantConnectError
from quantconnect_client.models import BacktestResult, Order, ReadChartResponse

from auth_plugin.waiting import lean_cli_schedule

from .demo_text import Narrator, Tracker

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
    poll: Callable[[], Iterable[float]] | None
    """Fresh delays between reads for each wait; None for the client's default (lean-cli's schedule)."""
    wait_limit: float
    """Seconds any one wait may take (the waiters' `timeout`)."""
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

    def delays(self) -> Iterator[float]:
        """The delays between reads of one wait, as the waiters use them."""
        return iter(self.poll()) if self.poll is not None else lean_cli_schedule()

    def watch(self, read: Callable[[], T], done: Callable[[T], bool], show: Callable[[T], None]) -> T:
        """Read until `done`, showing each answer, on the waiters' schedule; for reads the client has no waiter for.

        The chart has no `x-qc-wait`, and `optimizations.wait` can neither stop early nor report backtest counts
        (it calls `on_progress` on status changes only), so those two waits are read here.
        """
        deadline = time.monotonic() + self.wait_limit
        delays = self.delays()
        while True:
            value = read()
            show(value)
            if done(value):
                return value
            delay = next(delays, None)
            if delay is None or time.monotonic() + delay > deadline:
                raise TimeoutError(f"gave up waiting after {self.wait_limit:g} s")
            time.sleep(delay)  # polling a state on the server, not waiting for a server to start


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
    """Compile and wait for the build; a failed build raises CompileError (its `logs` are the build log)."""
    demo.say.step(f"Compile project {project_id}")
    with demo.say.waiting("compile") as bar:
        compiled = demo.client.compile.create_and_wait(
            project_id=project_id,
            timeout=demo.wait_limit,
            poll=demo.delays(),
            on_progress=lambda progress: bar.show(f"state {progress.status}"),
        )
    demo.say.say(f"compile id {compiled.compile_id}")
    return compiled.compile_id


def backtest_workflow(demo: Demo, project_id: int, compile_id: str) -> None:
    """Seeds, backtest management: create, wait (plus orders and a chart), update, list, delete."""
    backtests = demo.client.backtests
    name = f"Backtest {int(time.time())}"
    demo.say.step(f"Start backtest {name!r}")
    # create, then wait (not create_and_wait): the backtest is known, and cleaned up, even if the wait fails.
    backtest = backtests.create(project_id=project_id, compile_id=compile_id, backtest_name=name)
    backtest_id = backtest.backtest_id

    def delete() -> None:
        backtests.delete(project_id=project_id, backtest_id=backtest_id)

    demo.created("backtest", f"backtest {backtest_id}", delete)
    demo.say.say(f"backtest id {backtest_id}, status {backtest.status}")

    demo.say.step("Wait for the backtest to finish")
    with demo.say.waiting("backtest") as bar:
        finished = backtests.wait(
            project_id=project_id,
            backtest_id=backtest_id,
            timeout=demo.wait_limit,
            poll=demo.delays(),
            on_progress=lambda progress: _show_backtest(bar, progress),
        )
    statistics = finished.statistics.to_dict() if finished.statistics else {}
    demo.say.table(["Statistic", "Value"], list(statistics.items()), title="statistics:")

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
    demo.say.table(["Backtest", "Name", "Status", "Sharpe", "Net profit"], rows)

    demo.say.step(f"Delete backtest {backtest_id}")
    delete()
    demo.removed("backtest")
    try:
        backtests.read(project_id=project_id, backtest_id=backtest_id)
        demo.say.say("(the backtest can still be read)")
    except NotFoundError as exc:
        demo.say.say(f"deleted; reading it now fails: {'; '.join(exc.errors) or exc}")


def _show_backtest(bar: Tracker, progress: Progress[BacktestResult]) -> None:
    """`Running: 45%` as the platform says it; otherwise the status and the share done."""
    status = progress.status if "%" in progress.status else f"{progress.status} ({_percent(progress.progress, 0)})"
    result = progress.result
    if isinstance(result, BacktestResult) and result.completed and result.total_performance is None:
        # The platform can mark a backtest completed a moment before its results are stored (lean-cli #532);
        # the waiter reads again until they are.
        status += ", results not stored yet: reading again"
    bar.show(status, progress.progress, 1.0)


def _orders(demo: Demo, project_id: int, backtest_id: str) -> None:
    demo.say.step("Read the backtest's orders")
    orders = demo.client.backtests.iter_orders(project_id=project_id, backtest_id=backtest_id)
    first = list(itertools.islice(orders, 5))
    demo.say.say(f"{orders.length} orders in all; the first {len(first)}:")
    rows = [
        (order.id, _when(order.time), _ticker(order), _number(order.quantity), _number(order.price)) for order in first
    ]
    demo.say.table(["Id", "Time", "Symbol", "Quantity", "Price"], rows)


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

    def show(answer: ReadChartResponse) -> None:
        if answer.chart:
            bar.show("ready", 1.0, 1.0)
        else:
            bar.show(f"{answer.status} ({_percent(answer.progress)})", _fraction(answer.progress), 1.0)

    # Until the platform has sampled the chart the answer has no chart, only a status and a progress.
    with demo.say.waiting("chart") as bar:
        answer = demo.watch(read, lambda answer: bool(answer.chart), show)
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


def _fraction(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _number(value: object) -> str:
    return f"{value:,.2f}" if isinstance(value, int | float) and not isinstance(value, bool) else "-"


def _percent(value: object, digits: int = 1) -> str:
    return f"{value:.{digits}%}" if isinstance(value, int | float) and not isinstance(value, bool) else "-"


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else "-"
