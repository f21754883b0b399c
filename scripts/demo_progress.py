"""How `make demo` tells its story on a terminal: rich progress bars for the waits, rich tables for the results.

`narrator_for(out)` gives a `RichNarrator` when `out` is a terminal rich can draw on, else the plain one of
scripts/demo_text.py, so that a pipe, `make test` or CI gets plain lines without escape codes or redraws.
rich is a dependency of the demo (the `demo` extra), not of the client.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from rich import box
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    Task,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Column, Table
from rich.text import Text

from .demo_text import Narrator, PlainNarrator, Tracker, numeric_columns

__all__ = ["RichNarrator", "narrator_for"]


def narrator_for(out: TextIO, plain: bool = False) -> Narrator:
    """Progress bars and tables on a terminal; plain lines when `out` is not one (or `plain` is asked for)."""
    if not plain and out.isatty():
        console = Console(file=out, highlight=False)
        if console.is_terminal and not console.is_dumb_terminal:  # e.g. not with TERM=dumb or TTY_COMPATIBLE=0
            return RichNarrator(console)
    return PlainNarrator(out)


class _Mark(SpinnerColumn):
    """A spinner while the wait runs, then a green tick, or a red cross when it failed."""

    def render(self, task: Task) -> RenderableType:
        if task.fields.get("failed"):
            return Text("✗", style="bold red")
        if task.fields.get("done"):
            return self.finished_text
        return super().render(task)


class _RichTracker:
    def __init__(self, progress: Progress, task: TaskID) -> None:
        self._progress = progress
        self._task = task
        self._total: float | None = None

    def show(self, status: str, done: float | None = None, total: float | None = None) -> None:
        # Without a known share the bar pulses (rich's indeterminate bar).
        self._total = total if done is not None and total else None
        self._progress.update(self._task, status=status, total=self._total, completed=done or 0)

    def succeeded(self) -> None:
        """Ticked; a bar that had no share fills, one that had keeps it (a watch can end before all is done)."""
        if self._total is None:
            self._progress.update(self._task, total=1, completed=1)
        self._progress.update(self._task, done=True)
        self._progress.stop_task(self._task)

    def failed(self) -> None:
        self._progress.update(self._task, failed=True)
        self._progress.stop_task(self._task)


class RichNarrator:
    """Styled steps, a live progress bar per wait (spinner, bar, percent, time, status) and boxed tables."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.steps = 0
        self.started = time.monotonic()

    def step(self, title: str) -> None:
        self.steps += 1
        elapsed = time.monotonic() - self.started
        self.console.print()
        self.console.print(
            Text.assemble((f"{self.steps:2d}. ", "bold cyan"), (title, "bold"), (f"  [{elapsed:5.1f} s]", "dim"))
        )

    def say(self, text: str) -> None:
        self._indented(text)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]], title: str | None = None) -> None:
        cells = [[str(value) for value in row] for row in rows]
        grid = Table(
            box=box.SIMPLE_HEAD,
            title=Text(title, style="italic") if title else None,
            title_justify="left",
            header_style="bold",
            show_edge=False,
        )
        for header, numeric in zip(headers, numeric_columns(len(headers), cells), strict=True):
            grid.add_column(header, justify="right" if numeric else "left")
        for row in cells:
            grid.add_row(*(Text(cell) for cell in row))
        self.console.print(Padding(grid, (0, 0, 0, 4)))

    @contextmanager
    def waiting(self, what: str) -> Iterator[Tracker]:
        progress = Progress(
            TextColumn("   "),  # under the step's title, as its details are
            _Mark(finished_text=Text("✓", style="bold green")),
            TextColumn("{task.description}", style="bold", table_column=Column(width=12)),
            BarColumn(bar_width=32),
            TaskProgressColumn(table_column=Column(width=4, justify="right")),
            TimeElapsedColumn(),
            TextColumn("{task.fields[status]}"),
            console=self.console,
        )
        with progress:
            tracker = _RichTracker(progress, progress.add_task(what, total=None, status="starting"))
            try:
                yield tracker
            except BaseException:
                tracker.failed()
                raise
            tracker.succeeded()

    def problem(self, text: str) -> None:
        self._indented(text, style="red")

    def _indented(self, text: str, style: str = "") -> None:
        """Each line four columns in (plus its own indent), long ones wrapped there too."""
        for line in text.splitlines() or [""]:
            stripped = line.lstrip(" ")
            self.console.print(Padding(Text(stripped, style=style), (0, 0, 0, 4 + len(line) - len(stripped))))

    def finish(self, text: str) -> None:
        self.console.print()
        self.console.print(Text(text, style="bold"))
