"""Input a careless or hostile client might send: refused with an error naming the field, nothing stored, and the
mock keeps answering everyone (never a 500). Most cases run in-process; load, body size and stalls over real HTTP.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from mock_server import FaultPlan, create_app
from mock_server.errors import INTERNAL_ERROR
from mock_server.handlers import HANDLERS, Body, Context, Result
from mock_server.launcher import MockServer, running_mock
from mock_server.limits import (
    MAX_BODY_BYTES,
    MAX_CONTENT_LENGTH,
    MAX_FORM_FIELDS,
    MAX_JSON_VALUES,
    MAX_NAME_LENGTH,
    MAX_SECONDS,
)
from tests.conftest import MockClient, sign_headers

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
JSON = {"Content-Type": "application/json"}
ADMIN = "http://mock/_mock"
LONE_SURROGATE = b'"a\\ud800b"'  # a valid JSON escape, but no Unicode character: it cannot be encoded as UTF-8


async def _still_serving(mock: MockClient) -> None:
    """The mock answers ordinary calls: health, a signed read, a create that renders a date."""
    assert (await mock.http.get(f"{ADMIN}/health")).json()["ok"] is True
    await mock.ok("/authenticate")
    await mock.ok("/backtests/list", {"projectId": mock.demo_project})
    created = await mock.ok("/projects/create", {"name": f"Still/Serving {time.monotonic_ns()}", "language": "Py"})
    assert created["projects"][0]["created"]


async def _raw(mock: MockClient, operation: str, content: bytes, headers: dict[str, str] = JSON) -> list[str]:
    """Posts raw bytes; the answer must be HTTP 200 `success: false`; returns its errors."""
    response = await mock.http.post(operation, content=content, headers=mock.headers(headers))
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["success"] is False and answer["errors"], answer
    errors: list[str] = answer["errors"]
    return errors


async def _project_names(mock: MockClient) -> list[str]:
    return [p["name"] for p in (await mock.ok("/projects/read", {}))["projects"]]


# ----- admin endpoints ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", [b'{"skew": "nan"}', b'{"skew": "inf"}', b'{"skew": NaN}', b'{"skew": Infinity}', b'{"skew": 1e308}']
)
async def test_a_skew_that_is_not_a_bounded_number_is_refused(mock: MockClient, raw: bytes) -> None:
    response = await mock.http.post(f"{ADMIN}/faults", content=raw, headers=JSON)
    assert response.status_code == 400 and response.json()["error"].startswith("skew: "), response.text
    assert (await mock.http.get(f"{ADMIN}/faults")).json()["skew"] == 0.0  # unchanged
    await _still_serving(mock)
    assert (await mock.http.delete(f"{ADMIN}/faults")).status_code == 200


@pytest.mark.parametrize("body", [{"skew": True}, {"skew": MAX_SECONDS + 1}, {"skwe": 5}, [1], {"next": "skew=nan"}])
async def test_admin_faults_refuse_unknown_keys_and_bad_values_changing_nothing(mock: MockClient, body: Any) -> None:
    response = await mock.http.post(
        f"{ADMIN}/faults", json={"next": ["503"], **body} if isinstance(body, dict) else body
    )
    assert response.status_code == 400, response.text
    key = next(iter(body)) if isinstance(body, dict) else "body"
    assert response.json()["error"].startswith(key), response.json()
    assert (await mock.http.get(f"{ADMIN}/faults")).json() == {"queue": [], "skew": 0.0}  # not even the 503
    await _still_serving(mock)


@pytest.mark.parametrize("raw", [b'{"advance": "nan"}', b'{"advance": NaN}', b'{"advance": 1e12}', b'{"advance": -1}'])
async def test_a_clock_advance_that_is_not_a_bounded_number_is_refused(mock: MockClient, raw: bytes) -> None:
    response = await mock.http.post(f"{ADMIN}/clock", content=raw, headers=JSON)
    assert response.status_code == 400 and response.json()["error"].startswith("advance"), response.text
    assert (await mock.http.get(f"{ADMIN}/clock")).json()["simulationOffset"] == 0
    await _still_serving(mock)
    body = {"projectId": mock.demo_project, "compileId": mock.demo_compile, "backtestName": "after a bad advance"}
    assert (await mock.ok("/backtests/create", body))["backtest"]["created"]


async def test_clock_advances_are_bounded_in_total(mock: MockClient) -> None:
    assert (await mock.http.post(f"{ADMIN}/clock", json={"advance": MAX_SECONDS})).status_code == 200
    refused = await mock.http.post(f"{ADMIN}/clock", json={"advance": 1})
    assert refused.status_code == 400 and refused.json()["error"].startswith("advance")
    await _still_serving(mock)


async def test_fault_headers_with_numbers_out_of_bounds_are_a_400(mock: MockClient) -> None:
    for spec in ("skew=nan", "skew=1e12", "429;retry-after=inf", "non-json;status=99999"):
        response = await mock.post("/authenticate", headers={"X-Mock-Fault": spec})
        assert response.status_code == 400 and spec in response.json()["errors"][0], spec
    times = await mock.post("/authenticate", headers={"X-Mock-Fault": "503", "X-Mock-Fault-Times": "1" * 5_000})
    assert times.status_code == 400 and times.json()["errors"][0].startswith("x-mock-fault-times: ")
    await _still_serving(mock)


def test_settings_and_fault_plans_refuse_numbers_that_are_not_finite() -> None:
    for setting in ("auth_window", "backtest_seconds", "queue_seconds", "compile_seconds"):
        with pytest.raises(ValueError, match=setting):
            create_app(**{setting: float("nan")})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="skew"):
        FaultPlan(skew=float("inf"))
    with pytest.raises(ValueError, match="skew"):
        create_app(skew=1e12)


# ----- strings: lone surrogates, NUL, lengths ----------------------------------------------------------------------


async def test_a_lone_surrogate_as_project_name_is_refused_and_not_stored(mock: MockClient) -> None:
    errors = await _raw(mock, "/projects/create", b'{"name": ' + LONE_SURROGATE + b', "language": "Py"}')
    assert errors[0].startswith("name: ") and "\\ud800" in errors[0], errors
    assert await _project_names(mock) == ["Demo/EMA Cross"]
    await _still_serving(mock)


async def test_a_lone_surrogate_as_backtest_name_is_refused_and_not_stored(mock: MockClient) -> None:
    body = b'{"projectId": %d, "compileId": "%s", "backtestName": %s}' % (
        mock.demo_project,
        mock.demo_compile.encode(),
        LONE_SURROGATE,
    )
    errors = await _raw(mock, "/backtests/create", body)
    assert errors[0].startswith("backtestName: "), errors
    assert (await mock.ok("/backtests/list", {"projectId": mock.demo_project}))["count"] == 1
    await _still_serving(mock)


@pytest.mark.parametrize("operation", ["/files/create", "/files/update"])
async def test_a_lone_surrogate_as_file_content_is_refused_and_not_stored(mock: MockClient, operation: str) -> None:
    name = b"new.py" if operation == "/files/create" else b"main.py"
    body = b'{"projectId": %d, "name": "%s", "content": %s}' % (mock.demo_project, name, LONE_SURROGATE)
    errors = await _raw(mock, operation, body)
    assert errors[0].startswith("content: "), errors
    files = (await mock.ok("/files/read", {"projectId": mock.demo_project}))["files"]
    assert [f["name"] for f in files] == ["main.py"] and "\ud800" not in files[0]["content"]
    await mock.ok("/compile/create", {"projectId": mock.demo_project})
    await mock.ok("/projects/read", {"projectId": mock.demo_project})
    await _still_serving(mock)


async def test_a_lone_surrogate_as_a_parameter_name_is_refused(mock: MockClient) -> None:
    body = b'{"projectId": %d, "compileId": "%s", "backtestName": "b", "parameters": {%s: 1}}' % (
        mock.demo_project,
        mock.demo_compile.encode(),
        LONE_SURROGATE,
    )
    errors = await _raw(mock, "/backtests/create", body)
    assert errors[0].startswith("parameters: the key"), errors
    assert (await mock.ok("/backtests/list", {"projectId": mock.demo_project}))["count"] == 1


async def test_form_bytes_that_are_not_utf8_are_refused_naming_the_field(mock: MockClient) -> None:
    errors = await _raw(mock, "/projects/create", b"name=%ED%A0%80&language=Py", FORM)
    assert errors[0].startswith("name: ") and "not UTF-8" in errors[0], errors
    errors = await _raw(mock, "/projects/create", b"name=\xff\xfe&language=Py", FORM)
    assert errors[0].startswith("name: "), errors
    assert await _project_names(mock) == ["Demo/EMA Cross"]


@pytest.mark.parametrize(
    ("operation", "field", "value"),
    [
        ("/projects/create", "name", "Tests/a\x00b"),
        ("/projects/create", "name", "n" * 100_000),
        ("/projects/create", "name", "n" * (MAX_NAME_LENGTH + 1)),
        ("/files/create", "name", "a\x00.py"),
        ("/files/create", "content", "x = 1\x00\n"),
        ("/files/create", "content", "#" * (MAX_CONTENT_LENGTH + 1)),
        ("/projects/update", "description", "d" * 100_000),
    ],
)
async def test_nul_and_overlong_strings_are_refused_naming_the_field(
    mock: MockClient, operation: str, field: str, value: str
) -> None:
    before = await mock.ok("/projects/read", {})
    body = {"projectId": mock.demo_project, "name": "f.py", "language": "Py", field: value}
    errors = await mock.fails(operation, body)
    assert errors[0].startswith(f"{field}: "), errors
    assert ("NUL" in errors[0]) if "\x00" in value else ("at most" in errors[0]), errors
    assert len(errors[0]) < 300  # the value is not echoed back whole
    assert (await mock.ok("/projects/read", {}))["projects"] == before["projects"]
    assert len((await mock.ok("/files/read", {"projectId": mock.demo_project}))["files"]) == 1
    await _still_serving(mock)


async def test_the_longest_accepted_name_is_accepted(mock: MockClient) -> None:
    name = "n" * MAX_NAME_LENGTH
    await mock.ok("/projects/create", {"name": name, "language": "Py"})
    assert name in await _project_names(mock)


# ----- headers -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("stamp", [b"\xb2", b"1" * 5_000, b"-", b"12a", "\u0661\u0662".encode()])
async def test_a_timestamp_that_is_not_ascii_digits_is_a_401(mock: MockClient, stamp: bytes) -> None:
    signed = [(k.encode(), v.encode()) for k, v in mock.headers().items() if k != "Timestamp"]
    response = await mock.http.post("/authenticate", headers=[*signed, (b"Timestamp", stamp)])
    assert response.status_code == 401 and response.headers["www-authenticate"] == 'Basic realm="QuantConnect"'
    error = response.json()["errors"][0]
    assert error.startswith("Timestamp header is not Unix seconds") and len(error) < 200, error
    await _still_serving(mock)


# ----- sizes: bodies, form fields, JSON values ---------------------------------------------------------------------


def _lean_form(project_id: int, parameters: int) -> bytes:
    """projects/update the way lean-cli flattens parameters: 1 + 2 * `parameters` form fields."""
    fields = [("projectId", str(project_id))]
    for i in range(parameters):
        fields += [(f"parameters[{i}][key]", f"p{i}"), (f"parameters[{i}][value]", str(i))]
    return urlencode(fields).encode()


async def test_a_form_of_100000_items_is_refused_by_the_field_limit(mock: MockClient) -> None:
    before = (await mock.ok("/projects/read", {"projectId": mock.demo_project}))["projects"][0]["parameters"]
    errors = await _raw(mock, "/projects/update", _lean_form(mock.demo_project, 50_000), FORM)  # 100,000 items
    assert errors == [f"parameters: 100,001 form fields sent; the mock accepts at most {MAX_FORM_FIELDS:,}."]
    after = (await mock.ok("/projects/read", {"projectId": mock.demo_project}))["projects"][0]["parameters"]
    assert after == before
    await _still_serving(mock)


async def test_the_field_limit_is_where_it_says(mock: MockClient) -> None:
    most = (MAX_FORM_FIELDS - 1) // 2
    form = _lean_form(mock.demo_project, most)
    accepted = await mock.http.post("/projects/update", content=form, headers=mock.headers(FORM))
    assert accepted.json()["success"] is True, accepted.text
    project = (await mock.ok("/projects/read", {"projectId": mock.demo_project}))["projects"][0]
    assert len(project["parameters"]) == most
    errors = await _raw(mock, "/projects/update", _lean_form(mock.demo_project, most + 1), FORM)
    assert errors[0].startswith("parameters: ") and "at most" in errors[0]


async def test_a_json_body_of_too_many_values_is_refused_naming_where(mock: MockClient) -> None:
    parameters = {f"p{i}": i for i in range(MAX_JSON_VALUES)}
    body = {"projectId": mock.demo_project, "compileId": mock.demo_compile, "backtestName": "b"}
    errors = await mock.fails("/backtests/create", body | {"parameters": parameters})
    assert errors[0].startswith("parameters: the body has more than"), errors
    errors = await mock.fails("/backtests/create", body | {"parameters": {"a": [0] * 100_000}})
    assert errors[0].startswith("parameters.a: "), errors
    assert (await mock.ok("/backtests/list", {"projectId": mock.demo_project}))["count"] == 1


async def test_a_flattened_key_nested_too_deeply_is_refused(mock: MockClient) -> None:
    key = "parameters" + "[0]" * 100
    errors = await _raw(mock, "/projects/update", urlencode({"projectId": mock.demo_project, key: "x"}).encode(), FORM)
    assert errors[0].startswith("parameters[0][0]") and "levels" in errors[0], errors


async def test_a_body_over_the_size_limit_is_a_413(mock: MockClient) -> None:
    content = b'{"name": "' + b"a" * MAX_BODY_BYTES + b'", "language": "Py"}'
    response = await mock.http.post("/projects/create", content=content, headers=mock.headers(JSON))
    assert response.status_code == 413 and response.json()["success"] is False
    assert f"{MAX_BODY_BYTES:,} bytes" in response.json()["errors"][0]
    await _still_serving(mock)


# ----- content types -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain; charset=utf-8", "application/xml"])
async def test_bodies_of_other_content_types_are_refused_naming_it(mock: MockClient, content_type: str) -> None:
    body = b'{"name": "Tests/Plain", "language": "Py"}'  # JSON, but not declared so
    errors = await _raw(mock, "/projects/create", body, {"Content-Type": content_type})
    media_type = content_type.split(";")[0]
    assert errors == [
        f"Content-Type: '{media_type}' is not accepted; send application/json or application/x-www-form-urlencoded."
    ]
    assert await _project_names(mock) == ["Demo/EMA Cross"]


async def test_json_with_a_charset_or_without_a_content_type_is_still_read(mock: MockClient) -> None:
    for headers in ({"Content-Type": "application/json; charset=utf-8"}, {}):
        body = b'{"projectId": %d}' % mock.demo_project
        response = await mock.http.post("/backtests/list", content=body, headers=mock.headers(headers))
        assert response.json()["success"] is True, headers


# ----- the last-resort guard ---------------------------------------------------------------------------------------


async def test_an_unexpected_handler_error_is_a_logged_failure_not_a_500(
    mock: MockClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(ctx: Context, body: Body) -> Result:
        raise KeyError("a bug in a handler")

    monkeypatch.setitem(HANDLERS, "/backtests/list", broken)
    with caplog.at_level(logging.ERROR, logger="mock_server"):
        response = await mock.post("/backtests/list", {"projectId": mock.demo_project})
    assert (response.status_code, response.json()) == (200, {"success": False, "errors": [INTERNAL_ERROR]})
    assert any(r.exc_info and "a bug in a handler" in str(r.exc_info[1]) for r in caplog.records), caplog.records
    monkeypatch.undo()
    await _still_serving(mock)


# ----- over real HTTP: body size, stalls, load ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with running_mock(["--backtest-seconds", "0.2", "--queue-seconds", "0", "--compile-seconds", "0"]) as started:
        yield started


def _signed(server: MockServer, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {**sign_headers(server.user_id, server.api_token), **(extra or {})}


def _client(server: MockServer, connections: int = 20) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=connections)
    return httpx.AsyncClient(base_url=server.base_url, timeout=30, trust_env=False, limits=limits)


async def test_real_server_survives_a_nan_skew_from_the_admin_endpoint(server: MockServer) -> None:
    async with _client(server) as http:
        refused = await http.post(f"{server.admin_url}/faults", content=b'{"skew": NaN}', headers=JSON)
        assert refused.status_code == 400
        assert (await http.get(f"{server.admin_url}/health")).status_code == 200
        assert (await http.post("/authenticate", headers=_signed(server))).json()["success"] is True


async def test_real_server_answers_413_to_a_large_body_and_keeps_serving(server: MockServer) -> None:
    async def chunks() -> Any:
        for _ in range(MAX_BODY_BYTES // 100_000 + 2):
            yield b"a" * 100_000

    big = b"a" * (MAX_BODY_BYTES + 1)
    async with _client(server) as http:
        for content in (big, chunks()):  # with a Content-Length, then chunked without one
            response = await http.post("/projects/create", content=content, headers=_signed(server, JSON))
            assert response.status_code == 413 and response.json()["success"] is False
        assert (await http.post("/authenticate", headers=_signed(server))).json()["success"] is True


async def test_a_100000_item_form_is_refused_fast_and_does_not_stall_another_client(server: MockServer) -> None:
    project_id = int(server.announcement["project_id"])
    big = _lean_form(project_id, 50_000)  # 100,000 flattened items
    async with _client(server) as first, _client(server) as second:

        async def authenticate() -> float:
            started = time.monotonic()
            response = await second.post("/authenticate", headers=_signed(server))
            assert response.json()["success"] is True
            return time.monotonic() - started

        big_call = first.post("/projects/update", content=big, headers=_signed(server, FORM))
        response, waited = await asyncio.gather(big_call, authenticate())
    assert response.status_code == 200
    assert response.json()["errors"] == [
        f"parameters: 100,001 form fields sent; the mock accepts at most {MAX_FORM_FIELDS:,}."
    ]
    assert waited < 15.0  # generous: before the field limit, the form held every client up for about 22 s


async def test_hundreds_of_concurrent_mixed_calls_are_all_answered_and_none_is_a_500(server: MockServer) -> None:
    project_id = int(server.announcement["project_id"])
    backtest_id = str(server.announcement["backtest_id"])
    compile_id = str(server.announcement["compile_id"])
    run = time.monotonic_ns()
    calls: list[tuple[str, str, dict[str, Any]]] = []  # (kind, operation, httpx request options)
    for i in range(75):
        calls += [
            ("read", "/backtests/read", {"json": {"projectId": project_id, "backtestId": backtest_id}}),
            ("read", "/files/read", {"params": {"projectId": project_id, "name": "main.py"}}),  # GET
            ("create", "/projects/create", {"json": {"name": f"Load/{run}/{i}", "language": "Py"}}),
            ("bad", "/projects/create", {"content": b'{"name": ' + LONE_SURROGATE + b', "language": "Py"}'}),
        ]
    backtest = {"projectId": project_id, "compileId": compile_id}
    calls += [("create", "/backtests/create", {"json": backtest | {"backtestName": f"Load {i}"}}) for i in range(25)]
    calls += [("bad", "/projects/update", {"content": _lean_form(project_id, 2_500), "headers": FORM})] * 10
    calls += [("unsigned", "/authenticate", {"headers": {"Timestamp": b"\xb2"}})] * 10

    async def call(http: httpx.AsyncClient, kind: str, operation: str, shared: dict[str, Any]) -> str:
        options = dict(shared)
        headers = _signed(server, {**JSON, **options.pop("headers", {})})
        method = "GET" if "params" in options else "POST"
        response = await http.request(method, operation, headers=headers, **options)
        assert response.status_code in (200, 401), (operation, response.status_code, response.text)
        answer = response.json()
        assert answer["success"] is (kind in ("read", "create")), (kind, operation, answer)
        return kind

    async with _client(server, connections=100) as http:
        kinds = await asyncio.wait_for(asyncio.gather(*(call(http, *c) for c in calls)), timeout=120)
        assert Counter(kinds) == Counter(kind for kind, _, _ in calls)  # none lost
        projects = (await http.post("/projects/read", json={}, headers=_signed(server))).json()
        backtests = (await http.post("/backtests/list", json={"projectId": project_id}, headers=_signed(server))).json()
    assert sum(p["name"].startswith(f"Load/{run}/") for p in projects["projects"]) == 75  # each create, once
    assert sum(b["name"].startswith("Load ") for b in backtests["backtests"]) == 25
