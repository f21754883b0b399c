"""Optimizations: the parameter grid becomes backtests run in waves; estimate, abort, rename, delete, list."""

from __future__ import annotations

from typing import Any

from tests.conftest import MockClient

SHARPE = "TotalPerformance.PortfolioStatistics.SharpeRatio"
GRID_SEARCH = "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy"


def seed_payload(mock: MockClient, **extra: Any) -> dict[str, Any]:
    """The request body of the seeds' example, flattened keys and legacy names included."""
    return {
        "projectId": mock.demo_project,
        "name": "Optimization_seed",
        "target": SHARPE,
        "targetTo": "max",
        "targetValue": None,
        "strategy": GRID_SEARCH,
        "compileId": mock.demo_compile,
        "parameters[0][key]": "ema_fast",
        "parameters[0][min]": 100,
        "parameters[0][max]": 200,
        "parameters[0][step]": 50,
        "parameters[1][key]": "ema_slow",
        "parameters[1][min]": 200,
        "parameters[1][max]": 300,
        "parameters[1][step]": 50,
        "constraints": [{"target": SHARPE, "operator": "greater", "target-value": 1}],
        **extra,
    }


async def _create(mock: MockClient, **extra: Any) -> str:
    body = seed_payload(mock, estimatedCost=10, nodeType="O2-8", parallelNodes=4) | extra
    answer = await mock.ok("/optimizations/create", body)
    optimization_id: str = answer["optimizations"][0]["optimizationId"]
    return optimization_id


async def _read(mock: MockClient, optimization_id: str) -> dict[str, Any]:
    optimization: dict[str, Any] = (await mock.ok("/optimizations/read", {"optimizationId": optimization_id}))[
        "optimization"
    ]
    return optimization


async def test_estimate_follows_grid_size_and_node_type(mock: MockClient) -> None:
    estimate = (await mock.ok("/optimizations/estimate", seed_payload(mock)))["estimate"]
    assert (estimate["time"], estimate["balance"]) == (9 * 60, 1000)  # 3 x 3 grid, one O2-8 node
    faster = await mock.ok("/optimizations/estimate", seed_payload(mock, nodeType="O8-16", parallelNodes=4))
    assert faster["estimate"]["time"] == 3 * 25  # ceil(9 / 4) waves of 25 s


async def test_grid_of_the_seed_payload_has_nine_backtests_run_in_waves(mock: MockClient) -> None:
    optimization_id = await _create(mock)
    created = await _read(mock, optimization_id)
    assert created["status"] == "new" and created["backtests"] == [] and created["runtimeStatistics"] == []
    assert [p["name"] for p in created["parameters"]] == ["ema_fast", "ema_slow"]
    assert created["constraints"] == [{"target": SHARPE, "operator": "Greater", "targetValue": 1}]

    mock.clock.advance(0.5 + 1.0)  # first wave of 4 half done
    running = await _read(mock, optimization_id)
    assert running["status"] == "running"
    stats = running["runtimeStatistics"]
    assert (stats["Total"], stats["Running"], stats["In Queue"], stats["Completed"]) == ("9", "4", "5", "0")
    assert len(running["backtests"]) == 4

    mock.clock.advance(6.0)  # three waves of 2 s
    done = await _read(mock, optimization_id)
    assert done["status"] == "completed" and done["runtimeStatistics"]["Completed"] == "9"
    backtests = done["backtests"]
    assert len(backtests) == 9 and all(key == value["id"] for key, value in backtests.items())
    grid = {(b["parameterSet"]["ema_fast"], b["parameterSet"]["ema_slow"]) for b in backtests.values()}
    assert grid == {(f, s) for f in ("100", "150", "200") for s in ("200", "250", "300")}
    one = next(iter(backtests.values()))
    assert one["exitCode"] == 0 and len(one["statistics"]) == 21 and one["equity"]


async def test_optimization_backtest_results_match_a_plain_backtest_with_the_same_parameters(mock: MockClient) -> None:
    optimization_id = await _create(mock)
    mock.clock.advance(100)
    entry = next(
        b for b in (await _read(mock, optimization_id))["backtests"].values() if b["name"].startswith("ema_fast:150,")
    )
    body = {"projectId": mock.demo_project, "compileId": mock.demo_compile, "backtestName": "same"}
    created = await mock.ok("/backtests/create", body | {"parameters": entry["parameterSet"]})
    mock.clock.advance(100)
    read = {"projectId": mock.demo_project, "backtestId": created["backtest"]["backtestId"]}
    plain = (await mock.ok("/backtests/read", read))["backtest"]
    sharpe = entry["statistics"][15]
    assert plain["totalPerformance"]["portfolioStatistics"]["sharpeRatio"] == sharpe
    via_list = await mock.ok("/backtests/read", {"projectId": mock.demo_project, "backtestId": entry["id"]})
    assert via_list["backtest"]["optimizationId"] == optimization_id


async def test_best_backtest_respects_target_and_constraints(mock: MockClient) -> None:
    optimization_id = await _create(mock, constraints=[])
    mock.clock.advance(100)
    backtests = (await _read(mock, optimization_id))["backtests"].values()
    best_sharpe = max(b["statistics"][15] for b in backtests)
    summary = (await mock.ok("/optimizations/list", {"projectId": mock.demo_project}))["optimizations"][0]
    assert summary["sharpeRatio"] == best_sharpe and summary["status"] == "completed"
    impossible = [{"target": SHARPE, "operator": "Greater", "targetValue": 1000}]
    constrained = await _create(mock, constraints=impossible)
    mock.clock.advance(100)
    listed = (await mock.ok("/optimizations/list", {"projectId": mock.demo_project}))["optimizations"]
    assert listed[0]["optimizationId"] == constrained and listed[0]["sharpeRatio"] is None  # newest first


async def test_abort_keeps_finished_backtests_and_runs_no_more(mock: MockClient) -> None:
    optimization_id = await _create(mock)
    mock.clock.advance(0.5 + 2.0 + 1.0)  # first wave done, second wave half way
    await mock.ok("/optimizations/abort", {"optimizationId": optimization_id})
    mock.clock.advance(100)
    aborted = await _read(mock, optimization_id)
    assert aborted["status"] == "aborted"
    stats = aborted["runtimeStatistics"]
    assert (stats["Completed"], stats["Failed"], stats["Running"]) == ("4", "4", "0")
    assert len(aborted["backtests"]) == 8  # the last wave never started
    assert sum(1 for b in aborted["backtests"].values() if b["exitCode"] == 0) == 4
    assert (await mock.ok("/optimizations/abort", {"optimizationId": optimization_id}))["success"]  # idempotent


async def test_abort_of_a_completed_optimization_fails(mock: MockClient) -> None:
    optimization_id = await _create(mock)
    mock.clock.advance(100)
    errors = await mock.fails("/optimizations/abort", {"optimizationId": optimization_id})
    assert "already completed" in errors[0]


async def test_rename_delete_and_list(mock: MockClient) -> None:
    optimization_id = await _create(mock)
    await mock.ok("/optimizations/update", {"optimizationId": optimization_id, "name": "Renamed"})
    assert (await _read(mock, optimization_id))["name"] == "Renamed"
    mock.clock.advance(100)
    listed = await mock.ok("/backtests/list", {"projectId": mock.demo_project})
    assert listed["count"] == 10  # the demo backtest and the nine of the grid
    await mock.ok("/optimizations/delete", {"optimizationId": optimization_id})
    errors = await mock.fails("/optimizations/read", {"optimizationId": optimization_id})
    assert "Optimization not found" in errors[0] and optimization_id in errors[0]
    assert (await mock.ok("/optimizations/list", {"projectId": mock.demo_project}))["optimizations"] == []
    assert (await mock.ok("/backtests/list", {"projectId": mock.demo_project}))["count"] == 1


async def test_bad_grids_are_refused(mock: MockClient) -> None:
    reversed_range = seed_payload(mock) | {"parameters[0][min]": 300}
    errors = await mock.fails("/optimizations/estimate", reversed_range)
    assert "parameters[0]" in errors[0] and "greater than max" in errors[0]
    huge = seed_payload(mock) | {"parameters[0][step]": 0.0001}
    assert "at most" in (await mock.fails("/optimizations/estimate", huge))[0]
    zero_step = seed_payload(mock) | {"parameters[1][step]": 0}
    assert (await mock.fails("/optimizations/estimate", zero_step))[0].startswith("parameters[1].step:")
