"""Benchmark 2: parsing large answers without the network, generated models vs json.loads vs pydantic.

The contenders and payloads are bench/parsers.py's; given the stock-templates client (bench/codegen.py), it runs
as one more contender in the same rounds, so ours / stock is measured side by side.
"""

from __future__ import annotations

import gc
import statistics
import tracemalloc
from collections.abc import Callable
from types import ModuleType
from typing import Any

from .config import Scale
from .parsers import GENERATED, JSON, PAYLOADS, PYDANTIC_JSON, PYDANTIC_PY, SLUGS, STOCK, Parser, parsers, payload_bytes
from .profiling import profile
from .report import Comparison
from .rss import peak_rss_growth
from .timing import Samples, interleaved, paired_ratio

__all__ = ["profile_generated", "run", "tracemalloc_peak"]

TARGET_VS_JSON = 3.0
TARGET_VS_PYDANTIC = 1.0


def tracemalloc_peak(parse: Parser, data: bytes, repeats: int, *, collect: bool = True) -> int:
    """Median peak of memory traced by tracemalloc while `parse(data)` runs (the result held to the end).

    tracemalloc sees only allocations made through Python's allocators: pydantic-core's own Rust buffers escape
    it, which is why peak_rss_growth is reported beside it.
    """
    peaks = []
    for _ in range(repeats):
        if collect:
            gc.collect()
        tracemalloc.start()
        try:
            result = parse(data)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        del result
    return int(statistics.median(peaks))


def _bind(parse: Parser, data: bytes) -> Callable[[], object]:
    return lambda: parse(data)


def _time(contenders: dict[str, Parser], data: bytes, scale: Scale) -> dict[str, Samples]:
    return interleaved(
        {name: _bind(parse, data) for name, parse in contenders.items()},
        rounds=scale.parse_rounds,
        ops_per_round=1,
        collect=scale.collect_garbage,
    )


def _compare(
    key: str, title: str, samples: dict[str, Samples], subject: str, baseline: str, target: float | None, meaning: str
) -> Comparison:
    return Comparison(
        key=f"{key}.{SLUGS[subject]}_vs_{SLUGS[baseline]}",
        title=title,
        subject=subject,
        baseline=baseline,
        subject_value=samples[subject].median,
        baseline_value=samples[baseline].median,
        unit="s",
        ratio=paired_ratio(samples[subject], samples[baseline]),
        target=target,
        meaning=meaning,
    )


def _sizes(scale: Scale) -> list[tuple[str, int, str]]:
    return [
        (kind, size, f"{PAYLOADS[kind][0]} ({size:,} backtests)")
        for kind, size in (("list", scale.list_size), ("optimization", scale.optimization_size))
    ]


def run(scale: Scale, stock: ModuleType | None = None) -> list[Comparison]:
    """Time and weigh every contender on both payloads; `stock` adds the stock-templates client and ours / stock."""
    comparisons: list[Comparison] = []
    for kind, size, label in _sizes(scale):
        data = payload_bytes(kind, size)
        contenders = parsers(kind, stock)
        samples = _time(contenders, data, scale)
        memory = {
            name: {
                "tracemalloc_peak_bytes": tracemalloc_peak(
                    parse, data, scale.memory_repeats, collect=scale.collect_garbage
                ),
                "rss_growth_bytes": peak_rss_growth(kind, size, name) if scale.rss else None,
            }
            for name, parse in contenders.items()
        }
        details = {
            "payload_bytes": len(data),
            "timings": {name: s.summary() for name, s in samples.items()},
            "memory": memory,
        }
        title = f"2 parse {label}"
        rows: list[tuple[str, float | None, str]] = [
            (JSON, TARGET_VS_JSON, "bytes -> generated models / json.loads alone (the decoding floor)"),
            (PYDANTIC_JSON, TARGET_VS_PYDANTIC, "generated / pydantic decoding and validating the bytes in Rust"),
            (PYDANTIC_PY, TARGET_VS_PYDANTIC, "generated / pydantic validating the json.loads result"),
        ]
        if stock is not None:
            rows.append((STOCK, None, "ours (templates/) / stock openapi-python-client templates (<1: ours faster)"))
        for baseline, target, meaning in rows:
            comparison = _compare(f"parse.{kind}", title, samples, GENERATED, baseline, target, meaning)
            comparison.details = details
            comparisons.append(comparison)
        json_peak = memory[JSON]["tracemalloc_peak_bytes"] or 1
        for name in (GENERATED, PYDANTIC_JSON, PYDANTIC_PY):
            peak = memory[name]["tracemalloc_peak_bytes"] or 0
            comparisons.append(
                Comparison(
                    key=f"parse.{kind}.memory.{SLUGS[name]}",
                    title=f"2 peak memory, {label}",
                    subject=name,
                    baseline=JSON,
                    subject_value=float(peak),
                    baseline_value=float(json_peak),
                    unit="B",
                    ratio=peak / json_peak,
                    meaning="tracemalloc peak while parsing / json.loads alone (peak RSS growth in details)",
                    details={"memory": memory},
                )
            )
    return comparisons


def profile_generated(kind: str, size: int, repeat: int) -> dict[str, Any]:
    """pyinstrument profile of bytes -> generated models, repeated `repeat` times."""
    data = payload_bytes(kind, size)
    parse = parsers(kind)[GENERATED]

    def work() -> None:
        for _ in range(repeat):
            parse(data)

    return profile(f"parse-{kind}", work)
