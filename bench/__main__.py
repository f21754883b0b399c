"""`python -m bench` (`make bench`): run every benchmark, print the table, write bench/results.json."""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from mock_server.launcher import running_mock

from . import codegen, concurrency, generation, overhead, parsing
from .config import FULL, SMOKE, Scale
from .machine import machine_info
from .mock import completed_backtest
from .report import Comparison, format_table, format_value, write_results

__all__ = ["SECTIONS", "main", "run_all"]

RESULTS = Path(__file__).resolve().parent / "results.json"
SMOKE_RESULTS = Path(__file__).resolve().parent.parent / ".build" / "bench-smoke-results.json"
SECTIONS = ("overhead", "parse", "concurrency", "generate")
TEMPLATES_NOTE = {
    "templates": "templates/ (scripts/generate.py passes --custom-template-path templates); what each override "
    "changes and why: templates/README.md",
    "rows": "keys ending in generated_vs_stock: the committed client / the same spec generated now with the stock "
    "openapi-python-client templates, same view and generator-config.yml, timed in the same rounds",
}


def _missed(comparisons: Sequence[Comparison], prefix: str) -> bool:
    """True when a comparison whose key starts with `prefix` missed its target."""
    return any(c.met is False for c in comparisons if c.key.startswith(prefix))


def _network(
    scale: Scale,
    sections: Sequence[str],
    profile: str,
    out: dict[str, Any],
    stock: ModuleType | None,
    lap: Callable[[str], None],
) -> list[Comparison]:
    comparisons: list[Comparison] = []
    with running_mock() as info:
        project_id, backtest_id = completed_backtest(info)
        body = overhead.read_body(info, project_id, backtest_id)
        out["mock_server"] = {
            "base_url": info.base_url,
            "read_backtest_body_bytes": len(body),
        }
        if "overhead" in sections:
            found = overhead.run(info, project_id, backtest_id, scale, stock)
            comparisons += found + overhead.breakdown(body, scale, stock)
            if profile == "always" or (profile == "auto" and _missed(found, "overhead")):
                calls = max(1, scale.overhead_calls * 4)
                out["profiles"]["overhead.sync"] = overhead.profile_sync(info, project_id, backtest_id, calls)
            lap("overhead (mock server)")
        if "concurrency" in sections:
            comparisons += concurrency.run(info, project_id, backtest_id, scale)
            lap("concurrency (mock server)")
    return comparisons


def run_all(
    scale: Scale, sections: Sequence[str] = SECTIONS, *, profile: str = "auto", stock: bool = True
) -> dict[str, Any]:
    """Run the selected benchmarks.

    `profile`: "auto" profiles where a target is missed, "always" everywhere, "never" nowhere. With `stock`, the
    client is also generated with the stock templates (bench/codegen.py) and the parse and per-call benchmarks
    time it beside the committed one (generated with templates/).
    """
    started = time.perf_counter()
    out: dict[str, Any] = {
        "generated_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "scale": dataclasses.asdict(scale),
        "machine": machine_info(),
        "profiles": {},
    }
    comparisons: list[Comparison] = []
    stock_models: ModuleType | None = None
    seconds: dict[str, float] = {}
    mark = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        seconds[name] = round(now - mark, 1)
        mark = now

    if stock and ("parse" in sections or "overhead" in sections):
        # The before of templates/: the same spec through the stock templates, generated now (bench/codegen.py).
        overrides = sorted(str(f.relative_to(codegen.TEMPLATES)) for f in codegen.TEMPLATES.rglob("*.jinja"))
        out["templates"] = {**TEMPLATES_NOTE, "overrides": overrides, **codegen.build_stock()}
        stock_models = codegen.load_stock()
        lap("stock-templates generation")
    if "parse" in sections:
        found = parsing.run(scale, stock_models)
        comparisons += found
        lap("parse")
        if profile == "always" or (profile == "auto" and _missed(found, "parse")):
            for kind, size in (("list", scale.list_size), ("optimization", scale.optimization_size)):
                out["profiles"][f"parse.{kind}"] = parsing.profile_generated(kind, size, scale.profile_repeat)
            lap("parse profiles")
    if "overhead" in sections or "concurrency" in sections:
        comparisons += _network(scale, sections, profile, out, stock_models, lap)
    if "generate" in sections:
        comparisons += generation.run(scale)
        lap("generate")
    out["section_seconds"] = seconds
    out["comparisons"] = [c.as_json() for c in comparisons]
    out["targets"] = {
        "met": [c.key for c in comparisons if c.met is True],
        "missed": [c.key for c in comparisons if c.met is False],
    }
    out["duration_s"] = round(time.perf_counter() - started, 1)
    out["_comparisons"] = comparisons  # for printing; dropped before writing
    return out


def _memory_table(comparisons: Sequence[Comparison]) -> str:
    lines = ["payload / contender                          tracemalloc peak   peak RSS growth"]
    seen: set[str] = set()
    for c in comparisons:
        memory = c.details.get("memory")
        if not memory or c.title in seen or "peak memory" not in c.title:
            continue
        seen.add(c.title)
        lines.append(c.title.removeprefix("2 peak memory, "))
        for name, figures in memory.items():
            rss = figures.get("rss_growth_bytes")
            lines.append(
                f"  {name:<42} {format_value(float(figures['tracemalloc_peak_bytes']), 'B'):>16}"
                f"   {format_value(float(rss), 'B') if rss is not None else 'n/a':>15}"
            )
    return "\n".join(lines)


def _profile_summary(profiles: dict[str, Any]) -> str:
    lines = []
    for name, found in profiles.items():
        lines.append(f"{name}: {found['path']}")
        for frame in found["top_self"][:6]:
            lines.append(f"  {frame['share'] * 100:5.1f}%  {frame['function']}  {frame['location']}")
    return "\n".join(lines)


def _templates_lines(note: dict[str, Any]) -> str:
    """Where the two sides of the generated_vs_stock rows come from."""
    matches = note["committed_matches_templates"]
    ours = note["ours"] + {True: ", identical to what templates/ generates now", False: "", None: ""}[matches]
    lines = ["generated_vs_stock rows:", f"  ours:  {ours}", f"  stock: {note['stock']}"]
    if matches is False:
        differing = ", ".join(note["committed_differences"][:5])
        lines.append(f"  WARNING: the committed client is stale against templates/ (run make generate): {differing}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="minimal repetitions (checks the code, not speed)")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run only this benchmark (repeatable)")
    parser.add_argument(
        "--profile",
        choices=("auto", "always", "never"),
        help="auto (default): profile where a target is missed; always: everywhere; never (default with --smoke): "
        "nowhere",
    )
    parser.add_argument(
        "--no-stock",
        action="store_true",
        help="skip generating the client with the stock openapi-python-client templates and the ours-vs-stock rows",
    )
    parser.add_argument("--output", type=Path, help=f"results file (default {RESULTS}; with --smoke {SMOKE_RESULTS})")
    args = parser.parse_args(argv)
    profile = args.profile or ("never" if args.smoke else "auto")
    output: Path = args.output or (SMOKE_RESULTS if args.smoke else RESULTS)

    results = run_all(SMOKE if args.smoke else FULL, args.only or SECTIONS, profile=profile, stock=not args.no_stock)
    comparisons: list[Comparison] = results.pop("_comparisons")
    machine = results["machine"]
    print(
        f"{machine['cpu_model']}, {machine['cpus_usable']} cores, Python {machine['python']}, "
        f"{results['duration_s']} s\n"
    )
    print(format_table(comparisons))
    if "templates" in results:
        print("\n" + _templates_lines(results["templates"]))
    if any("peak memory" in c.title for c in comparisons):
        print("\n" + _memory_table(comparisons))
    if results["profiles"]:
        print(
            "\nprofiles (share of sampled time spent in the function itself):\n" + _profile_summary(results["profiles"])
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    write_results(output, results)
    print(f"\nresults: {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
