"""The mock as QuantConnect's CLI reads it: lean-cli's requests, checked against what its models require.

lean-cli (public repository QuantConnect/lean-cli) parses answers with pydantic models in `lean/models/api.py`
and decides when a cloud backtest is done in `lean/components/cloud/cloud_runner.py`. The checks below restate
the fields those models require and the types they accept, model by model, as facts; they are not lean-cli's
code. Bodies are sent the way lean-cli sends them: JSON for most calls, a form with flattened keys
(`parameters[0][key]`) for `projects/update` and the optimization calls.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

import pytest

from mock_server import timeline
from mock_server.demo import DEMO_PARAMETERS
from tests.conftest import MockClient

SHARPE = "TotalPerformance.PortfolioStatistics.SharpeRatio"
GRID_SEARCH = "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy"
LOG_WINDOW = 200
LANGUAGES = {"C#", "F#", "VB", "Ja", "Py"}  # lean-cli's QCLanguage
COMPILE_STATES = {"InQueue", "BuildSuccess", "BuildError"}  # lean-cli's QCCompileState

# ----- what lean-cli's models require -------------------------------------------------------------------------------


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _datetime(value: Any) -> bool:
    """pydantic parses the platform's `2021-08-31 21:02:56` (and ISO 8601) into a datetime."""
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _map_of_strings(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def check_collaborator(collaborator: dict[str, Any]) -> None:
    """QCCollaborator: liveControl, permission, profileImage and name are required; uid may be null."""
    assert collaborator.get("uid") is None or _int(collaborator["uid"]), collaborator
    assert isinstance(collaborator["liveControl"], bool), collaborator
    assert isinstance(collaborator["permission"], str), collaborator
    assert isinstance(collaborator["profileImage"], str), collaborator  # null breaks lean-cli
    assert isinstance(collaborator["name"], str), collaborator
    assert isinstance(collaborator.get("owner", False), bool), collaborator


def check_project(project: dict[str, Any]) -> None:
    """QCProject, and QCParameter / QCProjectLibrary / ProjectEncryptionKey inside it."""
    assert _int(project["projectId"]) and isinstance(project["organizationId"], str), project
    assert isinstance(project["name"], str) and isinstance(project["description"], str), project
    assert _datetime(project["modified"]) and _datetime(project["created"]), project
    assert project["language"] in LANGUAGES, project
    assert isinstance(project["collaborators"], list), project
    for collaborator in project["collaborators"]:
        check_collaborator(collaborator)
    assert _int(project["leanVersionId"]) and _int(project["leanEnvironment"]), project
    assert isinstance(project["leanPinnedToMaster"], bool), project
    parameters = project["parameters"]
    assert isinstance(parameters, list | dict), project  # lean-cli turns a map into its values
    for parameter in parameters.values() if isinstance(parameters, dict) else parameters:
        assert isinstance(parameter["key"], str) and isinstance(parameter["value"], str), parameter
    for library in project["libraries"]:
        assert _int(library["projectId"]) and isinstance(library["libraryName"], str), library
        assert isinstance(library["ownerName"], str) and isinstance(library["access"], bool), library
    assert project.get("encrypted") is None or isinstance(project["encrypted"], bool), project
    key = project.get("encryptionKey")
    assert key is None or (isinstance(key["id"], str) and isinstance(key["name"], str)), project


def check_backtest(backtest: dict[str, Any]) -> None:
    """QCBacktest: `runtimeStatistics` a map of strings or null (never `[]`); `statistics` a map or a list."""
    assert isinstance(backtest["backtestId"], str) and _int(backtest["projectId"]), backtest
    assert isinstance(backtest["status"], str) and isinstance(backtest["name"], str), backtest
    assert _datetime(backtest["created"]), backtest
    assert isinstance(backtest["completed"], bool) and _number(backtest["progress"]), backtest
    for optional_text in ("note", "error", "stacktrace"):
        assert backtest.get(optional_text) is None or isinstance(backtest[optional_text], str), backtest
    runtime = backtest.get("runtimeStatistics")
    assert runtime is None or _map_of_strings(runtime), f"runtimeStatistics {runtime!r}"
    statistics = backtest.get("statistics")
    assert statistics is None or isinstance(statistics, list) or _map_of_strings(statistics), statistics


def lean_is_complete(backtest: dict[str, Any]) -> bool:
    """QCBacktest.is_complete(): an error, or completed with runtime statistics and a statistics map."""
    if backtest.get("error") is not None:
        return True
    if not backtest["completed"]:
        return False
    statistics = backtest.get("statistics")
    return backtest.get("runtimeStatistics") is not None and statistics is not None and not isinstance(statistics, list)


def check_optimization_backtest(backtest: dict[str, Any]) -> None:
    """QCOptimizationBacktest: id, name, an integer exitCode and a parameterSet map of strings are required."""
    assert isinstance(backtest["id"], str) and isinstance(backtest["name"], str), backtest
    assert _int(backtest["exitCode"]), f"exitCode {backtest.get('exitCode')!r}"
    assert _map_of_strings(backtest["parameterSet"]), backtest
    assert all(_number(v) for v in backtest.get("statistics", [])), backtest


def check_optimization(optimization: dict[str, Any]) -> None:
    """QCOptimization: `backtests` and `runtimeStatistics` may be `[]` (lean-cli reads that as empty)."""
    assert isinstance(optimization["optimizationId"], str) and _int(optimization["projectId"]), optimization
    assert isinstance(optimization["status"], str) and isinstance(optimization["name"], str), optimization
    backtests = optimization.get("backtests", {})
    assert backtests == [] or isinstance(backtests, dict), optimization
    for backtest in (backtests or {}).values():
        check_optimization_backtest(backtest)
    runtime = optimization.get("runtimeStatistics", {})
    assert runtime == [] or _map_of_strings(runtime), optimization


def lean_optimization_progress(optimization: dict[str, Any]) -> float:
    """QCOptimization.get_progress(): (Completed + Failed) / Total from the runtime statistics."""
    stats = optimization.get("runtimeStatistics") or {}
    if {"Completed", "Failed", "Total"} <= stats.keys():
        return (float(stats["Completed"]) + float(stats["Failed"])) / float(stats["Total"])
    return 0.0


# ----- driving the mock the way lean-cli does -----------------------------------------------------------------------


async def post_form(mock: MockClient, operation: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A form-encoded POST (lean-cli's `data_as_json=False`), answered with HTTP 200."""
    headers = mock.headers({"Content-Type": "application/x-www-form-urlencoded"})
    response = await mock.http.post(operation, content=urlencode(fields).encode(), headers=headers)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


async def create_backtest(mock: MockClient, parameters: dict[str, str] | None = None) -> str:
    """BacktestClient.create: JSON with `requestSource`; its answer must parse as QCBacktest."""
    body: dict[str, Any] = {"projectId": mock.demo_project, "compileId": mock.demo_compile, "backtestName": "cli"}
    body["requestSource"] = "CLI 1.0.200"
    if parameters:
        body["parameters"] = parameters
    backtest = (await mock.ok("/backtests/create", body))["backtest"]
    check_backtest(backtest)
    backtest_id: str = backtest["backtestId"]
    return backtest_id


async def read_backtest(mock: MockClient, backtest_id: str) -> dict[str, Any]:
    answer = await mock.ok("/backtests/read", {"projectId": mock.demo_project, "backtestId": backtest_id})
    backtest: dict[str, Any] = answer["backtest"]
    check_backtest(backtest)
    return backtest


async def read_log(mock: MockClient, backtest_id: str, start: int, end: int, query: str | None = "") -> Any:
    body = {"projectId": mock.demo_project, "backtestId": backtest_id, "start": start, "end": end, "query": query}
    return await mock.call("/backtests/read/log", body)


def optimization_form(mock: MockClient) -> dict[str, Any]:
    """OptimizationClient._build_request_parameters: a 3 x 2 grid, one constraint, as lean-cli flattens it."""
    return {
        "projectId": mock.demo_project,
        "compileId": mock.demo_compile,
        "name": "cli optimization",
        "strategy": GRID_SEARCH,
        "target": SHARPE,
        "targetTo": "max",
        "targetValue": "",
        "nodeType": "O2-8",
        "parallelNodes": 2,
        "estimatedCost": "0.01",
        "parameters[0][key]": "ema_fast",
        "parameters[0][min]": 10,
        "parameters[0][max]": 30,
        "parameters[0][step]": 10,
        "parameters[1][key]": "ema_slow",
        "parameters[1][min]": 40,
        "parameters[1][max]": 50,
        "parameters[1][step]": 10,
        "constraints[0][target]": "TotalPerformance.PortfolioStatistics.Drawdown",
        "constraints[0][operator]": "Less",
        "constraints[0][target-value]": 0.9,
    }


# ----- projects -----------------------------------------------------------------------------------------------------


async def test_projects_parse_as_lean_cli_models_them(mock: MockClient) -> None:
    created = await mock.ok("/projects/create", {"name": "CLI/Fidelity", "language": "Py"})
    check_project(created["projects"][0])
    one = await mock.ok("/projects/read", {"projectId": created["projects"][0]["projectId"]})
    check_project(one["projects"][0])
    everything = await mock.ok("/projects/read", {})
    assert len(everything["projects"]) == 2
    for project in everything["projects"]:
        check_project(project)
    assert everything["projects"][0]["collaborators"][0]["profileImage"].startswith("https://")


async def test_project_update_saves_lean_cli_form_parameters(mock: MockClient) -> None:
    project = mock.demo_project
    form = {"projectId": project, "description": "pushed"}
    form |= {"parameters[0][key]": "ema_fast", "parameters[0][value]": "12"}
    form |= {"parameters[1][key]": "ema_slow", "parameters[1][value]": "26"}
    form |= {"parameters[2][key]": "symbol", "parameters[2][value]": "QQQ"}
    assert (await post_form(mock, "/projects/update", form))["success"] is True
    read = (await mock.ok("/projects/read", {"projectId": project}))["projects"][0]
    check_project(read)
    assert read["description"] == "pushed"
    assert read["parameters"] == [
        {"key": "ema_fast", "value": "12"},
        {"key": "ema_slow", "value": "26"},
        {"key": "symbol", "value": "QQQ"},
    ]
    # A backtest created without parameters now runs with the saved ones.
    backtest = await read_backtest(mock, await create_backtest(mock))
    assert backtest["parameterSet"] == {"ema_fast": "12", "ema_slow": "26", "symbol": "QQQ"}

    # lean-cli clears the parameters with an empty `parameters=` field.
    assert (await post_form(mock, "/projects/update", {"projectId": project, "parameters": ""}))["success"] is True
    assert (await mock.ok("/projects/read", {"projectId": project}))["projects"][0]["parameters"] == []


async def test_project_update_takes_the_normalised_list_in_json(mock: MockClient) -> None:
    body = {"projectId": mock.demo_project, "parameters": [{"key": "ema_fast", "value": 8}]}
    await mock.ok("/projects/update", body)
    read = (await mock.ok("/projects/read", {"projectId": mock.demo_project}))["projects"][0]
    assert read["parameters"] == [{"key": "ema_fast", "value": "8"}]
    await mock.ok("/projects/update", {"projectId": mock.demo_project, "parameters": []})
    assert (await mock.ok("/projects/read", {"projectId": mock.demo_project}))["projects"][0]["parameters"] == []


async def test_project_update_refuses_a_parameter_given_twice_naming_it(mock: MockClient) -> None:
    form = {"projectId": mock.demo_project, "description": "not saved either"}
    form |= {
        "parameters[0][key]": "a",
        "parameters[0][value]": "1",
        "parameters[1][key]": "a",
        "parameters[1][value]": "2",
    }
    answer = await post_form(mock, "/projects/update", form)
    assert answer["success"] is False and answer["errors"][0].startswith("parameters[1].key:"), answer
    errors = await mock.fails("/projects/update", {"projectId": mock.demo_project, "parameters": [{"key": "a"}]})
    assert "value" in errors[0], errors
    read = (await mock.ok("/projects/read", {"projectId": mock.demo_project}))["projects"][0]
    assert {p["key"]: p["value"] for p in read["parameters"]} == DEMO_PARAMETERS  # nothing changed
    assert read["description"] != "not saved either"


# ----- backtests ----------------------------------------------------------------------------------------------------


async def test_backtest_carries_its_parameters_and_a_banner_object_from_the_start(mock: MockClient) -> None:
    backtest_id = await create_backtest(mock, {"ema_fast": "14"})
    expected = {**DEMO_PARAMETERS, "ema_fast": "14"}
    queued = await read_backtest(mock, backtest_id)
    assert queued["status"] == "In Queue..." and queued["parameterSet"] == expected
    assert queued["runtimeStatistics"]["Equity"] == "$100,000.00" and queued["runtimeStatistics"]["Fees"] == "$0.00"
    assert not lean_is_complete(queued)

    equities = []
    for _ in range(4):
        mock.clock.advance(0.5)
        running = await read_backtest(mock, backtest_id)
        assert running["parameterSet"] == expected
        assert set(running["runtimeStatistics"]) == set(queued["runtimeStatistics"])
        equities.append(running["runtimeStatistics"]["Equity"])
    assert len(set(equities)) > 1, "the banner moves while the backtest runs"
    mock.clock.advance(1)
    await read_backtest(mock, backtest_id)
    done = await read_backtest(mock, backtest_id)
    assert done["parameterSet"] == expected
    assert done["runtimeStatistics"]["Equity"] == "$" + f"{float(done['statistics']['End Equity']):,.2f}"


async def test_progress_stays_below_one_and_agrees_with_the_status_until_completed(mock: MockClient) -> None:
    backtest_id = await create_backtest(mock)
    mock.clock.advance(0.5)  # out of the queue; the run takes 2 s
    seen: list[tuple[str, float]] = []
    for step in [0.05] * 39 + [0.04, 0.009, 0.0009]:  # up to 1.9999 s into the run
        mock.clock.advance(step)
        backtest = await read_backtest(mock, backtest_id)
        seen.append((backtest["status"], backtest["progress"]))
        assert backtest["completed"] is False
        assert backtest["progress"] < 1, backtest
        assert backtest["status"] == f"Running: {round(backtest['progress'] * 100)}%", backtest
    assert seen[-1] == ("Running: 99%", 0.99)
    assert [p for _, p in seen] == sorted(p for _, p in seen)
    mock.clock.advance(0.001)
    done = await read_backtest(mock, backtest_id)
    assert (done["status"], done["progress"], done["completed"]) == ("Completed.", 1, True)


async def test_completed_backtest_has_no_results_on_the_first_read_then_has_them(mock: MockClient) -> None:
    """lean-cli issue #532: completed before its results are stored; lean-cli reads again until it has them."""
    backtest_id = await create_backtest(mock)
    mock.clock.advance(0.5 + 2)
    first = await read_backtest(mock, backtest_id)
    assert (first["completed"], first["status"], first["progress"]) == (True, "Completed.", 1)
    assert first["totalPerformance"] is None
    assert first["statistics"] == [] and first["rollingWindow"] == [] and first["charts"] == []
    assert first["parameterSet"] == DEMO_PARAMETERS and first["runtimeStatistics"]["Equity"].startswith("$")
    assert not lean_is_complete(first)  # lean-cli keeps polling

    second = await read_backtest(mock, backtest_id)
    assert lean_is_complete(second) and second["totalPerformance"]["portfolioStatistics"]
    assert second["statistics"]["Total Orders"] and set(second["charts"]) >= {"Strategy Equity"}
    assert second["rollingWindow"]
    assert (await read_backtest(mock, backtest_id))["statistics"] == second["statistics"]


async def test_reads_without_results_follow_the_setting(mock: MockClient) -> None:
    mock.app.mock.settings = replace(mock.app.mock.settings, results_pending_reads=3)
    backtest_id = await create_backtest(mock)
    mock.clock.advance(3)
    pending = [await read_backtest(mock, backtest_id) for _ in range(3)]
    assert all(b["completed"] and b["totalPerformance"] is None for b in pending)
    assert (await read_backtest(mock, backtest_id))["totalPerformance"] is not None


async def test_no_reads_without_results_when_set_to_zero(mock: MockClient) -> None:
    mock.app.mock.settings = replace(mock.app.mock.settings, results_pending_reads=0)
    backtest_id = await create_backtest(mock)
    mock.clock.advance(3)
    assert lean_is_complete(await read_backtest(mock, backtest_id))


async def test_a_backtest_completed_long_ago_has_its_results_at_once(mock: MockClient) -> None:
    assert mock.app.demo is not None
    demo = await read_backtest(mock, mock.app.demo.backtest_id)  # completed an hour before the server started
    assert lean_is_complete(demo) and demo["totalPerformance"] is not None
    backtest_id = await create_backtest(mock)
    mock.clock.advance(0.5 + 2 + timeline.RESULTS_PENDING_SECONDS)
    assert lean_is_complete(await read_backtest(mock, backtest_id))


async def test_lean_cli_poll_loop_ends_with_full_results(mock: MockClient) -> None:
    """CloudRunner.is_backtest_done, restated: done once complete with `totalPerformance`, at most 6 misses."""
    backtest_id = await create_backtest(mock)
    misses, reads = 0, 0
    while True:
        mock.clock.advance(0.25)
        backtest = await read_backtest(mock, backtest_id)
        reads += 1
        assert reads < 100, "the backtest never finished"
        if backtest.get("error") or backtest.get("stacktrace"):
            pytest.fail(f"the backtest failed: {backtest['error']}")
        if lean_is_complete(backtest):
            if backtest["totalPerformance"]:
                break
            misses += 1
            assert misses < 6, "lean-cli would give up on the results"
    assert backtest["statistics"]["Net Profit"].endswith("%") and backtest["runtimeStatistics"]["Return"]


# ----- backtest logs ------------------------------------------------------------------------------------------------


async def test_log_is_read_in_windows_of_200_lines(mock: MockClient) -> None:
    assert mock.app.demo is not None
    backtest_id = mock.app.demo.backtest_id
    first = await read_log(mock, backtest_id, 0, LOG_WINDOW)
    assert first["success"] is True and len(first["logs"]) == LOG_WINDOW
    total = first["length"]
    assert LOG_WINDOW < total < 3 * LOG_WINDOW
    lines = list(first["logs"])
    for start in range(LOG_WINDOW, total, LOG_WINDOW):
        page = await read_log(mock, backtest_id, start, start + LOG_WINDOW)
        assert page["length"] == total
        lines.extend(page["logs"])
    assert len(lines) == total and len(lines[LOG_WINDOW:]) == total - LOG_WINDOW
    assert all(isinstance(line, str) and _datetime(line[:19]) for line in lines)
    assert [line[:19] for line in lines] == sorted(line[:19] for line in lines)
    assert "ema_fast=10" in lines[0] and lines[-1].split(" ", 2)[2].startswith("Algorithm finished")
    assert (await read_log(mock, backtest_id, total, total + LOG_WINDOW))["logs"] == []
    again = await read_log(mock, backtest_id, 5, 7, None)  # null query: every line
    assert again["logs"] == lines[5:7] and again["length"] == total


async def test_log_window_over_200_lines_is_refused_naming_end(mock: MockClient) -> None:
    assert mock.app.demo is not None
    too_many = await read_log(mock, mock.app.demo.backtest_id, 0, LOG_WINDOW + 1)
    assert too_many["success"] is False and too_many["errors"][0].startswith("end:"), too_many
    assert "200" in too_many["errors"][0]
    backwards = await read_log(mock, mock.app.demo.backtest_id, 10, 5)
    assert backwards["success"] is False and backwards["errors"][0].startswith("end:")


async def test_log_request_without_query_is_refused_like_the_platform(mock: MockClient) -> None:
    assert mock.app.demo is not None
    body = {"projectId": mock.demo_project, "backtestId": mock.app.demo.backtest_id, "start": 0, "end": 10}
    errors = await mock.fails("/backtests/read/log", body)
    assert any("query" in error for error in errors), errors


async def test_log_query_is_case_insensitive_and_windows_count_matching_lines(mock: MockClient) -> None:
    assert mock.app.demo is not None
    backtest_id = mock.app.demo.backtest_id
    every = await read_log(mock, backtest_id, 0, LOG_WINDOW)
    buys = await read_log(mock, backtest_id, 0, LOG_WINDOW, "buy ")
    assert 0 < buys["length"] < every["length"] and len(buys["logs"]) == buys["length"]
    assert all("BUY " in line for line in buys["logs"])
    second = await read_log(mock, backtest_id, 1, 2, "BUY")
    assert second["logs"] == buys["logs"][1:2] and second["length"] == buys["length"]


async def test_log_of_a_running_backtest_grows(mock: MockClient) -> None:
    backtest_id = await create_backtest(mock)
    queued = await read_log(mock, backtest_id, 0, LOG_WINDOW)
    assert (queued["success"], queued["logs"], queued["length"]) == (True, [], 0)
    lengths = []
    for _ in range(5):
        mock.clock.advance(0.5)
        lengths.append((await read_log(mock, backtest_id, 0, LOG_WINDOW))["length"])
    assert lengths == sorted(lengths) and lengths[0] < lengths[-1]
    assert mock.app.demo is not None
    assert lengths[-1] == (await read_log(mock, mock.app.demo.backtest_id, 0, 1))["length"]  # same parameters


# ----- optimizations ------------------------------------------------------------------------------------------------


async def test_optimization_parses_as_lean_cli_models_it_while_running_and_done(mock: MockClient) -> None:
    estimate = await post_form(mock, "/optimizations/estimate", optimization_form(mock))
    assert estimate["success"] is True, estimate
    assert isinstance(estimate["estimate"]["estimateId"], str)
    assert _int(estimate["estimate"]["time"]) and _int(estimate["estimate"]["balance"])  # QCOptimizationEstimate

    created = await post_form(mock, "/optimizations/create", optimization_form(mock))
    assert created["success"] is True, created
    check_optimization(created["optimizations"][0])
    optimization_id = created["optimizations"][0]["optimizationId"]

    progress, running_seen = [], False
    while True:  # lean-cli polls until the status is neither new nor running
        mock.clock.advance(0.5)
        optimization = (await post_form(mock, "/optimizations/read", {"optimizationId": optimization_id}))[
            "optimization"
        ]
        check_optimization(optimization)
        progress.append(lean_optimization_progress(optimization))
        entries = optimization["backtests"] or {}
        running_seen |= any(not b["statistics"] for b in entries.values())
        if optimization["status"] not in ("new", "running", "active"):
            break
        assert len(progress) < 100, "the optimization never finished"
    assert running_seen, "some reads caught backtests still running (exitCode must be an integer then)"
    assert progress == sorted(progress) and progress[-1] == 1.0 and all(0 <= p <= 1 for p in progress)

    # lean-cli keeps the backtests with exit code 0 and ranks them by statistics[15] (Sharpe ratio).
    successful = [b for b in optimization["backtests"].values() if b["exitCode"] == 0]
    assert len(successful) == 6 and all(len(b["statistics"]) == 21 for b in successful)
    best = max(successful, key=lambda b: b["statistics"][15])
    assert set(best["parameterSet"]) == {"ema_fast", "ema_slow"}
    # ... then reads that backtest once and prints its statistics table: the results must be there at once.
    optimal = await read_backtest(mock, best["id"])
    assert lean_is_complete(optimal) and optimal["totalPerformance"] is not None


async def test_aborted_optimization_marks_backtests_without_results_non_zero(mock: MockClient) -> None:
    created = await post_form(mock, "/optimizations/create", optimization_form(mock))
    optimization_id = created["optimizations"][0]["optimizationId"]
    mock.clock.advance(0.5 + 2 + 1)  # the first wave of two done, the second half way
    await post_form(mock, "/optimizations/abort", {"optimizationId": optimization_id})
    mock.clock.advance(100)
    optimization = (await post_form(mock, "/optimizations/read", {"optimizationId": optimization_id}))["optimization"]
    check_optimization(optimization)
    codes = sorted(b["exitCode"] for b in optimization["backtests"].values())
    assert codes == [0, 0, 1, 1], codes
    assert all(len(b["statistics"]) == 21 for b in optimization["backtests"].values() if b["exitCode"] == 0)


# ----- compile and files --------------------------------------------------------------------------------------------


async def test_compile_and_files_parse_as_lean_cli_models_them(mock: MockClient) -> None:
    created = await mock.ok("/compile/create", {"projectId": mock.demo_project})
    assert isinstance(created["compileId"], str) and created["state"] in COMPILE_STATES  # QCCompile
    mock.clock.advance(1)
    read = await mock.ok("/compile/read", {"projectId": mock.demo_project, "compileId": created["compileId"]})
    assert read["state"] == "BuildSuccess" and all(isinstance(line, str) for line in read["logs"])  # ...WithLogs
    files = (await mock.ok("/files/read", {"projectId": mock.demo_project}))["files"]
    for file in files:  # QCFullFile
        assert isinstance(file["name"], str) and isinstance(file["content"], str), file
        assert _datetime(file["modified"]) and isinstance(file["isLibrary"], bool), file
    one = (await mock.ok("/files/read", {"projectId": mock.demo_project, "name": "main.py"}))["files"][0]
    assert one["name"] == "main.py" and _datetime(one["modified"])  # QCMinimalFile


# ----- GET with query parameters, as lean-cli reads -----------------------------------------------------------------
# lean-cli sends its reads (authenticate, projects/read, files/read, compile/read, backtests/read) as GET with the
# fields in the query string. That decoding belongs to the request pipeline, which is gaining it in parallel: this
# test needs it, and fails with HTTP 405 where it is missing.


async def test_get_reads_with_query_parameters_as_lean_cli_sends_them(mock: MockClient) -> None:
    assert mock.app.demo is not None

    async def get(operation: str, params: dict[str, Any]) -> dict[str, Any]:
        response = await mock.http.get(operation, params=params, headers=mock.headers())
        assert response.status_code == 200, f"GET {operation}: HTTP {response.status_code} {response.text[:200]}"
        answer: dict[str, Any] = response.json()
        assert answer["success"] is True, answer
        return answer

    await get("/authenticate", {})
    check_project((await get("/projects/read", {"projectId": mock.demo_project}))["projects"][0])
    files = (await get("/files/read", {"projectId": mock.demo_project, "name": "main.py"}))["files"]
    assert files[0]["name"] == "main.py"
    compiled = await get("/compile/read", {"projectId": mock.demo_project, "compileId": mock.demo_compile})
    assert compiled["state"] == "BuildSuccess"
    backtest = await get("/backtests/read", {"projectId": mock.demo_project, "backtestId": mock.app.demo.backtest_id})
    check_backtest(backtest["backtest"])
    assert lean_is_complete(backtest["backtest"])
