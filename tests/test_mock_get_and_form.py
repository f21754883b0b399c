"""Reads as GET with query parameters, and form bodies, the way lean-cli sends them; over real HTTP.

lean-cli (`lean login`, `lean cloud pull`, ...) GETs `authenticate`, `projects/read`, `files/read`, `compile/read`
and `backtests/read` with the fields in the query string, and POSTs `projects/update` and optimizations as forms.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from mock_server.api import get_operations
from mock_server.launcher import MockServer, running_mock
from mock_server.limits import MAX_FORM_FIELDS
from mock_server.normalize import decode_form, normalize
from mock_server.settings import DEFAULT_SPEC_PATH
from mock_server.spec import load_spec
from tests.conftest import sign_headers

SPEC = load_spec(DEFAULT_SPEC_PATH)
GET_OPERATIONS = sorted(get_operations(SPEC))
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with running_mock(["--compile-seconds", "0"]) as started:
        yield started


@pytest.fixture
def http(server: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10, trust_env=False) as client:
        yield client


def _ids(server: MockServer) -> tuple[int, str, str]:
    a = server.announcement
    return int(a["project_id"]), str(a["compile_id"]), str(a["backtest_id"])


def _get(server: MockServer, http: httpx.Client, operation: str, query: str = "") -> dict[str, Any]:
    """A signed GET of `operation?query`; the answer must be HTTP 200."""
    url = f"{operation}?{query}" if query else operation
    response = http.get(url, headers=sign_headers(server.user_id, server.api_token))
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def _post(server: MockServer, http: httpx.Client, operation: str, body: Any) -> dict[str, Any]:
    response = http.post(operation, json=body, headers=sign_headers(server.user_id, server.api_token))
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def test_the_documented_reads_answer_get() -> None:
    lean_cli = {"/authenticate", "/projects/read", "/files/read", "/compile/read", "/backtests/read"}
    assert lean_cli <= set(GET_OPERATIONS)
    assert {"/backtests/list", "/optimizations/read", "/backtests/chart/read"} <= set(GET_OPERATIONS)
    assert not {"/projects/create", "/projects/update", "/backtests/create", "/optimizations/estimate"} & set(
        GET_OPERATIONS
    )


def test_get_authenticate_like_lean_login(server: MockServer, http: httpx.Client) -> None:
    assert _get(server, http, "/authenticate") == {"success": True, "errors": []}
    unsigned = http.get("/authenticate")
    assert unsigned.status_code == 401 and unsigned.json()["success"] is False
    wrong = http.get("/authenticate", headers=sign_headers(server.user_id, "not-the-token"))
    assert wrong.json() == {"success": False, "errors": ["Hash doesn't match."]}


def test_get_projects_read_one_and_all(server: MockServer, http: httpx.Client) -> None:
    project_id, _, _ = _ids(server)
    one = _get(server, http, "/projects/read", f"projectId={project_id}")
    assert one["success"] is True and [p["projectId"] for p in one["projects"]] == [project_id]
    assert one == _post(server, http, "/projects/read", {"projectId": project_id})
    everything = _get(server, http, "/projects/read")  # lean-cli's is_authenticated(): no query at all
    assert everything["success"] is True and project_id in [p["projectId"] for p in everything["projects"]]


def test_get_backtests_read(server: MockServer, http: httpx.Client) -> None:
    project_id, _, backtest_id = _ids(server)
    answer = _get(server, http, "/backtests/read", urlencode({"projectId": project_id, "backtestId": backtest_id}))
    assert answer["success"] is True, answer
    assert (answer["backtest"]["backtestId"], answer["backtest"]["projectId"]) == (backtest_id, project_id)


def test_get_files_read(server: MockServer, http: httpx.Client) -> None:
    project_id, _, _ = _ids(server)
    answer = _get(server, http, "/files/read", f"projectId={project_id}&name=main.py")
    assert answer["success"] is True and [f["name"] for f in answer["files"]] == ["main.py"]
    assert answer == _post(server, http, "/files/read", {"projectId": project_id, "name": "main.py"})
    missing = _get(server, http, "/files/read", f"projectId={project_id}&name=nope.py")
    assert missing["success"] is False and "nope.py" in missing["errors"][0]


def test_get_compile_read(server: MockServer, http: httpx.Client) -> None:
    project_id, compile_id, _ = _ids(server)
    answer = _get(server, http, "/compile/read", urlencode({"projectId": project_id, "compileId": compile_id}))
    assert (answer["success"], answer["compileId"], answer["state"]) == (True, compile_id, "BuildSuccess")


def test_query_values_are_coerced_and_validated_like_form_bodies(server: MockServer, http: httpx.Client) -> None:
    project_id, _, _ = _ids(server)
    listed = _get(server, http, "/backtests/list", f"projectId={project_id}&includeStatistics=true")
    assert listed["success"] is True and "sharpeRatio" in listed["backtests"][0]
    wrong = _get(server, http, "/backtests/read", "projectId=abc&backtestId=x")
    assert wrong == {"success": False, "errors": ["projectId: 'abc' is not of type 'integer'"]}
    missing = _get(server, http, "/backtests/read", f"projectId={project_id}")
    assert missing == {"success": False, "errors": ["'backtestId' is a required property"]}
    not_text = _get(server, http, "/files/read", f"projectId={project_id}&name=%ED%A0%80")
    assert not_text["success"] is False and not_text["errors"][0].startswith("name: ")


def test_a_query_of_too_many_fields_is_refused(server: MockServer, http: httpx.Client) -> None:
    query = "&".join(f"f{i}=1" for i in range(MAX_FORM_FIELDS + 1))
    answer = _get(server, http, "/projects/read", query)
    assert answer["success"] is False and "at most" in answer["errors"][0], answer


@pytest.mark.parametrize("operation", GET_OPERATIONS)
def test_every_read_operation_answers_get(server: MockServer, http: httpx.Client, operation: str) -> None:
    project_id, compile_id, backtest_id = _ids(server)
    query = {"projectId": project_id, "compileId": compile_id, "backtestId": backtest_id, "optimizationId": "O-1"}
    query |= {"name": "Strategy Equity", "count": 10, "start": 0, "end": 10, "query": ""}
    query |= {"brokerage": "alpaca", "algorithmId": "L-0", "startLine": 0, "endLine": 10}  # live reads
    query |= {"organizationId": server.announcement["organization_id"], "key": "models/a.bin"}  # object store
    answer = _get(server, http, operation, urlencode(query))
    assert answer["success"] is True or "not found" in answer["errors"][0], (operation, answer)


def test_other_methods_stay_405_with_allow(server: MockServer, http: httpx.Client) -> None:
    headers = sign_headers(server.user_id, server.api_token)
    create = http.get("/projects/create", headers=headers)
    assert (create.status_code, create.headers["allow"]) == (405, "POST")
    assert create.json()["success"] is False
    for method in ("PUT", "DELETE", "PATCH", "OPTIONS"):
        read = http.request(method, "/projects/read", headers=headers)
        # `Allow` names what openapi.yaml documents (the contract tests check it); the message mentions GET.
        assert (read.status_code, read.headers["allow"]) == (405, "POST"), method
        assert "or GET with the fields in the query string" in read.json()["errors"][0]


def test_form_encoded_project_update_parameters_show_in_the_next_read(server: MockServer, http: httpx.Client) -> None:
    created = _post(server, http, "/projects/create", {"name": "Forms/Parameters", "language": "Py"})
    project_id = created["projects"][0]["projectId"]
    form = f"projectId={project_id}&parameters[0][key]=ema_fast&parameters[0][value]=12"  # as lean-cli sends it
    headers = sign_headers(server.user_id, server.api_token) | FORM
    updated = http.post("/projects/update", content=form.encode(), headers=headers)
    assert updated.json() == {"success": True, "errors": []}
    project = _get(server, http, "/projects/read", f"projectId={project_id}")["projects"][0]
    assert project["parameters"] == [{"key": "ema_fast", "value": "12"}]


def test_flattened_form_parameters_become_the_list_a_list_or_map_schema_allows() -> None:
    # ProjectParameters allows a list of {key, value} or a map: lean-cli's flattened list must stay a list.
    schema = {"type": "object", "properties": {"parameters": {"$ref": "#/components/schemas/ProjectParameters"}}}
    form = decode_form(
        b"parameters[0][key]=ema_fast&parameters[0][value]=12&parameters[1][key]=b&parameters[1][value]=2"
    )
    assert normalize(form, schema, SPEC, True) == {
        "parameters": [{"key": "ema_fast", "value": "12"}, {"key": "b", "value": "2"}]
    }
    not_items = decode_form(b"parameters[0]=12&parameters[1]=13")  # a map of plain values, keyed "0" and "1"
    assert normalize(not_items, schema, SPEC, True) == {"parameters": {"0": "12", "1": "13"}}


def test_form_encoded_optimization_estimate_like_lean_cli(server: MockServer, http: httpx.Client) -> None:
    project_id, compile_id, _ = _ids(server)
    form = {
        "projectId": project_id,
        "compileId": compile_id,
        "name": "Forms/Estimate",
        "strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
        "target": "TotalPerformance.PortfolioStatistics.SharpeRatio",
        "targetTo": "max",
        "targetValue": "",
        "nodeType": "O2-8",
        "parallelNodes": 2,
        "estimatedCost": "0.01",
        "parameters[0][key]": "ema_fast",
        "parameters[0][min]": 5,
        "parameters[0][max]": 10,
        "parameters[0][step]": 5,
        "constraints[0][target]": "TotalPerformance.PortfolioStatistics.Drawdown",
        "constraints[0][operator]": "LessOrEqual",
        "constraints[0][target-value]": 0.25,
    }
    headers = sign_headers(server.user_id, server.api_token) | FORM
    answer = http.post("/optimizations/estimate", content=urlencode(form).encode(), headers=headers).json()
    assert answer["success"] is True, answer
    assert answer["estimate"]["time"] > 0
