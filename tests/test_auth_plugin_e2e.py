"""End-to-end tests of the auth_plugin httpx clients, sync and async, against a local signature-checking server."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from email.utils import formatdate
from typing import Any, Unpack

import httpx
import pytest

from auth_plugin import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ClientOptions,
    InvalidResponseError,
    QuantConnectAuth,
    RetryPolicy,
    create_async_httpx_client,
    create_httpx_client,
)
from tests._auth_server import API_TOKEN, USER_ID, Reply, ServerState, closed_port_url, serve

FAST_POLICY = RetryPolicy(jitter=0.0, backoff_base=1.0)


class SteppedClock:
    """Real time plus whatever the injected sleeps "waited", so retries get fresh timestamps without waiting."""

    def __init__(self) -> None:
        self.advanced = 0.0

    def __call__(self) -> float:
        return time.time() + self.advanced


class Api:
    """One sync or async client made by the factories, with recorded no-op sleeps."""

    def __init__(self, kind: str, base_url: str, token: str, **options: Unpack[ClientOptions]) -> None:
        self.kind = kind
        self.clock = SteppedClock()
        self.sleeps: list[float] = []
        settings: ClientOptions = {"retry": FAST_POLICY, "clock": self.clock, "sleep": self._sleep}
        settings["async_sleep"] = self._async_sleep
        settings.update(options)
        self.sync: httpx.Client | None = None
        self.async_: httpx.AsyncClient | None = None
        if kind == "sync":
            self.sync = create_httpx_client(USER_ID, token, base_url=base_url, **settings)
        else:
            self.async_ = create_async_httpx_client(USER_ID, token, base_url=base_url, **settings)

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.clock.advanced += max(seconds, 1.0)

    async def _async_sleep(self, seconds: float) -> None:
        self._sleep(seconds)

    @property
    def auth(self) -> QuantConnectAuth:
        client = self.sync or self.async_
        assert client is not None and isinstance(client.auth, QuantConnectAuth)
        return client.auth

    async def post(self, operation: str, payload: Any = None) -> httpx.Response:
        if self.sync is not None:
            return self.sync.post(operation, json=payload)
        assert self.async_ is not None
        return await self.async_.post(operation, json=payload)

    async def close(self) -> None:
        if self.sync is not None:
            self.sync.close()
        if self.async_ is not None:
            await self.async_.aclose()


MakeApi = Callable[..., Api]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, ServerState]]:
    state = ServerState()
    with serve(state) as base_url:
        yield base_url, state


@pytest.fixture
def state(server: tuple[str, ServerState]) -> ServerState:
    server[1].reset()
    return server[1]


@pytest.fixture(params=["sync", "async"])
async def make_api(request: pytest.FixtureRequest, server: tuple[str, ServerState]) -> AsyncIterator[MakeApi]:
    made: list[Api] = []

    def make(token: str = API_TOKEN, base_url: str | None = None, **options: Unpack[ClientOptions]) -> Api:
        api = Api(request.param, base_url or server[0], token, **options)
        made.append(api)
        return api

    yield make
    for api in made:
        await api.close()


async def test_signed_request_is_accepted(make_api: MakeApi, state: ServerState) -> None:
    response = await make_api().post("/backtests/read", {"projectId": 7})
    assert response.json() == {"success": True, "operation": "backtests/read", "echo": {"projectId": 7}}
    assert [seen.authenticated for seen in state.requests] == [True]


async def test_5xx_is_retried_with_fresh_signatures(make_api: MakeApi, state: ServerState) -> None:
    state.fail(Reply(503), Reply(500, b"oops"))
    api = make_api()
    assert (await api.post("/backtests/read", {"projectId": 1})).json()["success"] is True
    assert [seen.authenticated for seen in state.requests] == [True, True, True]
    assert len({seen.timestamp for seen in state.requests}) == 3
    assert len({seen.authorization for seen in state.requests}) == 3
    assert api.sleeps == [1.0, 2.0]


async def test_retry_after_seconds_is_honoured(make_api: MakeApi, state: ServerState) -> None:
    state.fail(Reply(429, {"success": False}, {"Retry-After": "7"}))
    api = make_api()
    assert (await api.post("/projects/read")).status_code == 200
    assert api.sleeps == [7.0]


async def test_retry_after_http_date_is_honoured(make_api: MakeApi, state: ServerState) -> None:
    state.fail(Reply(503, b"", {"Retry-After": formatdate(time.time() + 12, usegmt=True)}))
    api = make_api()
    assert (await api.post("/projects/read")).status_code == 200
    assert len(api.sleeps) == 1 and 10.0 <= api.sleeps[0] <= 12.0


async def test_gives_up_after_max_attempts(make_api: MakeApi, state: ServerState) -> None:
    state.fail(*[Reply(503, b"busy")] * 4)
    api = make_api(retry=RetryPolicy(max_attempts=3, jitter=0.0))
    with pytest.raises(APIStatusError) as caught:
        await api.post("/backtests/read")
    assert caught.value.status_code == 503 and caught.value.operation == "readBacktest"
    assert len(state.requests) == 3 and api.sleeps == [0.5, 1.0]


async def test_create_is_not_retried_after_a_server_error(make_api: MakeApi, state: ServerState) -> None:
    state.fail(Reply(503))
    api = make_api()
    with pytest.raises(APIStatusError, match=r"createBacktest failed \(HTTP 503\)"):
        await api.post("/backtests/create", {"projectId": 1})
    assert len(state.requests) == 1 and api.sleeps == []


async def test_create_is_retried_after_429(make_api: MakeApi, state: ServerState) -> None:
    state.fail(Reply(429, b"", {"Retry-After": "1"}))
    api = make_api()
    assert (await api.post("/backtests/create", {"projectId": 1})).json()["success"] is True
    assert [seen.operation for seen in state.requests] == ["backtests/create"] * 2 and api.sleeps == [1.0]


@pytest.mark.parametrize(("operation", "attempts"), [("/backtests/read", 2), ("/backtests/create", 1)])
async def test_read_timeout_retried_for_reads_only(
    make_api: MakeApi, state: ServerState, operation: str, attempts: int
) -> None:
    state.fail(Reply(delay=0.6))
    api = make_api(timeout=httpx.Timeout(5.0, read=0.25))
    if attempts == 1:
        with pytest.raises(APITimeoutError) as caught:
            await api.post(operation)
        assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    else:
        assert (await api.post(operation)).status_code == 200
    assert len(state.requests) == attempts


@pytest.mark.parametrize("operation", ["/backtests/read", "/backtests/create"])
async def test_connect_errors_are_retried_even_for_creates(make_api: MakeApi, operation: str) -> None:
    api = make_api(base_url=closed_port_url(), retry=RetryPolicy(max_attempts=3, jitter=0.0))
    with pytest.raises(APIConnectionError) as caught:
        await api.post(operation)
    assert api.sleeps == [0.5, 1.0]
    assert isinstance(caught.value.__cause__, httpx.ConnectError) and not isinstance(caught.value, APITimeoutError)


async def test_success_false_raises_api_error(make_api: MakeApi, state: ServerState) -> None:
    state.fail(Reply(200, {"success": False, "errors": ["Backtest is still running"]}))
    with pytest.raises(APIError) as caught:
        await make_api().post("/backtests/read", {"projectId": 1, "backtestId": "x"})
    error = caught.value
    assert type(error) is APIError
    assert str(error) == "readBacktest failed: Backtest is still running"
    assert (error.operation, error.status_code, error.errors) == ("readBacktest", 200, ["Backtest is still running"])
    assert error.response is not None and error.response.json()["success"] is False


async def test_wrong_token_raises_authentication_error(make_api: MakeApi, state: ServerState) -> None:
    with pytest.raises(AuthenticationError) as caught:
        await make_api(token="wrong-token").post("/authenticate")
    assert caught.value.errors == ["Hash doesn't match."] and caught.value.status_code == 200
    assert len(state.requests) == 1  # the clocks agree, so no skew retry


async def test_401_raises_authentication_error(make_api: MakeApi, state: ServerState) -> None:
    state.reject_with_401 = True
    with pytest.raises(AuthenticationError) as caught:
        await make_api(token="wrong-token").post("/authenticate")
    assert caught.value.status_code == 401 and caught.value.operation == "authenticate"


async def test_non_json_body_raises_invalid_response(make_api: MakeApi, state: ServerState) -> None:
    state.fail(Reply(200, b"<html>Service maintenance</html>", {"content-type": "text/html"}))
    with pytest.raises(
        InvalidResponseError, match=r"^readProject: invalid answer \(HTTP 200\): .*not JSON \(text/html"
    ):
        await make_api().post("/projects/read")


async def test_raise_on_error_false_returns_the_response(make_api: MakeApi, state: ServerState) -> None:
    state.fail(Reply(200, {"success": False, "errors": ["Backtest not found"]}))
    response = await make_api(raise_on_error=False).post("/backtests/read")
    assert response.json() == {"success": False, "errors": ["Backtest not found"]}


@pytest.mark.parametrize("with_401", [False, True])
async def test_clock_skew_is_corrected_from_the_date_header(
    make_api: MakeApi, state: ServerState, with_401: bool
) -> None:
    state.clock_offset = 3600.0
    state.reject_with_401 = with_401
    api = make_api()
    assert (await api.post("/backtests/create", {"projectId": 1})).json()["success"] is True
    assert [seen.authenticated for seen in state.requests] == [False, True]
    assert api.auth.clock_offset == pytest.approx(3600, abs=2)
    assert api.sleeps == []
    assert (await api.post("/backtests/read")).status_code == 200
    assert len(state.requests) == 3  # the offset sticks


async def test_clock_skew_is_corrected_only_once(make_api: MakeApi, state: ServerState) -> None:
    state.clock_offset = -3600.0
    with pytest.raises(AuthenticationError):
        await make_api(token="wrong-token").post("/backtests/read")
    assert len(state.requests) == 2


async def test_clock_skew_correction_can_be_disabled(make_api: MakeApi, state: ServerState) -> None:
    state.clock_offset = 3600.0
    with pytest.raises(AuthenticationError):
        await make_api(retry=RetryPolicy(clock_skew_threshold=None)).post("/backtests/read")
    assert len(state.requests) == 1


async def test_token_never_logged_or_shown(
    make_api: MakeApi, state: ServerState, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="auth_plugin")
    state.clock_offset = 3600.0
    state.fail(Reply(503))
    api = make_api()
    await api.post("/backtests/read")
    state.fail(Reply(200, {"success": False, "errors": ["Project not found"]}))
    with pytest.raises(APIError) as caught:
        await api.post("/projects/read")
    logged = caplog.text
    assert "POST /api/v2/backtests/read" in logged and "retrying" in logged and "clock differs" in logged
    for secret in [API_TOKEN, *(seen.authorization or "" for seen in state.requests)]:
        assert secret not in logged
        assert secret not in str(caught.value) and secret not in repr(caught.value)
    assert API_TOKEN not in repr(api.auth) and API_TOKEN not in str(api.sync or api.async_)
