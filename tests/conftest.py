"""Shared fixtures: the mock server as a real subprocess (`mock_server_info`; `api_mock`, recorded, one per test
module) and in-process (`mock`); the scripted server for what the mock cannot do (`scripted`); `closing`.

`sign_headers()` makes the QuantConnect signature headers for any credentials and timestamp. Subprocesses come
from mock_server.launcher (`running_mock`, `start_mock`), the one launcher of the repository.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from auth_plugin.auth import signature_headers
from mock_server import DEFAULT_API_TOKEN, DEFAULT_USER_ID, ManualClock, MockApp, create_app
from mock_server.launcher import running_mock

if TYPE_CHECKING:  # imported by the fixtures: they need the generated package, which not every test does
    from tests._auth_server import ServerState
    from tests._client_harness import Closing, RecordedMock

REPO = Path(__file__).resolve().parent.parent


def sign_headers(user_id: str, api_token: str, timestamp: float | None = None) -> dict[str, str]:
    """`Timestamp` and `Authorization` headers for these credentials (timestamp default: now)."""
    return signature_headers(user_id, api_token, int(time.time() if timestamp is None else timestamp))


# ----- the real server, as a subprocess ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def mock_server_info() -> Iterator[dict[str, Any]]:
    """The start-up line of a `python -m mock_server --port 0` running for the whole session."""
    with running_mock() as server:
        yield server.announcement


@pytest.fixture(scope="module")
def mock_module() -> Iterator[RecordedMock]:
    """`python -m mock_server` for one test module, every attempt sent to it recorded (see `api_mock`)."""
    from tests._client_harness import recorded_mock

    with recorded_mock() as started:
        yield started


@pytest.fixture
def api_mock(mock_module: RecordedMock) -> RecordedMock:
    """The module's mock process with no faults, no skew and an empty record (tests._client_harness.RecordedMock)."""
    mock_module.reset()
    return mock_module


@pytest.fixture(scope="module")
def scripted_server() -> Iterator[tuple[str, ServerState]]:
    """The scripted server of tests._auth_server for one test module: its base URL and state."""
    from tests._auth_server import ServerState, serve

    state = ServerState()
    with serve(state) as base_url:
        yield base_url, state


@pytest.fixture
def scripted(scripted_server: tuple[str, ServerState]) -> ServerState:
    """The scripted server's state, reset (no script, no skew, nothing seen)."""
    scripted_server[1].reset()
    return scripted_server[1]


@pytest.fixture
async def closing() -> AsyncIterator[Closing]:
    """`closing(client)` returns it and awaits its `close()` when the test ends."""
    made: list[Any] = []

    def register(client: Any) -> Any:
        made.append(client)
        return client

    yield register
    for client in made:
        await client.close()


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
