"""Shared fixtures: the mock server as a real subprocess (`mock_server_url`) and in-process (`mock`).

`sign_headers()` makes the QuantConnect signature headers for any credentials and timestamp.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from mock_server import DEFAULT_API_TOKEN, DEFAULT_USER_ID, ManualClock, MockApp, create_app, sign
from mock_server.launcher import start_mock, stop_mock

REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT = 20.0


def sign_headers(user_id: str, api_token: str, timestamp: float | None = None) -> dict[str, str]:
    """`Timestamp` and `Authorization` headers for these credentials (timestamp default: now)."""
    return sign(user_id, api_token, int(time.time() if timestamp is None else timestamp))


# ----- the real server, as a subprocess ----------------------------------------------------------------------------


def start_mock_server(*args: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    """Starts `python -m mock_server --port 0 <args>`; returns the process and its start-up JSON line."""
    process, server = start_mock(args, timeout=START_TIMEOUT)
    return process, server.announcement


def stop_mock_server(process: subprocess.Popen[str]) -> None:
    stop_mock(process)


@pytest.fixture(scope="session")
def mock_server_info() -> Iterator[dict[str, Any]]:
    """The start-up line of a `python -m mock_server --port 0` running for the whole session."""
    process, info = start_mock_server()
    try:
        yield info
    finally:
        stop_mock_server(process)


@pytest.fixture(scope="session")
def mock_server_url(mock_server_info: dict[str, Any]) -> str:
    """Base URL (`http://127.0.0.1:<port>/api/v2`) of the session's mock server subprocess."""
    return str(mock_server_info["base_url"])


# ----- the app in-process ------------------------------------------------------------------------------------------


@dataclass
class SleepRecorder:
    """Stands in for asyncio.sleep in `slow` faults: records the delay instead of waiting."""

    delays: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@dataclass
class MockClient:
    """An in-process mock with a manual clock and a signed httpx client."""

    app: MockApp
    clock: ManualClock
    http: httpx.AsyncClient
    sleeps: SleepRecorder
    user_id: str = DEFAULT_USER_ID
    api_token: str = DEFAULT_API_TOKEN

    @property
    def demo_project(self) -> int:
        assert self.app.demo is not None
        return self.app.demo.project_id

    @property
    def demo_compile(self) -> str:
        assert self.app.demo is not None
        return self.app.demo.compile_id

    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {**sign_headers(self.user_id, self.api_token, self.clock()), **(extra or {})}

    async def post(self, operation: str, body: Any = None, *, headers: dict[str, str] | None = None) -> httpx.Response:
        return await self.http.post(operation, json=body, headers=self.headers(headers))

    async def call(self, operation: str, body: Any = None) -> dict[str, Any]:
        """Posts and returns the JSON answer, which must be HTTP 200."""
        response = await self.post(operation, body)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    async def ok(self, operation: str, body: Any = None) -> dict[str, Any]:
        """Posts and returns the answer, which must have `success: true`."""
        answer = await self.call(operation, body)
        assert answer["success"] is True, answer
        return answer

    async def fails(self, operation: str, body: Any = None) -> list[str]:
        """Posts and returns the errors of an answer that must have `success: false`."""
        answer = await self.call(operation, body)
        assert answer["success"] is False, answer
        errors: list[str] = answer["errors"]
        assert errors
        return errors


@pytest.fixture
async def mock() -> AsyncIterator[MockClient]:
    """A fresh in-process mock (demo data, responses checked against openapi.yaml) at a manual clock."""
    clock = ManualClock(1_732_500_000.0)
    sleeps = SleepRecorder()
    app = create_app(clock=clock, sleep=sleeps, check_responses=True)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/api/v2") as http:
        yield MockClient(app, clock, http, sleeps)
