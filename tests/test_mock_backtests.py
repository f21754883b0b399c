"""Backtests: queued -> running -> completed on the injected clock, deterministic results, CRUD, results pages."""

from __future__ import annotations

from typing import Any

from mock_server.demo import DEMO_PARAMETERS
from tests.conftest import MockClient


async def _create(mock: MockClient, name: str = "bt", parameters: dict[str, Any] | None = None) -> str:
    body: dict[str, Any] = {"projectId": mock.demo_project, "compileId": mock.demo_compile, "backtestName": name}
    if parameters is not None:
        body["parameters"] = parameters
    answer = await mock.ok("/backtests/create", body)
    backtest_id: str = answer["backtest"]["backtestId"]
    return backtest_id


async def _read(mock: MockClient, backtest_id: str) -> dict[str, Any]:
    answer = await mock.ok("/backtests/read", {"projectId": mock.demo_project, "backtestId": backtest_id})
    backtest: dict[str, Any] = answer["backtest"]
    return backtest


async def test_backtest_goes_queued_running_completed(mock: MockClient) -> None:
    backtest_id = await _create(mock)
    queued = await _read(mock, backtest_id)
    assert (queued["status"], queued["completed"], queued["progress"]) == ("In Queue...", False, 0)
    assert queued["statistics"] == [] and queued["charts"] == [] and queued["parameterSet"] == DEMO_PARAMETERS
    assert queued["totalPerformance"] is None and queued["rollingWindow"] == []
    assert queued["runtimeStatistics"]["Equity"] == "$100,000.00"  # the banner is an object from the start

    mock.clock.advance(0.5 + 1.0)  # out of the queue, half of the 2 s run
    running = await _read(mock, backtest_id)
    assert running["status"] == "Running: 50%" and running["progress"] == 0.5 and not running["completed"]

    mock.clock.advance(1.0)
    await _read(mock, backtest_id)  # the first read after completion finds the results not stored yet
    done = await _read(mock, backtest_id)
    assert (done["status"], done["completed"], done["progress"]) == ("Completed.", True, 1)
    assert done["parameterSet"] == {"ema_fast": "10", "ema_slow": "20"}
    assert set(done["charts"]) == {"Strategy Equity", "Drawdown", "Benchmark"}
    statistics = done["statistics"]
    assert all(isinstance(v, str) for v in statistics.values())
    assert statistics["Start Equity"] == "100000" and statistics["Net Profit"].endswith("%")
    assert (
        statistics["Total Fees"].startswith("$")
        and statistics["Sharpe Ratio"].replace("-", "").replace(".", "").isdigit()
    )
    performance = done["totalPerformance"]
    trades = performance["tradeStatistics"]["totalNumberOfTrades"]
    assert statistics["Total Orders"] == str(2 * trades) == str(2 * len(performance["closedTrades"]))
    assert performance["portfolioStatistics"]["startEquity"] == 100000
    assert f"{performance['portfolioStatistics']['endEquity']:.2f}" == statistics["End Equity"]
    assert "M12_20231229" in done["rollingWindow"] and "M1_20230131" in done["rollingWindow"]
    assert done["runtimeStatistics"]["Holdings"] == "$0.00"
    assert done["tradeableDates"] == 250 and done["backtestStart"] == "2023-01-03 00:00:00"


async def test_created_time_uses_the_platform_format(mock: MockClient) -> None:
    backtest = await _read(mock, await _create(mock))
    assert backtest["created"] == "2024-11-25 02:00:00"  # ManualClock(1_732_500_000) in UTC


async def test_results_are_a_deterministic_function_of_the_parameter_set(mock: MockClient) -> None:
    same_a = await _create(mock, "a", {"ema_fast": 10})
    same_b = await _create(mock, "b", {"ema_fast": "10"})  # the project's ema_fast is "10" too
    other = await _create(mock, "c", {"ema_fast": 11})
    mock.clock.advance(10)
    for backtest_id in (same_a, same_b, other):  # the first read after completion finds no results yet
        await _read(mock, backtest_id)
    a, b, c = [await _read(mock, i) for i in (same_a, same_b, other)]
    assert a["statistics"] == b["statistics"] and a["totalPerformance"] == b["totalPerformance"]
    assert a["statistics"] != c["statistics"]
    assert c["parameterSet"] == {"ema_fast": "11", "ema_slow": "20"}


async def test_update_list_and_delete_change_what_reads_return(mock: MockClient) -> None:
    backtest_id = await _create(mock, "first")
    project = mock.demo_project
    await mock.ok(
        "/backtests/update", {"projectId": project, "backtestId": backtest_id, "name": "renamed", "note": "n"}
    )
    backtest = await _read(mock, backtest_id)
    assert (backtest["name"], backtest["note"]) == ("renamed", "n")
    await mock.ok("/backtests/update", {"projectId": project, "backtestId": backtest_id, "note": "only the note"})
    assert (await _read(mock, backtest_id))["name"] == "renamed"

    listed = await mock.ok("/backtests/list", {"projectId": project})
    assert listed["count"] == len(listed["backtests"]) == 2  # the demo backtest and this one
    assert "sharpeRatio" not in listed["backtests"][0]

    await mock.ok("/backtests/delete", {"projectId": project, "backtestId": backtest_id})
    errors = await mock.fails("/backtests/read", {"projectId": project, "backtestId": backtest_id})
    assert "Backtest not found" in errors[0] and backtest_id in errors[0]
    assert await mock.fails("/backtests/delete", {"projectId": project, "backtestId": backtest_id})
    listed = await mock.ok("/backtests/list", {"projectId": project})
    assert [b["backtestId"] for b in listed["backtests"]] == [mock.app.demo.backtest_id]  # type: ignore[union-attr]


async def test_list_with_statistics_is_null_until_completed(mock: MockClient) -> None:
    backtest_id = await _create(mock)
    listed = await mock.ok("/backtests/list", {"projectId": mock.demo_project, "includeStatistics": True})
    summaries = {b["backtestId"]: b for b in listed["backtests"]}
    assert summaries[backtest_id]["sharpeRatio"] is None and summaries[backtest_id]["status"] == "In Queue..."
    demo = summaries[mock.app.demo.backtest_id]  # type: ignore[union-attr]
    assert isinstance(demo["sharpeRatio"], float) and demo["trades"] > 0 and demo["parameters"] == 2


async def test_backtest_of_unknown_project_or_compile_fails_with_a_useful_error(mock: MockClient) -> None:
    errors = await mock.fails(
        "/backtests/create", {"projectId": 1, "compileId": mock.demo_compile, "backtestName": "x"}
    )
    assert "Project not found" in errors[0] and "1" in errors[0]
    body = {"projectId": mock.demo_project, "compileId": "nope", "backtestName": "x"}
    assert "Compile not found" in (await mock.fails("/backtests/create", body))[0]


async def test_chart_answers_loading_first_then_the_chart(mock: MockClient) -> None:
    backtest_id = await _create(mock)
    body = {"projectId": mock.demo_project, "backtestId": backtest_id, "name": "Strategy Equity", "count": 20}
    body |= {"start": 0, "end": 2_000_000_000}
    running = await mock.ok("/backtests/chart/read", body)
    assert running["status"] == "loading" and "chart" not in running
    mock.clock.advance(10)
    first = await mock.ok("/backtests/chart/read", body)
    assert first["status"] == "loading" and 0 <= first["progress"] <= 1
    second = await mock.ok("/backtests/chart/read", body)
    chart = second["chart"]
    assert chart["name"] == "Strategy Equity" and set(chart["series"]) == {"Equity", "Return"}
    candles = chart["series"]["Equity"]["values"]
    assert 20 <= len(candles) <= 22 and all(len(point) == 5 for point in candles)
    assert candles[0][0] == 1672704000  # 2023-01-03
    narrow = await mock.ok("/backtests/chart/read", body | {"start": 1672704000, "end": 1672790400})
    assert [p[0] for p in narrow["chart"]["series"]["Equity"]["values"]] == [1672704000, 1672790400]
    missing = await mock.fails("/backtests/chart/read", body | {"name": "Nope"})
    assert "Nope" in missing[0]


async def test_orders_are_paged_by_start_and_end(mock: MockClient) -> None:
    demo = mock.app.demo
    assert demo is not None
    body = {"projectId": demo.project_id, "backtestId": demo.backtest_id, "start": 0, "end": 100}
    everything = (await mock.ok("/backtests/orders/read", body))["orders"]
    backtest = await _read(mock, demo.backtest_id)
    assert len(everything) == int(backtest["statistics"]["Total Orders"])
    assert [o["id"] for o in everything] == list(range(1, len(everything) + 1))
    assert everything[0]["quantity"] > 0 > everything[1]["quantity"]
    page = await mock.ok("/backtests/orders/read", body | {"start": 2, "end": 5})
    assert [o["id"] for o in page["orders"]] == [3, 4, 5]
    assert page["length"] == len(everything), "length counts every order, not just the window"
    assert (await mock.ok("/backtests/orders/read", body | {"start": 500, "end": 600}))["orders"] == []
    assert "end" in (await mock.fails("/backtests/orders/read", body | {"start": 5, "end": 2}))[0]


async def test_orders_of_a_running_backtest_grow_with_progress(mock: MockClient) -> None:
    backtest_id = await _create(mock)
    body = {"projectId": mock.demo_project, "backtestId": backtest_id, "start": 0, "end": 100}
    counts = []
    for _ in range(4):
        counts.append((await mock.ok("/backtests/orders/read", body))["length"])
        mock.clock.advance(0.8)
    assert counts[0] == 0 and counts == sorted(counts) and counts[-1] > 0


async def test_insights_and_report(mock: MockClient) -> None:
    demo = mock.app.demo
    assert demo is not None
    body = {"projectId": demo.project_id, "backtestId": demo.backtest_id}
    insights = await mock.ok("/backtests/read/insights", body | {"start": 0, "end": 3})
    assert len(insights["insights"]) == 3 and insights["insights"][0]["direction"] == "up"
    assert insights["length"] == 28, "length counts every insight of the backtest"
    assert (await mock.ok("/backtests/read/report", body)) == {"success": True, "errors": [], "generating": True}
    report = (await mock.ok("/backtests/read/report", body))["report"]
    assert report.startswith("<!DOCTYPE html>") and "Sharpe Ratio" in report and "base64," in report
    fresh = await _create(mock)
    errors = await mock.fails("/backtests/read/report", {"projectId": demo.project_id, "backtestId": fresh})
    assert "not completed" in errors[0]
