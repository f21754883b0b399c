"""Smoke test of bench/: every benchmark runs with minimal repetitions, so the bench code cannot rot.

Nothing here asserts on timings (the figures at this scale mean nothing); only that each benchmark runs and
reports well-formed comparisons.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bench import codegen, concurrency, generation, overhead, parsing
from bench import pydantic_models as pm
from bench.__main__ import main
from bench.config import SMOKE
from bench.mock import MockServer, ServerInfo, completed_backtest
from bench.report import Comparison, format_table
from bench.rss import peak_rss_growth


def _well_formed(comparisons: list[Comparison]) -> None:
    assert comparisons
    for comparison in comparisons:
        assert comparison.subject_value > 0
        assert math.isnan(comparison.ratio) or comparison.ratio > 0
        json.dumps(comparison.as_json())
    assert format_table(comparisons).count("\n") == len(comparisons) + 1


@pytest.fixture(scope="module")
def mock() -> Iterator[tuple[ServerInfo, int, str]]:
    with MockServer() as info:
        project_id, backtest_id = completed_backtest(info)
        yield info, project_id, backtest_id


@pytest.fixture(scope="module")
def stock_note() -> dict[str, Any]:
    """Generates the client with the stock templates (and checks the committed one against templates/)."""
    note = codegen.build_stock()
    assert isinstance(note["committed_matches_templates"], bool)
    return note


@pytest.fixture(scope="module")
def stock(stock_note: dict[str, Any]) -> ModuleType:
    return codegen.load_stock()


def test_parsing(stock: ModuleType) -> None:
    comparisons = parsing.run(SMOKE, stock)
    _well_formed(comparisons)
    assert {c.key for c in comparisons} >= {
        "parse.list.generated_vs_json",
        "parse.list.generated_vs_stock",
        "parse.optimization.generated_vs_pydantic_py",
        "parse.optimization.generated_vs_stock",
    }


def test_pydantic_models_read_what_the_generated_ones_read() -> None:
    data = parsing.payload_bytes("optimization", 3)
    validated = pm.ReadOptimizationResponse.model_validate_json(data)
    assert validated == pm.ReadOptimizationResponse.model_validate(json.loads(data))
    assert validated.optimization is not None and isinstance(validated.optimization.backtests, dict)
    assert len(validated.optimization.backtests) == 3
    summaries = pm.BacktestSummaryResponse.model_validate_json(parsing.payload_bytes("list", 2))
    assert summaries.backtests is not None and summaries.backtests[1].status is pm.BacktestStatus.COMPLETED


def test_profile_and_rss(stock: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bench.profiling.PROFILE_DIR", tmp_path)
    found = parsing.profile_generated("list", 5, 1)
    assert Path(found["path"]).is_file()
    for contender in (parsing.GENERATED, parsing.STOCK):
        growth = peak_rss_growth("list", 5, contender)
        assert growth is None or growth >= 0


def test_overhead(
    mock: tuple[ServerInfo, int, str],
    stock: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = overhead.run(*mock, SMOKE, stock)
    _well_formed(found)
    assert {c.key for c in found} >= {
        "overhead.sync",
        "overhead.sync.generated_vs_stock",
        "overhead.async.generated_vs_stock",
    }
    [in_memory] = overhead.breakdown(overhead.read_body(*mock), SMOKE, stock)
    _well_formed([in_memory])
    assert "stock-templates models (from_dict)" in in_memory.details["steps_us"]
    monkeypatch.setattr("bench.profiling.PROFILE_DIR", tmp_path)
    assert Path(overhead.profile_sync(*mock, calls=1)["path"]).is_file()


def test_concurrency(mock: tuple[ServerInfo, int, str]) -> None:
    _well_formed(concurrency.run(*mock, SMOKE))


def test_generation() -> None:
    _well_formed(generation.run(SMOKE))


def test_main_writes_results(
    stock_note: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(codegen, "build_stock", lambda: stock_note)  # generated once already, by the fixture
    output = tmp_path / "results.json"
    assert main(["--smoke", "--only", "parse", "--profile", "never", "--output", str(output)]) == 0
    results = json.loads(output.read_text(encoding="utf-8"))
    assert results["machine"]["cpu_model"] and results["machine"]["python"]
    assert results["comparisons"] and "missed" in results["targets"]
    assert results["templates"]["committed_matches_templates"] in (True, False)
    assert "parse.list.generated_vs_stock" in {c["key"] for c in results["comparisons"]}
    printed = capsys.readouterr().out
    assert "generated from_dict" in printed and "stock templates" in printed
