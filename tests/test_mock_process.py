"""`python -m mock_server` as a real server: the start-up line, and faults that need a real connection."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from mock_server.launcher import running_mock
from tests.conftest import sign_headers


def _headers(info: dict[str, Any], fault: str | None = None) -> dict[str, str]:
    headers = sign_headers(info["user_id"], info["api_token"])
    return headers | ({"X-Mock-Fault": fault} if fault else {})


def test_startup_line_names_the_server_and_the_demo_data(mock_server_info: dict[str, Any]) -> None:
    assert mock_server_info["base_url"].startswith("http://127.0.0.1:")
    assert mock_server_info["base_url"].endswith("/api/v2")
    assert (mock_server_info["user_id"], mock_server_info["api_token"]) == ("12345", "mock-api-token")
    body = {"projectId": mock_server_info["project_id"], "compileId": mock_server_info["compile_id"]}
    answer = httpx.post(
        mock_server_info["base_url"] + "/compile/read", json=body, headers=_headers(mock_server_info)
    ).json()
    assert answer["success"] is True and answer["state"] == "BuildSuccess"


def test_drop_closes_the_connection_without_a_response(mock_server_info: dict[str, Any]) -> None:
    url = mock_server_info["base_url"] + "/authenticate"
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(url, headers=_headers(mock_server_info, "drop"), timeout=5)
    assert httpx.post(url, headers=_headers(mock_server_info), timeout=5).json()["success"] is True


def test_slow_makes_a_client_time_out(mock_server_info: dict[str, Any]) -> None:
    url = mock_server_info["base_url"] + "/authenticate"
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(url, headers=_headers(mock_server_info, "slow=0.5"), timeout=0.1)


def test_options_on_the_command_line() -> None:
    with running_mock(["--empty", "--user-id", "77", "--api-token", "t0k", "--fault", "503"]) as server:
        info = server.announcement
        assert info["project_id"] is None and info["user_id"] == "77"
        url = info["base_url"] + "/authenticate"
        assert httpx.post(url, headers=sign_headers("77", "t0k"), timeout=5).status_code == 503
        assert httpx.post(url, headers=sign_headers("77", "t0k"), timeout=5).json()["success"] is True
        listed = httpx.post(info["base_url"] + "/projects/read", json={}, headers=sign_headers("77", "t0k")).json()
        assert listed["projects"] == []
