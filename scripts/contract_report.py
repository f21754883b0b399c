"""Summarises a schemathesis NDJSON event log: test cases per phase and the OpenAPI links the stateful phase used."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["RunSummary", "summarise"]

PHASES = ("examples", "coverage", "fuzzing", "stateful")


@dataclass
class RunSummary:
    """Counts from one `schemathesis run`."""

    cases: Counter[str] = field(default_factory=Counter)
    # Link name -> steps that followed it with a value extracted from the earlier response.
    links_followed: Counter[str] = field(default_factory=Counter)
    # Link name -> steps that tried it (also those whose source answered `success: false`, leaving nothing to extract).
    links_tried: Counter[str] = field(default_factory=Counter)
    unreadable: int = 0

    def lines(self, declared_links: int) -> list[str]:
        counts = ", ".join(f"{phase} {self.cases[phase]}" for phase in PHASES)
        out = [f"test cases: {counts} (total {sum(self.cases.values())})"]
        out.append(f"links followed with extracted values: {len(self.links_followed)} of {declared_links} declared")
        out.extend(f"  {count:4d} x {name}" for name, count in sorted(self.links_followed.items()))
        unused = sorted(set(self.links_tried) - set(self.links_followed))
        if unused:
            out.append("links tried but never given a value (their source call failed each time):")
            out.extend(f"         {name}" for name in unused)
        if self.unreadable:
            out.append(f"({self.unreadable} events in the log could not be read and are not counted)")
        return out


def summarise(ndjson: Path) -> RunSummary:
    """Read the `--report ndjson` log of a run."""
    summary = RunSummary()
    for line in ndjson.read_bytes().split(b"\n"):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except ValueError:
            summary.unreadable += 1
            continue
        _count(summary, event.get("ScenarioFinished"))
    return summary


def _count(summary: RunSummary, finished: dict[str, Any] | None) -> None:
    if not finished:
        return
    for case in finished.get("recorder", {}).get("cases", {}).values():
        summary.cases[finished["phase"]] += 1
        transition = case.get("transition")
        if transition:
            summary.links_tried[transition["id"]] += 1
            if case.get("is_transition_applied"):
                summary.links_followed[transition["id"]] += 1
