"""Requests are normalised (flattened keys, forms, legacy names, `//`) and then validated against openapi.yaml."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from mock_server.settings import DEFAULT_SPEC_PATH
from mock_server.spec import load_spec
from tests.conftest import MockClient

OPERATIONS = load_spec(DEFAULT_SPEC_PATH).paths


async def test_wrong_type_names_the_field(mock: MockClient) -> None:
    errors = await mock.fails("/backtests/read", {"projectId": "abc", "backtestId": "x"})
    assert errors == ["projectId: 'abc' is not of type 'integer'"]


async def test_missing_field_is_named(mock: MockClient) -> None:
    errors = await mock.fails("/backtests/read", {"projectId": 1})
    assert errors == ["'backtestId' is a required property"]


async def test_nested_errors_name_the_path(mock: MockClient) -> None:
    body = {
        "projectId": mock.demo_project,
        "name": "n",
        "target": "TotalPerformance.PortfolioStatistics.SharpeRatio",
        "targetTo": "sideways",
        "strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
        "compileId": mock.demo_compile,
        "parameters": [{"name": "a", "min": 1, "max": 2, "step": -1}],
    }
    errors = await mock.fails("/optimizations/estimate", body)
    assert any(e.startswith("targetTo: 'sideways' is not one of") for e in errors), errors
    assert any(e.startswith("parameters[0].step:") for e in errors), errors


async def test_body_that_is_not_json(mock: MockClient) -> None:
    response = await mock.http.post(
        "/backtests/read", content=b"{not json", headers=mock.headers({"Content-Type": "application/json"})
    )
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is False and body["errors"][0].startswith("Request body is not valid JSON")


async def test_empty_body_reports_the_required_fields(mock: MockClient) -> None:
    response = await mock.http.post("/backtests/list", headers=mock.headers())
    assert response.json() == {"success": False, "errors": ["'projectId' is a required property"]}


async def test_form_encoded_body_with_flattened_keys_and_legacy_names(mock: MockClient) -> None:
    form = {
        "projectId": str(mock.demo_project),
        "name": "form",
        "target": "TotalPerformance.PortfolioStatistics.SharpeRatio",
        "targetTo": "max",
        "targetValue": "",
        "strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
        "compileId": mock.demo_compile,
        "parameters[0][key]": "ema_fast",
        "parameters[0][min]": "1",
        "parameters[0][max]": "2.5",
        "parameters[0][step]": "0.5",
        "constraints[0][target]": "TotalPerformance.PortfolioStatistics.Drawdown",
        "constraints[0][operator]": "lessorequal",
        "constraints[0][target-value]": "0.25",
        "estimatedCost": "1",
        "nodeType": "O2-8",
        "parallelNodes": "2",
    }
    headers = mock.headers({"Content-Type": "application/x-www-form-urlencoded"})
    response = await mock.http.post("/optimizations/create", content=urlencode(form).encode(), headers=headers)
    created = response.json()
    assert created["success"] is True, created
    optimization = created["optimizations"][0]
    assert optimization["parameters"] == [{"name": "ema_fast", "min": 1, "max": 2.5, "step": 0.5, "minStep": None}]
    read = await mock.ok("/optimizations/read", {"optimizationId": optimization["optimizationId"]})
    constraint = read["optimization"]["constraints"][0]
    assert (constraint["operator"], constraint["targetValue"]) == ("LessOrEqual", 0.25)
    assert read["optimization"]["parallelNodes"] == 2 and read["optimization"]["targetValue"] is None
    assert read["optimization"]["runtimeStatistics"] == []


async def test_form_values_that_do_not_fit_are_still_refused(mock: MockClient) -> None:
    headers = mock.headers({"Content-Type": "application/x-www-form-urlencoded"})
    response = await mock.http.post("/backtests/read", content=b"projectId=abc&backtestId=x", headers=headers)
    assert response.json()["errors"] == ["projectId: 'abc' is not of type 'integer'"]


async def test_flattened_object_parameters_of_a_backtest(mock: MockClient) -> None:
    body = {"projectId": mock.demo_project, "compileId": mock.demo_compile, "backtestName": "flat"}
    created = await mock.ok("/backtests/create", body | {"parameters[ema_fast]": 12})
    mock.clock.advance(10)
    read = {"projectId": mock.demo_project, "backtestId": created["backtest"]["backtestId"]}
    assert (await mock.ok("/backtests/read", read))["backtest"]["parameterSet"]["ema_fast"] == "12"


async def test_doubled_and_trailing_slashes_reach_the_operation(mock: MockClient) -> None:
    for path in ("http://mock/api/v2//authenticate", "http://mock//api//v2/authenticate/"):
        response = await mock.http.post(path, headers=mock.headers())
        assert response.json() == {"success": True, "errors": []}, path


async def test_unknown_operation_and_wrong_method(mock: MockClient) -> None:
    missing = await mock.post("/backtests/explode", {})
    assert missing.status_code == 404 and missing.json()["success"] is False
    # Reads also answer GET (lean-cli sends them so); a create never does.
    wrong_method = await mock.http.get("/projects/create", headers=mock.headers())
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "POST"


@pytest.mark.parametrize("operation", OPERATIONS)
async def test_garbage_never_causes_a_server_error(mock: MockClient, operation: str) -> None:
    garbage: list[object] = [None, [], "text", 12, {"projectId": "abc"}, {"projectId": -1, "backtestId": ""}]
    garbage += [{"projectId": 10**30}, {"optimizationId": {"nested": True}}, {"parameters[0][": 1, "a[b]": []}]
    for body in garbage:
        response = await mock.post(operation, body)
        assert response.status_code == 200, (body, response.text)
        lenient = operation in ("/authenticate", "/projects/read", "/live/list", "/account/read", "/lean/versions/read")
        # (no required fields)
        assert response.json()["success"] is False or lenient, body
    raw = await mock.http.post(operation, content=b"\xff\xfe", headers=mock.headers())
    assert raw.status_code == 200


async def test_a_required_body_must_be_sent_even_when_every_field_is_optional(mock: MockClient) -> None:
    missing = await mock.http.post("/projects/read", headers=mock.headers())
    assert missing.json()["success"] is False and "body is required" in missing.json()["errors"][0]
    assert (await mock.ok("/projects/read", {}))["projects"]


async def test_every_method_but_post_gets_a_json_405(mock: MockClient) -> None:
    for method in ("OPTIONS", "PUT", "DELETE"):
        response = await mock.http.request(method, "/backtests/read", headers=mock.headers())
        assert (response.status_code, response.headers["allow"]) == (405, "POST"), method
    response = await mock.http.get("/backtests/create", headers=mock.headers())
    assert (response.status_code, response.headers["allow"]) == (405, "POST"), "GET of a create"


@pytest.mark.parametrize(
    "raw",
    [
        b'{"projectId": NaN}',
        b'{"projectId": Infinity}',
        b'{"projectId": 1e400}',
        b'{"projectId": 123456789012345678901234567890}',
        b"[" * 50_000 + b"]" * 50_000,
        b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
    ],
)
async def test_numbers_and_nesting_json_cannot_carry_are_refused(mock: MockClient, raw: bytes) -> None:
    headers = mock.headers({"Content-Type": "application/json"})
    response = await mock.http.post("/backtests/list", content=raw, headers=headers)
    assert response.status_code == 200 and response.json()["success"] is False


async def test_grids_too_wide_for_floats_are_refused(mock: MockClient) -> None:
    body = {
        "projectId": mock.demo_project,
        "name": "n",
        "target": "TotalPerformance.PortfolioStatistics.SharpeRatio",
        "targetTo": "max",
        "strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
        "compileId": mock.demo_compile,
        "parameters": [{"name": "a", "min": -1.7e308, "max": 1.7e308, "step": 1e-300}],
    }
    errors = await mock.fails("/optimizations/estimate", body)
    assert errors[0].startswith("parameters[0]:")
