"""How `make demo` prints: numbered steps, indented details, progress lines and plain-text tables."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import TextIO

__all__ = ["Narrator", "table"]


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """Rows under headers, each column as wide as its widest cell; numbers right-aligned."""
    cells = [[str(value) for value in row] for row in rows]
    widths = [max([len(str(header)), *(len(row[i]) for row in cells)]) for i, header in enumerate(headers)]
    numeric = [all(_is_number(row[i]) for row in cells) and bool(cells) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            value.rjust(width) if right else value.ljust(width)
            for value, width, right in zip(values, widths, numeric, strict=True)
        ).rstrip()

    return [line([str(h) for h in headers]), line(["-" * width for width in widths]), *(line(row) for row in cells)]


def _is_number(text: str) -> bool:
    stripped = text.replace(",", "").replace("$", "").replace("%", "").strip()
    try:
        float(stripped)
    except ValueError:
        return False
    return True


class Narrator:
    """Prints the demo's account: `step()` opens a numbered step, `say()` adds to it, `progress()` reports a change."""

    def __init__(self, out: TextIO = sys.stdout) -> None:
        self.out = out
        self.steps = 0
        self.started = time.monotonic()
        self._last_progress = ""

    def step(self, title: str) -> None:
        self.steps += 1
        self._last_progress = ""
        self._write(f"\n{self.steps:2d}. {title}  [{time.monotonic() - self.started:5.1f} s]")

    def say(self, text: str) -> None:
        for line in text.splitlines() or [""]:
            self._write(f"    {line}")

    def lines(self, lines: Sequence[str]) -> None:
        for line in lines:
            self._write(f"      {line}")

    def progress(self, text: str) -> None:
        """Print `text` unless it repeats the previous progress line (polls often see no change)."""
        if text != self._last_progress:
            self._last_progress = text
            self._write(f"    ... {text}")

    def finish(self, text: str) -> None:
        self._write(f"\n{text}")

    def _write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()
