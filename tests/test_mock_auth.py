"""The mock checks signatures like the platform: 200 `Hash doesn't match.` or 401 with www-authenticate."""

from __future__ import annotations

import base64
import email.utils

import httpx

from mock_server import ManualClock, create_app
from tests.conftest import MockClient, sign_headers


def _date(response: httpx.Response) -> float:
    parsed = email.utils.parsedate_to_datetime(response.headers["date"])
    return parsed.timestamp()


async def test_valid_signature_is_accepted(mock: MockClient) -> None:
    response = await mock.post("/authenticate")
    assert response.status_code == 200
    assert response.json() == {"success": True, "errors": []}
    assert _date(response) == int(mock.clock())


async def test_wrong_token_answers_200_hash_doesnt_match(mock: MockClient) -> None:
    headers = sign_headers(mock.user_id, "not-the-token", mock.clock())
    response = await mock.http.post("/authenticate", headers=headers)
    assert response.status_code == 200
    assert response.json() == {"success": False, "errors": ["Hash doesn't match."]}
    assert "date" in response.headers


async def test_unknown_user_answers_hash_doesnt_match(mock: MockClient) -> None:
    headers = sign_headers("999", mock.api_token, mock.clock())
    response = await mock.http.post("/backtests/list", json={"projectId": mock.demo_project}, headers=headers)
    assert (response.status_code, response.json()["errors"]) == (200, ["Hash doesn't match."])


async def test_missing_headers_answer_401_with_www_authenticate(mock: MockClient) -> None:
    response = await mock.http.post("/authenticate")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Basic realm="QuantConnect"'
    body = response.json()
    assert body["success"] is False and "Timestamp" in body["errors"][0]
    assert "date" in response.headers


async def test_malformed_authorization_answers_401(mock: MockClient) -> None:
    stamp = str(int(mock.clock()))
    for authorization in ("Bearer abc", "Basic !!!", "Basic " + base64.b64encode(b"no-colon").decode()):
        response = await mock.http.post("/authenticate", headers={"Timestamp": stamp, "Authorization": authorization})
        assert response.status_code == 401, authorization
        assert response.headers["www-authenticate"].startswith("Basic")
    response = await mock.http.post("/authenticate", headers={**mock.headers(), "Timestamp": "yesterday"})
    assert response.status_code == 401


async def test_stale_timestamp_answers_401_naming_the_window(mock: MockClient) -> None:
    headers = sign_headers(mock.user_id, mock.api_token, mock.clock() - 301)
    response = await mock.http.post("/authenticate", headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Basic realm="QuantConnect"'
    assert "outside the accepted window" in response.json()["errors"][0]
    fresh_enough = sign_headers(mock.user_id, mock.api_token, mock.clock() - 299)
    assert (await mock.http.post("/authenticate", headers=fresh_enough)).status_code == 200


async def test_auth_window_is_configurable() -> None:
    clock = ManualClock(1_700_000_000)
    app = create_app("7", "token", clock=clock, auth_window=5, empty=True)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://m/api/v2") as http:
        ok = await http.post("/authenticate", headers=sign_headers("7", "token", clock() - 5))
        late = await http.post("/authenticate", headers=sign_headers("7", "token", clock() - 6))
    assert (ok.status_code, late.status_code) == (200, 401)


async def test_skewed_server_clock_rejects_a_correct_client_and_shows_the_skew_in_date() -> None:
    clock = ManualClock(1_700_000_000)
    app = create_app(clock=clock, skew=3600, empty=True)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://m/api/v2") as http:
        user, token = "12345", "mock-api-token"
        rejected = await http.post("/authenticate", headers=sign_headers(user, token, clock()))
        assert rejected.status_code == 401
        server_now = _date(rejected)
        assert server_now == clock() + 3600
        corrected = await http.post("/authenticate", headers=sign_headers(user, token, server_now))
    assert corrected.status_code == 200 and corrected.json()["success"] is True


async def test_date_header_on_every_kind_of_answer(mock: MockClient) -> None:
    answers = [
        await mock.post("/backtests/read", {"projectId": "abc"}),  # validation failure
        await mock.post("/no/such/operation"),  # 404
        await mock.http.get("/authenticate"),  # 405, unsigned
        await mock.http.get("http://mock/_mock/health"),
        await mock.post("/authenticate", headers={"X-Mock-Fault": "503"}),
    ]
    for response in answers:
        assert "date" in response.headers, response.request.url
