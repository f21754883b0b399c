"""Drive `QuantConnect` / `AsyncQuantConnect` and the low-level `create_client` alike, against the mock or, for
what the mock cannot do, `_auth_server`.

A test is written once as `await api.run(lambda client: client.backtests.read(...))` and runs in both modes: the
sync client's call returns the result, the async one's an awaitable, which `run` awaits. Sleeps are recorded
and never waited; `on_sleep` lets a test act between attempts (start a server on a refused port, step a clock).

`RecordedMock` is `python -m mock_server` for a whole test module (mock_server.launcher), with the pytest plugin's
`/_mock` controls (`fault`, `set_skew`, `reset`) and a record of every attempt a client sends it: clients made
for it send through its recording transports, and each attempt's signature is judged by the mock's own check
(`mock_server.auth.verify`) at the mock's clock.
"""

from __future__ import annotations

import inspect
import socket
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import httpx
from quantconnect_client import AsyncQuantConnect, Client, QuantConnect

from auth_plugin import RetryPolicy, create_client
from auth_plugin.auth import origin_of
from mock_server.auth import verify
from mock_server.launcher import MockServer, start_mock
from mock_server.pytest_plugin import QCMockProcess
from tests._auth_server import API_TOKEN, USER_ID

MODES = ("sync", "async")
ClosedT = TypeVar("ClosedT")
AUTH_WINDOW = 300.0  # the mock's default: how far a Timestamp may be from its clock
NO_JITTER = RetryPolicy(jitter=0.0, backoff_base=1.0)
# Fails read timeouts fast; the generous connect timeout keeps a loaded machine from failing the connect instead.
SHORT_READ = httpx.Timeout(10.0, read=0.2)


class Closing(Protocol):
    """The `closing` fixture (tests/conftest.py): `closing(client)` returns it, closed when the test ends."""

    def __call__(self, client: ClosedT, /) -> ClosedT: ...


class SteppedClock:
    """Real time plus whatever the recorded sleeps "waited", so every retry may carry a later timestamp."""

    def __init__(self) -> None:
        self.advanced = 0.0

    def __call__(self) -> float:
        return time.time() + self.advanced


class Sleeps:
    """The injected sleep of a client: records delays, advances `clock`, calls `on_sleep`; never waits."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self.clock = SteppedClock()
        self.on_sleep: Callable[[float], None] | None = None

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.clock.advanced += max(seconds, 1.0)
        if self.on_sleep is not None:
            self.on_sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)


class Api:
    """A QuantConnect (mode "sync") or AsyncQuantConnect (mode "async") whose sleeps are recorded."""

    def __init__(
        self,
        mode: str,
        *args: Any,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        sleeps: Sleeps | None = None,
        **options: Any,
    ) -> None:
        self.mode = mode
        self.sleeps = sleeps or Sleeps()
        self.http_client = http_client
        self.client: QuantConnect | AsyncQuantConnect
        if mode == "sync":
            assert http_client is None or isinstance(http_client, httpx.Client)
            self.client = QuantConnect(*args, http_client=http_client, sleep=self.sleeps, **options)
        else:
            assert http_client is None or isinstance(http_client, httpx.AsyncClient)
            self.client = AsyncQuantConnect(*args, http_client=http_client, sleep=self.sleeps.asleep, **options)

    @classmethod
    def signed(cls, mode: str, base_url: str, **options: Any) -> Api:
        """A client with the test server's credentials (unless `options` name others)."""
        return cls(mode, **{"user_id": USER_ID, "api_token": API_TOKEN, "base_url": base_url, **options})

    @classmethod
    def for_mock(cls, mode: str, mock: RecordedMock, **options: Any) -> Api:
        """A client with the mock's credentials (unless `options` name others) whose attempts the mock records."""
        return cls(mode, **{**mock.credentials, "http_client": mock.http_client(mode), **options})

    async def run(self, call: Callable[[Any], Any]) -> Any:
        """`call(client)`, awaited in async mode."""
        return await settle(call(self.client))

    async def close(self) -> None:
        await settle(self.client.close())
        if isinstance(self.http_client, httpx.Client):
            self.http_client.close()
        elif isinstance(self.http_client, httpx.AsyncClient):
            await self.http_client.aclose()


class LowLevel:
    """The low-level generated `Client` from `create_client`, called through an endpoint module's sync or async
    function, with recorded sleeps."""

    def __init__(self, mode: str, *args: Any, sleeps: Sleeps | None = None, **options: Any) -> None:
        self.mode = mode
        self.sleeps = sleeps or Sleeps()
        options.setdefault("sleep", self.sleeps)
        options.setdefault("async_sleep", self.sleeps.asleep)
        self.client: Client = create_client(*args, **options)

    @classmethod
    def signed(cls, mode: str, base_url: str, **options: Any) -> LowLevel:
        return cls(mode, **{"user_id": USER_ID, "api_token": API_TOKEN, "base_url": base_url, **options})

    @classmethod
    def for_mock(cls, mode: str, mock: RecordedMock, **options: Any) -> LowLevel:
        recording = {"transport": mock.transport(), "async_transport": mock.async_transport()}
        return cls(mode, **{**mock.credentials, **recording, **options})

    async def run(self, endpoint: Any, body: Any = None) -> Any:
        """`endpoint.sync_detailed(...)` or `await endpoint.asyncio_detailed(...)`; returns the generated Response."""
        kwargs: dict[str, Any] = {"client": self.client}
        if body is not None:
            kwargs["body"] = body
        if self.mode == "sync":
            return endpoint.sync_detailed(**kwargs)
        return await endpoint.asyncio_detailed(**kwargs)

    async def close(self) -> None:
        self.client.get_httpx_client().close()
        await self.client.get_async_httpx_client().aclose()


async def settle(value: Any) -> Any:
    """`value`, awaited if it is awaitable."""
    if inspect.isawaitable(value):
        return await value
    return value


# ----- the mock, recorded ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    """One attempt as it went on the wire to the mock, and whether the mock's check accepts its signature."""

    operation: str
    timestamp: str | None
    authorization: str | None
    authenticated: bool
    body: bytes


class RecordedMock(QCMockProcess):
    """The mock as a process for a test module: `/_mock` controls, and `requests`, every attempt sent to it."""

    def __init__(self, process: subprocess.Popen[str], server: MockServer) -> None:
        super().__init__(process, server)
        self.requests: list[Sent] = []
        self.skew = 0.0
        self._origin = origin_of(httpx.URL(server.base_url))
        self._prefix = httpx.URL(server.base_url).path.rstrip("/") + "/"

    def set_skew(self, seconds: float) -> None:
        super().set_skew(seconds)
        self.skew = seconds

    def reset(self) -> None:
        """Clears the faults, the skew and the record (between tests)."""
        super().reset()
        self.skew = 0.0
        self.requests.clear()

    def record(self, request: httpx.Request) -> None:
        if origin_of(request.url) != self._origin:
            return
        headers = {name.lower(): value for name, value in request.headers.items()}
        judged = verify(headers, self.user_id, self.api_token, time.time() + self.skew, AUTH_WINDOW)
        operation = request.url.path.removeprefix(self._prefix)
        stamp, authorization = headers.get("timestamp"), headers.get("authorization")
        self.requests.append(Sent(operation, stamp, authorization, judged.ok, request.content))

    def transport(self) -> httpx.BaseTransport:
        """A transport that records each request, then sends it (for `create_client(transport=...)`)."""
        return _Recording(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return _AsyncRecording(self)

    def http_client(self, mode: str) -> httpx.Client | httpx.AsyncClient:
        """An httpx client for `mode` that records (for QuantConnect's `http_client=`)."""
        return recording_http_client(mode, self)

    @property
    def credentials(self) -> dict[str, Any]:
        return {"user_id": self.user_id, "api_token": self.api_token, "base_url": self.base_url}


def recording_http_client(mode: str, *mocks: RecordedMock) -> httpx.Client | httpx.AsyncClient:
    """An httpx client for `mode` whose requests each of `mocks` records when they go to its origin."""
    if mode == "sync":
        return httpx.Client(transport=_Recording(*mocks))
    return httpx.AsyncClient(transport=_AsyncRecording(*mocks))


class _Recording(httpx.HTTPTransport):
    def __init__(self, *mocks: RecordedMock) -> None:
        super().__init__()
        self._mocks = mocks

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for mock in self._mocks:
            mock.record(request)
        return super().handle_request(request)


class _AsyncRecording(httpx.AsyncHTTPTransport):
    def __init__(self, *mocks: RecordedMock) -> None:
        super().__init__()
        self._mocks = mocks

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for mock in self._mocks:
            mock.record(request)
        return await super().handle_async_request(request)


@contextmanager
def recorded_mock(args: Sequence[str] = ()) -> Iterator[RecordedMock]:
    """`python -m mock_server <args>` (launcher.start_mock) as a RecordedMock, stopped on exit."""
    mock = RecordedMock(*start_mock(args))
    try:
        yield mock
    finally:
        mock.close()


# ----- no server at all --------------------------------------------------------------------------------------------


def free_port() -> int:
    """A port on 127.0.0.1 on which nothing listens (until a test starts a server there)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def closed_port_url(port: int | None = None) -> str:
    """A base URL on which nothing listens, so connecting fails at once."""
    return f"http://127.0.0.1:{free_port() if port is None else port}/api/v2"
