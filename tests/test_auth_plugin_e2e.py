"""End-to-end tests of the auth_plugin httpx clients, sync and async, against the mock over real HTTP.

Faults and skew come from the mock's `/_mock/faults`; every attempt is recorded on its way to the mock and judged
by the mock's own signature check (tests._client_harness.RecordedMock). The few answers the mock never gives (a
Retry-After date, a 401 for a wrong token, a stale timestamp answered 200 "Hash doesn't match.", a failure with a
scripted message) come from the scripted server in tests._auth_server (`scripted`, `make_scripted`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
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
    NotFoundError,
    QuantConnectAuth,
    RetryPolicy,
    create_async_httpx_client,
    create_httpx_client,
)
from tests._auth_server import API_TOKEN, USER_ID, Reply, Seen, ServerState
from tests._client_harness import Closing, RecordedMock, Sent, SteppedClock, closed_port_url

FAST_POLICY = RetryPolicy(jitter=0.0, backoff_base=1.0)


class Api:
    """One sync or async client made by the factories, with recorded no-op sleeps."""

    def __init__(self, kind: str, base_url: str, user_id: str, token: str, **options: Unpack[ClientOptions]) -> None:
        self.kind = kind
        self.clock = SteppedClock()
        self.sleeps: list[float] = []
        settings: ClientOptions = {"retry": FAST_POLICY, "clock": self.clock, "sleep": self._sleep}
        settings["async_sleep"] = self._async_sleep
        settings.update(options)
        self.sync: httpx.Client | None = None
        self.async_: httpx.AsyncClient | None = None
        if kind == "sync":
            settings.pop("async_transport", None)
            self.sync = create_httpx_client(user_id, token, base_url=base_url, **settings)
        else:
            settings.pop("transport", None)
            self.async_ = create_async_httpx_client(user_id, token, base_url=base_url, **settings)

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


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_api(kind: str, api_mock: RecordedMock, closing: Closing) -> MakeApi:
    """`make(token=..., base_url=..., **options)`: a client for the mock, each attempt recorded."""

    def make(token: str | None = None, base_url: str | None = None, **options: Unpack[ClientOptions]) -> Api:
        recording: ClientOptions = {"transport": api_mock.transport(), "async_transport": api_mock.async_transport()}
        recording.update(options)
        url, user, secret = base_url or api_mock.base_url, api_mock.user_id, token or api_mock.api_token
        return closing(Api(kind, url, user, secret, **recording))

    return make


@pytest.fixture
def make_scripted(
    kind: str, scripted_server: tuple[str, ServerState], scripted: ServerState, closing: Closing
) -> MakeApi:
    """`make(token=..., **options)`: a client for the scripted server."""

    def make(token: str = API_TOKEN, **options: Unpack[ClientOptions]) -> Api:
        return closing(Api(kind, scripted_server[0], USER_ID, token, **options))

    return make


def demo_read(api_mock: RecordedMock) -> dict[str, Any]:
    return {"projectId": api_mock.project_id, "backtestId": api_mock.backtest_id}


def demo_create(api_mock: RecordedMock) -> dict[str, Any]:
    return {"projectId": api_mock.project_id, "compileId": api_mock.compile_id, "backtestName": "e2e"}


async def test_signed_request_is_accepted(make_api: MakeApi, api_mock: RecordedMock) -> None:
    response = await make_api().post("/authenticate", {"projectId": 7})
    assert response.json() == {"success": True, "errors": []}
    assert [seen.authenticated for seen in api_mock.requests] == [True]


async def test_5xx_is_retried_with_fresh_signatures(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.fault("503", "500")
    api = make_api()
    assert (await api.post("/backtests/read", demo_read(api_mock))).json()["success"] is True
    assert [seen.authenticated for seen in api_mock.requests] == [True, True, True]
    assert len({seen.timestamp for seen in api_mock.requests}) == 3
    assert len({seen.authorization for seen in api_mock.requests}) == 3
    assert api.sleeps == [1.0, 2.0]


async def test_retry_after_seconds_is_honoured(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.fault("429;retry-after=7")
    api = make_api()
    assert (await api.post("/projects/read", {})).status_code == 200
    assert api.sleeps == [7.0]


async def test_retry_after_http_date_is_honoured(make_scripted: MakeApi, scripted: ServerState) -> None:
    # Scripted: the mock's Retry-After is always seconds.
    scripted.fail(Reply(503, b"", {"Retry-After": formatdate(time.time() + 12, usegmt=True)}))
    api = make_scripted()
    assert (await api.post("/projects/read")).status_code == 200
    assert len(api.sleeps) == 1 and 10.0 <= api.sleeps[0] <= 12.0


async def test_gives_up_after_max_attempts(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.fault(*["503"] * 4)
    api = make_api(retry=RetryPolicy(max_attempts=3, jitter=0.0))
    with pytest.raises(APIStatusError) as caught:
        await api.post("/backtests/read")
    assert caught.value.status_code == 503 and caught.value.operation == "readBacktest"
    assert len(api_mock.requests) == 3 and api.sleeps == [0.5, 1.0]


async def test_create_is_not_retried_after_a_server_error(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.fault("503")
    api = make_api()
    with pytest.raises(APIStatusError, match=r"createBacktest failed \(HTTP 503\)"):
        await api.post("/backtests/create", demo_create(api_mock))
    assert len(api_mock.requests) == 1 and api.sleeps == []


async def test_create_is_retried_after_429(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.fault("429;retry-after=1")
    api = make_api()
    assert (await api.post("/backtests/create", demo_create(api_mock))).json()["success"] is True
    assert [seen.operation for seen in api_mock.requests] == ["backtests/create"] * 2 and api.sleeps == [1.0]


@pytest.mark.parametrize(("operation", "attempts"), [("/backtests/read", 2), ("/backtests/create", 1)])
async def test_read_timeout_retried_for_reads_only(
    make_api: MakeApi, api_mock: RecordedMock, operation: str, attempts: int
) -> None:
    api_mock.fault("slow=0.6")
    api = make_api(timeout=httpx.Timeout(5.0, read=0.25))
    if attempts == 1:
        with pytest.raises(APITimeoutError) as caught:
            await api.post(operation, demo_create(api_mock))
        assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    else:
        assert (await api.post(operation, demo_read(api_mock))).status_code == 200
    assert len(api_mock.requests) == attempts


@pytest.mark.parametrize("operation", ["/backtests/read", "/backtests/create"])
async def test_connect_errors_are_retried_even_for_creates(make_api: MakeApi, operation: str) -> None:
    api = make_api(base_url=closed_port_url(), retry=RetryPolicy(max_attempts=3, jitter=0.0))
    with pytest.raises(APIConnectionError) as caught:
        await api.post(operation)
    assert api.sleeps == [0.5, 1.0]
    assert isinstance(caught.value.__cause__, httpx.ConnectError) and not isinstance(caught.value, APITimeoutError)


async def test_success_false_raises_api_error(make_scripted: MakeApi, scripted: ServerState) -> None:
    # Scripted: a failure the mock has no cause to answer, which is neither "not found" nor an auth error.
    scripted.fail(Reply(200, {"success": False, "errors": ["Backtest is still running"]}))
    with pytest.raises(APIError) as caught:
        await make_scripted().post("/backtests/read", {"projectId": 1, "backtestId": "x"})
    error = caught.value
    assert type(error) is APIError
    assert str(error) == "readBacktest failed: Backtest is still running"
    assert (error.operation, error.status_code, error.errors) == ("readBacktest", 200, ["Backtest is still running"])
    assert error.response is not None and error.response.json()["success"] is False


async def test_wrong_token_raises_authentication_error(make_api: MakeApi, api_mock: RecordedMock) -> None:
    with pytest.raises(AuthenticationError) as caught:
        await make_api(token="wrong-token").post("/authenticate")
    assert caught.value.errors == ["Hash doesn't match."] and caught.value.status_code == 200
    assert len(api_mock.requests) == 1  # the clocks agree, so no skew retry


async def test_401_raises_authentication_error(make_scripted: MakeApi, scripted: ServerState) -> None:
    # Scripted: the mock answers a wrong token 200 "Hash doesn't match.", as the platform does; this is a gateway's 401.
    scripted.reject_with_401 = True
    with pytest.raises(AuthenticationError) as caught:
        await make_scripted(token="wrong-token").post("/authenticate")
    assert caught.value.status_code == 401 and caught.value.operation == "authenticate"


async def test_non_json_body_raises_invalid_response(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.fault("non-json")
    with pytest.raises(
        InvalidResponseError, match=r"^readProject: invalid answer \(HTTP 200\): .*not JSON \(text/html"
    ):
        await make_api().post("/projects/read")


async def test_raise_on_error_false_returns_the_response(make_api: MakeApi, api_mock: RecordedMock) -> None:
    response = await make_api(raise_on_error=False).post("/backtests/read", {**demo_read(api_mock), "backtestId": "x"})
    missing = f"Backtest not found: no backtest 'x' in project {api_mock.project_id}."
    assert response.json() == {"success": False, "errors": [missing]}


@pytest.mark.parametrize("with_401", [False, True])
async def test_clock_skew_is_corrected_from_the_date_header(
    make_api: MakeApi, api_mock: RecordedMock, make_scripted: MakeApi, scripted: ServerState, with_401: bool
) -> None:
    # With a 401: the mock, which refuses a stale timestamp so (with its Date). Without: the scripted server, which
    # answers it 200 "Hash doesn't match." as some gateways do.
    seen: Sequence[Sent | Seen]
    if with_401:
        api_mock.set_skew(3600.0)
        api, seen = make_api(), api_mock.requests
        create, read = demo_create(api_mock), demo_read(api_mock)
    else:
        scripted.clock_offset = 3600.0
        api, seen, create, read = make_scripted(), scripted.requests, {"projectId": 1}, None
    assert (await api.post("/backtests/create", create)).json()["success"] is True
    assert [each.authenticated for each in seen] == [False, True]
    assert api.auth.clock_offset == pytest.approx(3600, abs=2)
    assert api.sleeps == []
    assert (await api.post("/backtests/read", read)).status_code == 200
    assert len(seen) == 3  # the offset sticks


async def test_clock_skew_is_corrected_only_once(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.set_skew(-3600.0)
    with pytest.raises(AuthenticationError):
        await make_api(token="wrong-token").post("/backtests/read", demo_read(api_mock))
    assert len(api_mock.requests) == 2


async def test_clock_skew_correction_can_be_disabled(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.set_skew(3600.0)
    with pytest.raises(AuthenticationError):
        await make_api(retry=RetryPolicy(clock_skew_threshold=None)).post("/backtests/read", demo_read(api_mock))
    assert len(api_mock.requests) == 1


async def test_token_never_logged_or_shown(
    make_api: MakeApi, api_mock: RecordedMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="auth_plugin")
    api_mock.set_skew(3600.0)
    api_mock.fault("503")
    api = make_api()
    await api.post("/backtests/read", demo_read(api_mock))
    with pytest.raises(NotFoundError) as caught:
        await api.post("/projects/read", {"projectId": 999})
    logged = caplog.text
    assert "POST /api/v2/backtests/read" in logged and "retrying" in logged and "clock differs" in logged
    for secret in [api_mock.api_token, *(seen.authorization or "" for seen in api_mock.requests)]:
        assert secret not in logged
        assert secret not in str(caught.value) and secret not in repr(caught.value)
    assert api_mock.api_token not in repr(api.auth) and api_mock.api_token not in str(api.sync or api.async_)
