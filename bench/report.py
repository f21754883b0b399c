"""Results of the benchmarks: comparisons, the printed table and results.json."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Comparison", "format_table", "format_value", "write_results"]


@dataclass
class Comparison:
    """One reported figure: `subject` against `baseline`, measured side by side in one run.

    `ratio` is subject/baseline (lower is better for the subject) unless `higher_is_better`; `target` is the most
    (or, with higher_is_better, the least) the ratio may be.
    """

    key: str
    title: str
    subject: str
    baseline: str
    subject_value: float
    baseline_value: float
    unit: str  # "s" per operation, "s" wall, or "B" of memory
    ratio: float
    meaning: str
    target: float | None = None
    higher_is_better: bool = False
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def met(self) -> bool | None:
        if self.target is None or math.isnan(self.ratio):
            return None
        return self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["met"] = self.met
        return data


def format_value(value: float, unit: str) -> str:
    """Human-readable seconds or bytes."""
    if math.isnan(value):
        return "n/a"
    if unit == "B":
        return f"{value / 2**20:.1f} MiB"
    for scale, suffix in ((1.0, "s"), (1e-3, "ms"), (1e-6, "µs")):
        if value >= scale:
            return f"{value / scale:.3g} {suffix}"
    return f"{value * 1e9:.3g} ns"


def _target(comparison: Comparison) -> str:
    if comparison.target is None:
        return "-"
    sign = "≥" if comparison.higher_is_better else "≤"
    return f"{sign}{comparison.target:.2f}x"


def format_table(comparisons: Sequence[Comparison]) -> str:
    """A fixed-width table, one line per comparison."""
    headers = ("benchmark", "subject", "baseline", "subject", "baseline", "ratio", "target", "met")
    rows = [
        (
            c.title,
            c.subject,
            c.baseline,
            format_value(c.subject_value, c.unit),
            format_value(c.baseline_value, c.unit),
            "n/a" if math.isnan(c.ratio) else f"{c.ratio:.2f}x",
            _target(c),
            {True: "yes", False: "NO", None: "-"}[c.met],
        )
        for c in comparisons
    ]
    widths = [max(len(str(row[i])) for row in (headers, *rows)) for i in range(len(headers))]
    right = {3, 4, 5, 6}

    def line(cells: Sequence[str]) -> str:
        pairs = enumerate(zip(cells, widths, strict=True))
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in pairs)

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])


def write_results(path: Path, payload: dict[str, Any]) -> None:
    """Write results.json (NaN, which JSON lacks, becomes null)."""

    def clean(value: Any) -> Any:
        if isinstance(value, float) and math.isnan(value):
            return None
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [clean(v) for v in value]
        return value

    path.write_text(json.dumps(clean(payload), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
