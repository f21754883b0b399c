"""Fault injection, per request (`X-Mock-Fault`) and per app (create_app(faults=...), POST /_mock/faults)."""

from __future__ import annotations

import email.utils
import json

import httpx
import pytest

from mock_server import ManualClock, create_app, parse_faults
from mock_server.middleware import DroppedConnection
from tests.conftest import MockClient, SleepRecorder, sign_headers


async def _backtest_count(mock: MockClient) -> int:
    count: int = (await mock.ok("/backtests/list", {"projectId": mock.demo_project}))["count"]
    return count


def _create_body(mock: MockClient) -> dict[str, object]:
    return {"projectId": mock.demo_project, "compileId": mock.demo_compile, "backtestName": "faulty"}


@pytest.mark.parametrize("status", [500, 503])
async def test_server_error_faults_answer_without_running_the_request(mock: MockClient, status: int) -> None:
    response = await mock.post("/backtests/create", _create_body(mock), headers={"X-Mock-Fault": str(status)})
    assert response.status_code == status
    assert response.json() == {"success": False, "errors": [f"Mock fault: HTTP {status}"]}
    assert "date" in response.headers
    assert await _backtest_count(mock) == 1  # only the demo backtest: the request never ran


async def test_429_carries_retry_after(mock: MockClient) -> None:
    response = await mock.post("/authenticate", headers={"X-Mock-Fault": "429;retry-after=2.5"})
    assert (response.status_code, response.headers["retry-after"]) == (429, "2.5")
    default = await mock.post("/authenticate", headers={"X-Mock-Fault": "429"})
    assert default.headers["retry-after"] == "1"


async def test_slow_waits_then_answers_normally(mock: MockClient) -> None:
    response = await mock.post("/authenticate", headers={"X-Mock-Fault": "slow=2.5"})
    assert response.json() == {"success": True, "errors": []}
    assert mock.sleeps.delays == [2.5]


async def test_truncated_sends_half_of_the_real_body(mock: MockClient) -> None:
    full = (await mock.post("/backtests/list", {"projectId": mock.demo_project})).content
    response = await mock.post(
        "/backtests/list", {"projectId": mock.demo_project}, headers={"X-Mock-Fault": "truncated"}
    )
    assert response.status_code == 200
    assert response.content == full[: len(full) // 2]
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(json.JSONDecodeError):
        response.json()


async def test_non_json_answers_an_html_page(mock: MockClient) -> None:
    response = await mock.post("/authenticate", headers={"X-Mock-Fault": "non-json"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<html>")
    gateway = await mock.post("/authenticate", headers={"X-Mock-Fault": "non-json;status=502"})
    assert gateway.status_code == 502


async def test_drop_in_process_raises_instead_of_answering(mock: MockClient) -> None:
    with pytest.raises(DroppedConnection):
        await mock.post("/backtests/create", _create_body(mock), headers={"X-Mock-Fault": "drop"})
    assert await _backtest_count(mock) == 1


async def test_skew_moves_the_server_clock_for_that_request(mock: MockClient) -> None:
    response = await mock.post("/authenticate", headers={"X-Mock-Fault": "skew=3600"})
    assert response.status_code == 401 and "outside the accepted window" in response.json()["errors"][0]
    assert email.utils.parsedate_to_datetime(response.headers["date"]).timestamp() == int(mock.clock()) + 3600
    assert (await mock.post("/authenticate")).status_code == 200


async def test_times_limits_a_header_fault_to_the_first_requests(mock: MockClient) -> None:
    headers = {"X-Mock-Fault": "503", "X-Mock-Fault-Times": "2"}
    statuses = [(await mock.post("/authenticate", headers=headers)).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    keyed = headers | {"X-Mock-Fault-Key": "another test"}
    assert (await mock.post("/authenticate", headers=keyed)).status_code == 503  # its own counter


async def test_combined_faults(mock: MockClient) -> None:
    response = await mock.post("/authenticate", headers={"X-Mock-Fault": "slow=1,503"})
    assert response.status_code == 503 and mock.sleeps.delays == [1.0]


async def test_unknown_fault_is_a_400_naming_it(mock: MockClient) -> None:
    response = await mock.post("/authenticate", headers={"X-Mock-Fault": "explode"})
    assert response.status_code == 400 and "explode" in response.json()["errors"][0]
    with pytest.raises(ValueError, match="retry-after"):
        parse_faults("429;retry-after=soon")


async def test_app_level_fault_queue_applies_to_the_next_requests_in_order() -> None:
    app = create_app(clock=ManualClock(), faults=["503", "429;retry-after=1"], sleep=SleepRecorder())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://m") as http:

        def headers() -> dict[str, str]:
            return sign_headers("12345", "mock-api-token", app.mock.clock())

        assert (await http.get("/_mock/health")).json()["ok"] is True  # admin requests consume no fault
        statuses = [(await http.post("/api/v2/authenticate", headers=headers())).status_code for _ in range(3)]
        assert statuses == [503, 429, 200]


async def test_admin_endpoint_queues_faults_sets_skew_and_resets(mock: MockClient) -> None:
    admin = "http://mock/_mock/faults"
    queued = await mock.http.post(admin, json={"next": ["500", "truncated"]})
    assert queued.json() == {"queue": ["500", "truncated"], "skew": 0.0}
    assert (await mock.post("/authenticate")).status_code == 500
    assert (await mock.http.get(admin)).json()["queue"] == ["truncated"]
    await mock.http.delete(admin)
    assert (await mock.post("/authenticate")).status_code == 200

    await mock.http.post(admin, json={"skew": -900})
    rejected = await mock.post("/authenticate")
    assert rejected.status_code == 401
    assert email.utils.parsedate_to_datetime(rejected.headers["date"]).timestamp() == int(mock.clock()) - 900
    await mock.http.post(admin, json={"reset": True})
    assert (await mock.post("/authenticate")).status_code == 200
    bad = await mock.http.post(admin, json={"next": ["nope"]})
    assert bad.status_code == 400 and "nope" in bad.json()["error"]


async def test_admin_clock_advances_progress(mock: MockClient) -> None:
    created = await mock.ok("/backtests/create", _create_body(mock))
    read = {"projectId": mock.demo_project, "backtestId": created["backtest"]["backtestId"]}
    assert (await mock.ok("/backtests/read", read))["backtest"]["completed"] is False
    clock = await mock.http.post("http://mock/_mock/clock", json={"advance": 60})
    assert clock.json()["simulationOffset"] == 60
    assert (await mock.ok("/backtests/read", read))["backtest"]["completed"] is True
    assert (await mock.post("/authenticate")).status_code == 200  # signatures still use the real clock
