"""How `make demo` tells its story when stdout is not a terminal: plain lines, one per change, plain-text tables.

`Narrator` is what the steps talk to; `PlainNarrator` writes plain lines (no escape codes, no carriage returns),
as under `make test`, CI or a pipe. scripts/demo_progress.py has the terminal one (rich progress bars and tables)
and `narrator_for`, which picks between them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol, TextIO

__all__ = ["Narrator", "PlainNarrator", "Tracker", "is_number", "table"]


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """Rows under headers, each column as wide as its widest cell; numbers right-aligned."""
    cells = [[str(value) for value in row] for row in rows]
    widths = [max([len(str(header)), *(len(row[i]) for row in cells)]) for i, header in enumerate(headers)]
    numeric = numeric_columns(len(headers), cells)

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            value.rjust(width) if right else value.ljust(width)
            for value, width, right in zip(values, widths, numeric, strict=True)
        ).rstrip()

    return [line([str(h) for h in headers]), line(["-" * width for width in widths]), *(line(row) for row in cells)]


def numeric_columns(count: int, cells: Sequence[Sequence[str]]) -> list[bool]:
    """Which columns hold only numbers (right-aligned); an empty table has none."""
    return [bool(cells) and all(is_number(row[i]) for row in cells) for i in range(count)]


def is_number(text: str) -> bool:
    stripped = text.replace(",", "").replace("$", "").replace("%", "").strip()
    try:
        float(stripped)
    except ValueError:
        return False
    return True


class Tracker(Protocol):
    """One wait being shown: `show` is called with each new status, and with how far it is when that is known."""

    def show(self, status: str, done: float | None = None, total: float | None = None) -> None: ...


class Narrator(Protocol):
    """What the steps print through: numbered steps, details, waits, tables, problems."""

    started: float

    def step(self, title: str) -> None:
        """Open the next numbered step."""

    def say(self, text: str) -> None:
        """A detail of the current step (each line of `text` indented)."""

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]], title: str | None = None) -> None:
        """Results as a table under the current step."""

    def waiting(self, what: str) -> AbstractContextManager[Tracker]:
        """Show a wait for `what` while the block runs; an exception leaves it marked as failed."""

    def problem(self, text: str) -> None:
        """Something that went wrong (each line of `text`)."""

    def finish(self, text: str) -> None:
        """The last word."""


class _PlainTracker:
    """Prints `... status` for every change; the status text already says how far the wait is."""

    def __init__(self, narrator: PlainNarrator) -> None:
        self._narrator = narrator
        self._last = ""

    def show(self, status: str, done: float | None = None, total: float | None = None) -> None:
        if status != self._last:  # polls often see no change
            self._last = status
            self._narrator.write(f"    ... {status}")


class PlainNarrator:
    """Plain lines on `out`: `NN. title  [elapsed]`, details indented by four, tables by six."""

    def __init__(self, out: TextIO = sys.stdout) -> None:
        self.out = out
        self.steps = 0
        self.started = time.monotonic()

    def step(self, title: str) -> None:
        self.steps += 1
        self.write(f"\n{self.steps:2d}. {title}  [{time.monotonic() - self.started:5.1f} s]")

    def say(self, text: str) -> None:
        for line in text.splitlines() or [""]:
            self.write(f"    {line}")

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]], title: str | None = None) -> None:
        if title:
            self.say(title)
        for line in table(headers, rows):
            self.write(f"      {line}")

    @contextmanager
    def waiting(self, what: str) -> Iterator[Tracker]:
        yield _PlainTracker(self)

    def problem(self, text: str) -> None:
        self.say(text)

    def finish(self, text: str) -> None:
        self.write(f"\n{text}")

    def write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()
