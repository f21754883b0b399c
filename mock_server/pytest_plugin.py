"""pytest plugin: fixtures that run the QuantConnect mock, for tests of code that uses the client.

`pip install 'quantconnect-client[mock]'` installs it and pytest loads it by itself (entry point `pytest11`,
`quantconnect_mock`). Every fixture is named `qc_*`:

    qc_mock            a fresh in-process mock (the Starlette app; nothing listens on a port) at a frozen clock
    qc_client          a `QuantConnect` talking to qc_mock
    qc_async_client    an `AsyncQuantConnect` talking to qc_mock (needs pytest-asyncio, or anyio's plugin)
    qc_mock_process    a fresh `python -m mock_server` on 127.0.0.1, for real HTTP (timeouts, other processes)
    qc_process_client  a `QuantConnect` talking to qc_mock_process
    qc_mock_env        qc_mock_process, with $QUANTCONNECT_USER_ID/_API_TOKEN/_BASE_URL pointing at it
    qc_mock_options    the mock's options (a dict): override it in a conftest.py, or parametrize it

Options (the mock's `create_app()` arguments: `backtest_seconds`, `queue_seconds`, `compile_seconds`,
`loading_reads`, `empty`, `faults`, `skew`, `seed`, `user_id`, `api_token`, ...) come from, in rising priority,
the plugin's fast defaults (`FAST_OPTIONS`), the `qc_mock_options` fixture, and `@pytest.mark.qc_mock(...)`.

In-process, progress (queue, compile, backtest, optimization) follows a simulated clock that moves only when the
test calls `qc_mock.advance(seconds)` or a fixture client sleeps: the clients' sleeps (between the polls of
`client.backtests.wait()`, before a retry) are not waited but added to that clock, so waiting takes no real time.
Faults behave as over HTTP: `drop` is a dropped connection, `slow=S` past the client's read timeout a timeout.

This module imports nothing but pytest (and pytest-asyncio when installed) until a fixture is used, since pytest
loads it in every run of an environment where the package is installed, with or without the `[mock]` extra.
"""

from __future__ import annotations

import asyncio
import contextvars
import importlib.util
import json
import math
import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import subprocess

    import httpx
    from quantconnect_client import AsyncQuantConnect, QuantConnect

    from mock_server.app import MockApp
    from mock_server.clock import ManualClock
    from mock_server.demo import DemoIds
    from mock_server.launcher import MockServer

__all__ = ["FAST_OPTIONS", "INSTALL_HINT", "PROCESS_OPTIONS", "QCMock", "QCMockProcess"]

INSTALL_HINT = "pip install 'quantconnect-client[mock]'"
FAST_OPTIONS: Mapping[str, Any] = {"backtest_seconds": 0.5, "queue_seconds": 0.1, "compile_seconds": 0.1}
"""The plugin's defaults: a backtest is queued 0.1 s and runs 0.5 s, a compile takes 0.1 s (simulated in-process)."""
PROCESS_OPTIONS: Mapping[str, Any] = {**FAST_OPTIONS, "results_pending_reads": 0}
"""qc_mock_process's defaults: a backtest's results come with its completion too, or a wait re-reads it 10 s later
(the platform's delay, which in-process costs nothing)."""
IN_PROCESS_BASE_URL = "http://qc-mock.test/api/v2"
"""Where the in-process clients send their requests (`.test` never resolves, so nothing can leave the process)."""

MARKER = "qc_mock"
_MOCK_MODULES = ("starlette", "uvicorn", "openapi_core", "yaml")
_FIXTURE_OWNED = ("clock", "sleep", "spec_path")  # create_app() arguments the fixtures set themselves
_IN_PROCESS_ONLY = ("check_responses", "balance", "max_grid")  # no command-line flag for these
# The read timeout of the request being answered in-process, which the app's `slow` faults compare against.
_READ_TIMEOUT: contextvars.ContextVar[float | None] = contextvars.ContextVar("qc_mock_read_timeout", default=None)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): options of the qc_mock / qc_mock_process fixtures, the mock's create_app() "
        "arguments (backtest_seconds=60, empty=True, faults=['503'], ...)",
    )


# ----- options --------------------------------------------------------------------------------------------------


def _require_mock(fixture: str) -> None:
    """Fails the test, saying what to install, unless the `[mock]` extra's packages are importable."""
    missing = [name for name in _MOCK_MODULES if _missing(name)]
    if missing:
        pytest.fail(
            f"{fixture} needs the mock server's dependencies ({', '.join(missing)} not installed): {INSTALL_HINT}",
            pytrace=False,
        )


def _missing(module: str) -> bool:
    if module in sys.modules:
        return sys.modules[module] is None  # blocked
    try:
        return importlib.util.find_spec(module) is None
    except (ImportError, ValueError):
        return True


def _known_options() -> list[str]:
    from mock_server.app import option_names

    return [name for name in option_names() if name not in _FIXTURE_OWNED]


def _options(
    request: pytest.FixtureRequest, defaults: Mapping[str, Any], base: Mapping[str, Any], fixture: str
) -> dict[str, Any]:
    """`defaults`, then the qc_mock_options fixture's, then the markers' from the farthest to the closest."""
    options = {**defaults, **base}
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            pytest.fail(f"@pytest.mark.{MARKER} takes keyword options only, not {marker.args!r}", pytrace=False)
        options.update(marker.kwargs)
    known = _known_options()
    unknown = sorted(set(options) - set(known))
    if unknown:
        pytest.fail(f"{fixture}: unknown option(s) {', '.join(unknown)}; known: {', '.join(known)}", pytrace=False)
    return options


def _cli_arguments(options: Mapping[str, Any]) -> list[str]:
    """The `python -m mock_server` arguments for `options` (`faults` becomes one `--fault` per spec)."""
    arguments: list[str] = []
    for name, value in options.items():
        if name in _IN_PROCESS_ONLY:
            pytest.fail(f"qc_mock_process: option {name} exists in-process only (qc_mock)", pytrace=False)
        flag = "--" + name.replace("_", "-")
        if name == "faults":
            specs = [value] if isinstance(value, str) else list(value or ())
            arguments += [f"--fault={spec}" for spec in specs]
        elif isinstance(value, bool):
            if value:
                arguments.append(flag)
        elif value is not None:
            arguments.append(f"{flag}={value}")
    return arguments


def _demo_id(demo: DemoIds | None, name: str) -> Any:
    if demo is None:
        raise LookupError(f"the mock was started with empty=True: it has no demo {name}")
    return getattr(demo, name)


# ----- the in-process mock --------------------------------------------------------------------------------------


class _SlowPastTimeout(Exception):
    """A `slow` fault longer than the request's read timeout (an httpx.ReadTimeout for the client)."""


class QCMock:
    """A fresh in-process mock (what the `qc_mock` fixture gives): its app, credentials, demo ids and controls.

    `client()`/`async_client()` make clients that reach the app without a socket; `fault()`, `set_skew()`,
    `reset()` steer faults; `advance()` moves the simulated progress clock; `sleeps` are the delays the clients
    "slept" (simulated, never waited). `clock` is the server's wall clock (`Date`, the auth window), a
    ManualClock frozen at the real time of creation: advancing it makes the server's clock run ahead.
    """

    base_url = IN_PROCESS_BASE_URL

    def __init__(self, **options: Any) -> None:
        from mock_server.app import create_app
        from mock_server.clock import ManualClock

        self.clock: ManualClock = ManualClock()
        self.app: MockApp = create_app(clock=self.clock, sleep=self._slow_fault, **options)
        self.sleeps: list[float] = []
        self._closers: list[Callable[[], None]] = []

    # -- what a test reads

    @property
    def user_id(self) -> str:
        return self.app.mock.settings.user_id

    @property
    def api_token(self) -> str:
        return self.app.mock.settings.api_token

    @property
    def demo(self) -> DemoIds | None:
        """The demo project's ids (None with `empty=True`)."""
        return self.app.demo

    @property
    def project_id(self) -> int:
        """The demo project "Demo/EMA Cross" (LookupError with `empty=True`)."""
        return int(_demo_id(self.demo, "project_id"))

    @property
    def compile_id(self) -> str:
        """A successful compile of the demo project."""
        return str(_demo_id(self.demo, "compile_id"))

    @property
    def backtest_id(self) -> str:
        """A completed backtest of the demo project."""
        return str(_demo_id(self.demo, "backtest_id"))

    @property
    def organization_id(self) -> str:
        return self.app.mock.store.organization_id

    @property
    def pending_faults(self) -> list[str]:
        """The fault specs still queued for the next API requests."""
        queue = self.app.mock.faults.describe()["queue"]
        assert isinstance(queue, list)
        return [str(spec) for spec in queue]

    # -- controls

    def fault(self, *specs: str) -> None:
        """The next len(specs) API requests get these faults, in order (`"503"`, `"429;retry-after=2"`, `"drop"`,
        `"slow=5"`, `"truncated"`, `"non-json"`, `"skew=3600"`, or several joined by commas). ValueError for a bad
        spec, nothing queued then."""
        self.app.mock.faults.enqueue(list(specs))

    def set_skew(self, seconds: float) -> None:
        """Runs the server's clock `seconds` ahead (behind, if negative) for every request."""
        self.app.mock.faults.set_skew(seconds)

    def reset(self) -> None:
        """Clears the queued faults, the skew and the per-header fault counters."""
        self.app.mock.faults.reset()

    def advance(self, seconds: float) -> float:
        """Moves simulated progress `seconds` forward (signatures keep the real clock); returns the simulated time."""
        from mock_server.bounds import seconds as checked
        from mock_server.limits import MAX_SECONDS

        simulation = self.app.mock.simulation_clock
        simulation.advance(checked(seconds, "advance", 0, MAX_SECONDS - simulation.offset))
        return simulation()

    # -- clients

    def client(self, **options: Any) -> QuantConnect:
        """A `QuantConnect` for this mock (options as `QuantConnect`'s: max_retries, timeout, default_headers, ...).

        Its connection goes away with the fixture; closing the client yourself is fine too.
        """
        import httpx
        from quantconnect_client import QuantConnect

        # One thread-run event loop per client (closing the client stops it).
        http = httpx.Client(transport=_sync_bridge(self.transport()), trust_env=False)
        self._closers.append(http.close)
        settings: dict[str, Any] = {"base_url": self.base_url, "sleep": self._sleep, "clock": self._waited, **options}
        return QuantConnect(self.user_id, self.api_token, http_client=http, **settings)

    def async_client(self, **options: Any) -> AsyncQuantConnect:
        """An `AsyncQuantConnect` for this mock. It holds no socket or thread, so nothing needs closing."""
        import httpx

        return self._async_client(httpx.AsyncClient(transport=self.transport(), trust_env=False), options)

    def transport(self) -> httpx.AsyncBaseTransport:
        """An httpx async transport into the app (httpx.ASGITransport, with dropped connections and timeouts as
        httpx raises them), for an `httpx.AsyncClient(transport=...)` of your own."""
        return _in_process_transport(self.app)

    def _async_client(self, http: httpx.AsyncClient, options: Mapping[str, Any]) -> AsyncQuantConnect:
        from quantconnect_client import AsyncQuantConnect

        settings: dict[str, Any] = {
            "base_url": self.base_url,
            "sleep": self._async_sleep,
            "clock": self._waited,
            **options,
        }
        return AsyncQuantConnect(self.user_id, self.api_token, http_client=http, **settings)

    def close(self) -> None:
        """Closes what the clients opened (their connections, the thread serving the sync ones)."""
        while self._closers:
            self._closers.pop()()

    # -- simulated time

    def _waited(self) -> float:
        """The clients' clock for waits' `timeout`: the simulated seconds they slept, so timeouts need no real time."""
        return math.fsum(s for s in self.sleeps if math.isfinite(s) and s > 0)

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if math.isfinite(seconds) and seconds > 0:
            self.app.mock.simulation_clock.advance(seconds)

    async def _async_sleep(self, seconds: float) -> None:
        self._sleep(seconds)
        await asyncio.sleep(0)  # still a point where other tasks run

    async def _slow_fault(self, seconds: float) -> None:
        """What a `slow=S` fault awaits: S simulated seconds, or a timeout when S is past the read timeout."""
        limit = _READ_TIMEOUT.get()
        if limit is not None and seconds > limit:
            self.app.mock.simulation_clock.advance(limit)
            raise _SlowPastTimeout
        self.app.mock.simulation_clock.advance(seconds)
        await asyncio.sleep(0)


def _in_process_transport(app: MockApp) -> httpx.AsyncBaseTransport:
    import httpx

    from mock_server.middleware import DroppedConnection

    class InProcessTransport(httpx.AsyncBaseTransport):
        """httpx.ASGITransport into the app; its `drop` and over-long `slow` faults raised as httpx would."""

        def __init__(self) -> None:
            self._asgi = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            timeouts = request.extensions.get("timeout") or {}
            token = _READ_TIMEOUT.set(timeouts.get("read"))
            try:
                return await self._asgi.handle_async_request(request)
            except DroppedConnection as exc:
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=request
                ) from exc
            except _SlowPastTimeout as exc:
                raise httpx.ReadTimeout("The read operation timed out (mock fault: slow)", request=request) from exc
            finally:
                _READ_TIMEOUT.reset(token)

    return InProcessTransport()


def _sync_bridge(inner: httpx.AsyncBaseTransport) -> httpx.BaseTransport:
    """A sync httpx transport over the async `inner`, whose requests an event loop in a thread of its own runs.

    httpx's sync client serves WSGI apps only (httpx.WSGITransport); this plays that part for the ASGI mock.
    Closing it (as closing its httpx.Client does) stops the loop and its thread.
    """
    import httpx

    class SyncBridge(httpx.BaseTransport):
        def __init__(self) -> None:
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=self._loop.run_forever, name="qc-mock-sync-bridge", daemon=True)
            self._thread.start()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if self._loop.is_closed():
                raise httpx.ConnectError("the qc_mock client is closed", request=request)
            forwarded = httpx.Request(
                request.method,
                request.url,
                headers=request.headers,
                content=request.read(),
                extensions=request.extensions,
            )
            status, headers, content = asyncio.run_coroutine_threadsafe(self._forward(forwarded), self._loop).result()
            return httpx.Response(status, headers=headers, content=content, request=request)

        async def _forward(self, request: httpx.Request) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            response = await inner.handle_async_request(request)
            content = await response.aread()
            return response.status_code, response.headers.raw, content

        def close(self) -> None:
            if not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._loop.stop)
                self._thread.join()
                self._loop.close()

    return SyncBridge()


# ----- the mock as a subprocess ---------------------------------------------------------------------------------


class QCMockProcess:
    """A fresh `python -m mock_server` on 127.0.0.1 (what `qc_mock_process` gives), with the controls of QCMock
    over its `/_mock` endpoints. Its clock is the real one: progress moves in real time, and `advance()` more."""

    def __init__(self, process: subprocess.Popen[str], server: MockServer) -> None:
        self.process = process
        self.server = server
        self.base_url = server.base_url
        self.admin_url = server.admin_url
        self.user_id = server.user_id
        self.api_token = server.api_token
        self._closers: list[Callable[[], None]] = []
        import urllib.request

        # No proxy from the environment may stand between the test and a server on 127.0.0.1.
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    @property
    def env(self) -> dict[str, str]:
        """QUANTCONNECT_USER_ID, QUANTCONNECT_API_TOKEN and QUANTCONNECT_BASE_URL for this server."""
        return self.server.env

    @property
    def project_id(self) -> int:
        return self.server.project_id

    @property
    def compile_id(self) -> str:
        return self.server.compile_id

    @property
    def backtest_id(self) -> str:
        return self.server.backtest_id

    @property
    def organization_id(self) -> str:
        return str(self.server.announcement["organization_id"])

    @property
    def pending_faults(self) -> list[str]:
        return [str(spec) for spec in self._admin("GET", "faults")["queue"]]

    def fault(self, *specs: str) -> None:
        """The next len(specs) API requests get these faults, in order (ValueError for a bad spec)."""
        self._admin("POST", "faults", {"next": list(specs)})

    def set_skew(self, seconds: float) -> None:
        self._admin("POST", "faults", {"skew": seconds})

    def reset(self) -> None:
        """Clears the queued faults, the skew and the per-header fault counters."""
        self._admin("DELETE", "faults")

    def advance(self, seconds: float) -> float:
        """Moves simulated progress `seconds` forward; returns the server's simulated time."""
        return float(self._admin("POST", "clock", {"advance": seconds})["simulationTime"])

    def client(self, **options: Any) -> QuantConnect:
        """A `QuantConnect` for this server (options as `QuantConnect`'s), closed with the fixture."""
        from quantconnect_client import QuantConnect

        client = QuantConnect(self.user_id, self.api_token, **{"base_url": self.base_url, **options})
        self._closers.append(client.close)
        return client

    def async_client(self, **options: Any) -> AsyncQuantConnect:
        """An `AsyncQuantConnect` for this server; it opens sockets: use it as `async with` (or `await close()`)."""
        from quantconnect_client import AsyncQuantConnect

        return AsyncQuantConnect(self.user_id, self.api_token, **{"base_url": self.base_url, **options})

    def close(self) -> None:
        """Closes the clients made by `client()` and stops the server."""
        from mock_server.launcher import stop_mock

        while self._closers:
            self._closers.pop()()
        stop_mock(self.process)

    def _admin(self, method: str, endpoint: str, body: Mapping[str, Any] | None = None) -> dict[str, Any]:
        import urllib.error
        import urllib.request

        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.admin_url}/{endpoint}", data=data, method=method)
        request.add_header("Content-Type", "application/json")
        try:
            with self._opener.open(request, timeout=10) as response:
                answer: dict[str, Any] = json.load(response)
        except urllib.error.HTTPError as error:
            if error.code == 400:
                raise ValueError(json.load(error).get("error", "refused")) from None
            raise
        return answer


# ----- fixtures -------------------------------------------------------------------------------------------------


@pytest.fixture
def qc_mock_options() -> dict[str, Any]:
    """Options of qc_mock and qc_mock_process, over the plugin's FAST_OPTIONS and under @pytest.mark.qc_mock.

    Override it in a conftest.py (`return {"backtest_seconds": 30}`), or parametrize it.
    """
    return {}


@pytest.fixture
def qc_mock(request: pytest.FixtureRequest, qc_mock_options: Mapping[str, Any]) -> Iterator[QCMock]:
    """A fresh in-process QuantConnect mock (mock_server.pytest_plugin.QCMock): base_url, user_id, api_token,
    project_id/compile_id/backtest_id (the demo), fault(), set_skew(), reset(), advance(), client(), sleeps.

    Progress moves only with advance() or a fixture client's (simulated) sleeps. Options: @pytest.mark.qc_mock.
    """
    _require_mock("qc_mock")
    options = _options(request, FAST_OPTIONS, qc_mock_options, "qc_mock")
    try:
        mock = QCMock(**options)
    except (TypeError, ValueError) as exc:
        pytest.fail(f"qc_mock: {exc}", pytrace=False)
    try:
        yield mock
    finally:
        mock.close()


@pytest.fixture
def qc_client(qc_mock: QCMock) -> Iterator[QuantConnect]:
    """A `QuantConnect` signed for qc_mock and talking to it in-process; its waits and retries take no real time."""
    with qc_mock.client() as client:
        yield client


async def _qc_async_client(qc_mock: QCMock) -> AsyncIterator[AsyncQuantConnect]:
    """An `AsyncQuantConnect` signed for qc_mock and talking to it in-process; its waits take no real time."""
    import httpx

    async with (
        httpx.AsyncClient(transport=qc_mock.transport(), trust_env=False) as http,
        qc_mock._async_client(http, {}) as client,
    ):
        yield client


if importlib.util.find_spec("pytest_asyncio") is not None:
    import pytest_asyncio

    # Marked for pytest-asyncio, so that it runs in its strict mode too (where only marked fixtures are its).
    qc_async_client = pytest_asyncio.fixture(_qc_async_client, name="qc_async_client")
else:  # anyio's pytest plugin runs a plain async fixture for its tests
    qc_async_client = pytest.fixture(_qc_async_client, name="qc_async_client")


@pytest.fixture
def qc_mock_process(request: pytest.FixtureRequest, qc_mock_options: Mapping[str, Any]) -> Iterator[QCMockProcess]:
    """A fresh `python -m mock_server` on a free port of 127.0.0.1 (mock_server.pytest_plugin.QCMockProcess):
    base_url, admin_url, user_id, api_token, env, the demo ids, fault(), set_skew(), reset(), advance(), client().

    Real HTTP and real time: for client timeouts, or code that runs its own clients. Stopped after the test.
    """
    _require_mock("qc_mock_process")
    options = _options(request, PROCESS_OPTIONS, qc_mock_options, "qc_mock_process")
    arguments = _cli_arguments(options)
    from mock_server.launcher import MockServerError, start_mock

    try:
        process, server = start_mock(arguments)
    except MockServerError as exc:
        pytest.fail(f"qc_mock_process: {exc}", pytrace=False)
    mock = QCMockProcess(process, server)
    try:
        yield mock
    finally:
        mock.close()


@pytest.fixture
def qc_process_client(qc_mock_process: QCMockProcess) -> Iterator[QuantConnect]:
    """A `QuantConnect` signed for qc_mock_process, over real HTTP."""
    with qc_mock_process.client() as client:
        yield client


@pytest.fixture
def qc_mock_env(qc_mock_process: QCMockProcess, monkeypatch: pytest.MonkeyPatch) -> QCMockProcess:
    """qc_mock_process, with QUANTCONNECT_USER_ID, _API_TOKEN and _BASE_URL set to it for the test, so that code
    making its own `QuantConnect()` (or `create_client()`) reaches the mock."""
    for name, value in qc_mock_process.env.items():
        monkeypatch.setenv(name, value)
    return qc_mock_process
