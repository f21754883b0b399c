"""Every retry, error and redirect behaviour of the clients, sync and async, over real HTTP on 127.0.0.1.

`QuantConnect` / `AsyncQuantConnect` (and, where the behaviour lives in the transport, the low-level
`create_client`) against the mock (`make_api`, `make_low`): faults, stalls and skew from its `/_mock/faults`, every
attempt recorded and judged by the mock's own signature check (tests._client_harness.RecordedMock). What the mock
never does is played by `tests._auth_server` (`scripted_api`, `scripted_low`): bodies of the wrong shape or cut
after a brace, a 401 for a wrong token, a stale timestamp answered 200, work done before a 503 or a stall,
redirects to another origin, and a server that starts listening between two attempts. Sleeps are injected and
recorded, so no test waits for a backoff; the only real waiting is the short read timeouts that the timeout cases
are about.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

pytest.importorskip("quantconnect_client", reason="the generated package is not importable: run `make install`")

from quantconnect_client.api.authentication import authenticate
from quantconnect_client.api.backtests import create_backtest, delete_backtest, read_backtest
from quantconnect_client.models import CreateBacktestRequest, DeleteBacktestRequest, ReadBacktestRequest

from auth_plugin import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InvalidResponseError,
    NotFoundError,
    QuantConnectAuth,
    QuantConnectError,
    RateLimitError,
    RetryPolicy,
)
from auth_plugin.auth import signature_headers
from tests._auth_server import Reply, Seen, ServerState, backtest, serve
from tests._client_harness import (
    MODES,
    NO_JITTER,
    SHORT_READ,
    Api,
    Closing,
    LowLevel,
    RecordedMock,
    Sent,
    Sleeps,
    closed_port_url,
    free_port,
)

STALL = 30.0  # how long a stalled answer would take; the test's end releases it
SLOW = f"slow={STALL:g}"  # the mock's stall: the answer comes after STALL seconds
READ = {"project_id": 1, "backtest_id": "bt1"}
CREATE = {"project_id": 1, "compile_id": "c1", "backtest_name": "run"}
READ_BODY = ReadBacktestRequest(project_id=1, backtest_id="bt1")
CREATED = {"success": True, "errors": [], "backtest": backtest("new")}
# What generated readers raise on JSON of the wrong shape: none of them may escape the client.
READER_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def read(client: Any) -> Any:
    return client.backtests.read(**READ)


def create(client: Any) -> Any:
    return client.backtests.create(**CREATE)


def reads(api_mock: RecordedMock, backtest_id: str = "bt1") -> Callable[[Any], Any]:
    """Reads `backtest_id` of the mock's demo project (by default one it does not have)."""
    return lambda client: client.backtests.read(project_id=api_mock.project_id, backtest_id=backtest_id)


def creates(api_mock: RecordedMock) -> Callable[[Any], Any]:
    return lambda client: client.backtests.create(
        project_id=api_mock.project_id, compile_id=api_mock.compile_id, backtest_name="run"
    )


def read_body(api_mock: RecordedMock, backtest_id: str = "bt1") -> ReadBacktestRequest:
    return ReadBacktestRequest(project_id=api_mock.project_id, backtest_id=backtest_id)


def create_body(api_mock: RecordedMock) -> CreateBacktestRequest:
    return CreateBacktestRequest(project_id=api_mock.project_id, compile_id=api_mock.compile_id, backtest_name="run")


def missing(api_mock: RecordedMock, backtest_id: str = "bt1") -> str:
    return f"Backtest not found: no backtest {backtest_id!r} in project {api_mock.project_id}."


@dataclass
class Servers:
    """The API under test, and another origin on a second port that redirects may point to."""

    url: str
    state: ServerState
    other_url: str
    other: ServerState


@pytest.fixture(scope="module")
def servers() -> Iterator[Servers]:
    main, other = ServerState(), ServerState()
    with serve(main) as main_url, serve(other) as other_url:
        yield Servers(main_url, main, other_url, other)


@pytest.fixture
def server(servers: Servers) -> Servers:
    servers.state.reset()
    servers.other.reset()
    return servers


@pytest.fixture
def state(server: Servers) -> ServerState:
    return server.state


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


MakeApi = Callable[..., Api]
MakeLow = Callable[..., LowLevel]


@pytest.fixture
def make_api(mode: str, api_mock: RecordedMock, closing: Closing) -> MakeApi:
    """`make(**options)`: a client for the mock (or for `base_url`, with the mock's credentials)."""
    return lambda **options: closing(Api.for_mock(mode, api_mock, **options))


@pytest.fixture
def make_low(mode: str, api_mock: RecordedMock, closing: Closing) -> MakeLow:
    return lambda **options: closing(LowLevel.for_mock(mode, api_mock, **options))


@pytest.fixture
def scripted_api(mode: str, server: Servers, closing: Closing) -> MakeApi:
    """`make(base_url=..., **options)`: a client for the scripted server (tests._auth_server)."""
    return lambda base_url=None, **options: closing(Api.signed(mode, base_url or server.url, **options))


@pytest.fixture
def scripted_low(mode: str, server: Servers, closing: Closing) -> MakeLow:
    return lambda base_url=None, **options: closing(LowLevel.signed(mode, base_url or server.url, **options))


def assert_typed(error: BaseException) -> None:
    """A QuantConnectError and none of the exceptions a reader or the json module would raise."""
    assert isinstance(error, QuantConnectError)
    assert not isinstance(error, READER_ERRORS), type(error).__mro__


# --- answers that are not what the operation promises ----------------------------------------------------------

WRONG_SHAPES = [
    b"[]",
    b"null",
    b'"ok"',
    b'{"backtest": null}',
    b'{"backtest": {}}',
    b'{"success": true, "backtest": null}',
    b'{"success": true, "backtest": {}}',
    b'{"success": true, "backtest": "x"}',
    b'{"success": true, "backtest": []}',
]


@pytest.mark.parametrize("body", WRONG_SHAPES)
async def test_a_200_of_the_wrong_shape_is_an_invalid_response(
    scripted_api: MakeApi, state: ServerState, body: bytes
) -> None:
    state.fail(Reply(200, body, {"content-type": "application/json"}))
    with pytest.raises(InvalidResponseError) as caught:
        await scripted_api().run(read)
    assert_typed(caught.value)
    assert caught.value.operation == "readBacktest" and "readBacktest" in str(caught.value)
    assert caught.value.status_code == 200 and len(state.requests) == 1  # an answer, so not retried


@pytest.mark.parametrize("body", WRONG_SHAPES)
async def test_low_level_a_200_of_the_wrong_shape_is_an_invalid_response(
    scripted_low: MakeLow, state: ServerState, body: bytes
) -> None:
    state.fail(Reply(200, body, {"content-type": "application/json"}))
    with pytest.raises(InvalidResponseError) as caught:
        await scripted_low().run(read_backtest, READ_BODY)
    assert_typed(caught.value)
    assert caught.value.operation == "readBacktest" and "readBacktest" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        b'{"success": true, "errors": [], "backtest": {"backtestId": "bt1", "statistics": {}}',
        b'{"success": true, "backtest": {"name": "}"}',
        b'{"success": false, "errors": [{"code": 1}',
    ],
)
async def test_a_truncated_body_ending_in_a_brace_is_an_invalid_response(
    scripted_api: MakeApi, scripted_low: MakeLow, state: ServerState, body: bytes
) -> None:
    assert body.endswith(b"}")
    state.fail(Reply(200, body, {"content-type": "application/json"}), Reply(200, body))
    with pytest.raises(InvalidResponseError, match="not JSON") as caught:
        await scripted_api().run(read)
    assert_typed(caught.value)
    assert not isinstance(caught.value.__cause__, json.JSONDecodeError) and caught.value.operation == "readBacktest"
    with pytest.raises(InvalidResponseError, match="not JSON") as low:
        await scripted_low().run(read_backtest, READ_BODY)
    assert_typed(low.value)


async def test_a_non_json_200_is_an_invalid_response(
    make_api: MakeApi, make_low: MakeLow, api_mock: RecordedMock
) -> None:
    api_mock.fault("non-json", "non-json")  # the mock's HTML page of a gateway, HTTP 200
    with pytest.raises(InvalidResponseError, match=r"^readBacktest: invalid answer \(HTTP 200\).*not JSON") as caught:
        await make_api().run(reads(api_mock))
    assert_typed(caught.value)
    assert caught.value.response is not None and caught.value.response.content.startswith(b"<html>")
    with pytest.raises(InvalidResponseError, match="not JSON"):
        await make_low().run(read_backtest, read_body(api_mock))
    assert len(api_mock.requests) == 2


# --- statuses ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("max_retries", [0, 2])
async def test_a_500_every_attempt_is_a_status_error_after_max_retries_plus_one(
    make_api: MakeApi, api_mock: RecordedMock, max_retries: int
) -> None:
    api_mock.fault(*["500"] * 5)
    api = make_api(max_retries=max_retries)
    with pytest.raises(APIStatusError) as caught:
        await api.run(reads(api_mock))
    assert caught.value.status_code == 500 and caught.value.errors == ["Mock fault: HTTP 500"]
    assert caught.value.operation == "readBacktest" and not isinstance(caught.value, APIError)
    assert len(api_mock.requests) == max_retries + 1 and len(api.sleeps.delays) == max_retries
    assert all(seen.authenticated for seen in api_mock.requests)


async def test_low_level_a_500_every_attempt_is_a_status_error(make_low: MakeLow, api_mock: RecordedMock) -> None:
    api_mock.fault(*["500"] * 5)
    low = make_low(retry=RetryPolicy(max_attempts=3, jitter=0.0))
    with pytest.raises(APIStatusError) as caught:
        await low.run(read_backtest, read_body(api_mock))
    assert caught.value.status_code == 500 and caught.value.operation == "readBacktest"
    assert len(api_mock.requests) == 3 and low.sleeps.delays == [0.5, 1.0]


async def test_a_429_with_retry_after_is_honoured_then_succeeds(
    make_api: MakeApi, make_low: MakeLow, api_mock: RecordedMock
) -> None:
    api_mock.fault("429;retry-after=7")
    api = make_api(retry=NO_JITTER)
    result = await api.run(reads(api_mock, api_mock.backtest_id))
    assert result.backtest_id == api_mock.backtest_id and api.sleeps.delays == [7.0] and len(api_mock.requests) == 2
    api_mock.fault("429;retry-after=3")
    low = make_low(retry=NO_JITTER)
    response = await low.run(read_backtest, read_body(api_mock, api_mock.backtest_id))
    assert response.parsed.backtest.backtest_id == api_mock.backtest_id and low.sleeps.delays == [3.0]


async def test_a_429_every_attempt_is_a_rate_limit_error(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.fault(*["429;retry-after=1"] * 5)
    api = make_api(max_retries=3)
    with pytest.raises(RateLimitError) as caught:
        await api.run(reads(api_mock))
    assert isinstance(caught.value, APIError) and caught.value.status_code == 429
    assert caught.value.operation == "readBacktest" and caught.value.errors == ["Mock fault: HTTP 429"]
    assert len(api_mock.requests) == 4 and api.sleeps.delays == [1.0, 1.0, 1.0]


async def test_a_429_every_attempt_is_a_rate_limit_error_for_creates_too(
    make_api: MakeApi, api_mock: RecordedMock
) -> None:
    api_mock.fault(*["429"] * 3)
    with pytest.raises(RateLimitError):
        await make_api(retry=RetryPolicy(max_attempts=3, jitter=0.0)).run(creates(api_mock))
    assert len(api_mock.requests) == 3  # a 429 was refused unprocessed, so even a create is resent


async def test_a_401_is_an_authentication_error(
    scripted_api: MakeApi, scripted_low: MakeLow, state: ServerState
) -> None:
    state.reject_with_401 = True  # the mock answers a wrong token 200 "Hash doesn't match.", as the platform does
    with pytest.raises(AuthenticationError) as caught:
        await scripted_api(api_token="not-the-token").run(read)
    assert caught.value.status_code == 401 and caught.value.operation == "readBacktest"
    assert len(state.requests) == 1  # 401 is not retried (and the clocks agree: no skew correction)
    low = scripted_low(api_token="not-the-token")
    with pytest.raises(AuthenticationError) as low_caught:
        await low.run(authenticate)
    assert low_caught.value.status_code == 401 and low_caught.value.operation == "authenticate"


async def test_hash_mismatch_is_an_authentication_error(
    make_api: MakeApi, make_low: MakeLow, api_mock: RecordedMock
) -> None:
    api = make_api(api_token="not-the-token")
    with pytest.raises(AuthenticationError) as caught:
        await api.run(lambda client: client.authenticate())
    assert caught.value.errors == ["Hash doesn't match."] and caught.value.status_code == 200
    assert caught.value.operation == "authenticate" and len(api_mock.requests) == 1
    with pytest.raises(AuthenticationError) as low:
        await make_low(api_token="not-the-token").run(authenticate)
    assert low.value.errors == ["Hash doesn't match."]


async def test_not_found_is_a_not_found_error(make_api: MakeApi, make_low: MakeLow, api_mock: RecordedMock) -> None:
    with pytest.raises(NotFoundError) as caught:
        await make_api().run(reads(api_mock))
    error = caught.value
    assert isinstance(error, APIError) and error.operation == "readBacktest"
    assert error.errors == [missing(api_mock)] and error.status_code == 200
    assert error.body == {"success": False, "errors": [missing(api_mock)]}
    assert len(api_mock.requests) == 1  # an answer: not retried
    with pytest.raises(NotFoundError) as low:
        await make_low().run(read_backtest, read_body(api_mock))
    assert low.value.operation == "readBacktest" and low.value.errors == [missing(api_mock)]


# --- timeouts and connection failures ------------------------------------------------------------------------------


async def test_a_read_timing_out_every_attempt_is_a_timeout_error(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.fault(*[SLOW] * 3)
    api = make_api(timeout=SHORT_READ, max_retries=2)
    with pytest.raises(APITimeoutError) as caught:
        await api.run(reads(api_mock))
    assert isinstance(caught.value, APIConnectionError) and isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert caught.value.operation == "readBacktest" and "after 3 attempts" in str(caught.value)
    assert len(api_mock.requests) == 3 and len(api.sleeps.delays) == 2


async def test_low_level_a_read_timing_out_every_attempt_is_a_timeout_error(
    make_low: MakeLow, api_mock: RecordedMock
) -> None:
    api_mock.fault(*[SLOW] * 2)
    low = make_low(timeout=SHORT_READ, retry=RetryPolicy(max_attempts=2, jitter=0.0))
    with pytest.raises(APITimeoutError) as caught:
        await low.run(read_backtest, read_body(api_mock))
    assert caught.value.operation == "readBacktest" and len(api_mock.requests) == 2


async def test_the_deadline_ends_a_call_whose_attempts_would_each_wait_longer(
    make_api: MakeApi, api_mock: RecordedMock
) -> None:
    api_mock.fault(*[SLOW] * 5)
    api = make_api(timeout=60.0, max_retries=4, deadline=0.5)
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        await api.run(reads(api_mock))
    # Without the deadline the first attempt alone would wait out the stall (30 s).
    assert time.monotonic() - started < 10.0
    assert len(api_mock.requests) == 1 and api.sleeps.delays == []  # no time left for a retry
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)


async def test_the_deadline_bounds_the_retries_of_short_attempts(
    make_api: MakeApi, make_low: MakeLow, api_mock: RecordedMock
) -> None:
    policy = RetryPolicy(max_attempts=50, jitter=0.0, backoff_base=0.01, backoff_max=0.01)
    api_mock.fault(*[SLOW] * 100)
    with pytest.raises(APITimeoutError):
        await make_api(timeout=SHORT_READ, retry=policy, deadline=1.0).run(reads(api_mock))
    attempts = len(api_mock.requests)
    assert 2 <= attempts < 50  # retried, but only while the deadline allowed
    with pytest.raises(APITimeoutError):
        await make_low(timeout=SHORT_READ, retry=policy, deadline=1.0).run(read_backtest, read_body(api_mock))
    assert 2 <= len(api_mock.requests) - attempts < 50


async def test_a_create_that_times_out_is_not_resent(
    make_api: MakeApi, make_low: MakeLow, api_mock: RecordedMock
) -> None:
    api_mock.fault(SLOW, SLOW)
    api = make_api(timeout=SHORT_READ)
    with pytest.raises(APITimeoutError) as caught:
        await api.run(creates(api_mock))
    assert caught.value.operation == "createBacktest" and "after 1 attempt " in str(caught.value)
    assert [seen.operation for seen in api_mock.requests] == ["backtests/create"] and api.sleeps.delays == []
    low = make_low(timeout=SHORT_READ)
    with pytest.raises(APITimeoutError):
        await low.run(create_backtest, create_body(api_mock))
    assert len(api_mock.requests) == 2 and low.sleeps.delays == []


async def test_a_create_that_gets_a_5xx_is_not_resent(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.fault("503", "503")
    with pytest.raises(APIStatusError) as caught:
        await make_api().run(creates(api_mock))
    assert caught.value.status_code == 503 and len(api_mock.requests) == 1


@pytest.mark.parametrize("level", ["client", "low-level"])
async def test_a_create_whose_connection_is_refused_is_resent(
    scripted_api: MakeApi, scripted_low: MakeLow, mode: str, level: str
) -> None:
    # Nothing listens on the port until the client's first backoff, which starts the server there: the first
    # attempt is refused (surely not sent), the resent one arrives. Scripted: a server started within a sleep.
    port = free_port()
    late = ServerState()
    late.fail(Reply(200, CREATED))
    with ExitStack() as stack:
        started: list[str] = []

        def start_server(seconds: float) -> None:
            if not started:
                started.append(stack.enter_context(serve(late, port)))

        url = closed_port_url(port)
        if level == "client":
            api = scripted_api(base_url=url, retry=NO_JITTER)
            api.sleeps.on_sleep = start_server
            result = await api.run(create)
            assert result.backtest_id == "new"
            delays = api.sleeps.delays
        else:
            low = scripted_low(base_url=url, retry=NO_JITTER)
            low.sleeps.on_sleep = start_server
            response = await low.run(
                create_backtest, CreateBacktestRequest(project_id=1, compile_id="c1", backtest_name="run")
            )
            assert response.parsed.backtest.backtest_id == "new"
            delays = low.sleeps.delays
        assert [seen.operation for seen in late.requests] == ["backtests/create"]
        assert late.requests[0].authenticated and delays == [1.0]


async def test_a_refused_connection_every_attempt_is_a_connection_error(make_api: MakeApi) -> None:
    api = make_api(base_url=closed_port_url(), retry=RetryPolicy(max_attempts=3, jitter=0.0))
    with pytest.raises(APIConnectionError) as caught:
        await api.run(create)
    assert not isinstance(caught.value, APITimeoutError) and isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.operation == "createBacktest" and api.sleeps.delays == [0.5, 1.0]


# --- deletes and renames whose first attempt did the work ----------------------------------------------------------


@pytest.mark.parametrize("first", [Reply(503, b"Service Unavailable", run=True), Reply(delay=STALL, run=True)])
async def test_a_retried_delete_that_was_done_by_the_first_attempt_succeeds(
    scripted_api: MakeApi, state: ServerState, first: Reply
) -> None:
    # Scripted: the mock's faults never do the work and then fail (its `slow` waits first, then works).
    state.stateful, state.backtests = True, {"bt1", "bt2"}
    state.fail(first)
    api = scripted_api(timeout=SHORT_READ, retry=NO_JITTER)
    assert await api.run(lambda client: client.backtests.delete(project_id=1, backtest_id="bt1")) is None
    assert state.backtests == {"bt2"}
    assert [seen.authenticated for seen in state.requests] == [True, True] and api.sleeps.delays == [1.0]


@pytest.mark.parametrize("first", [Reply(503, run=True), Reply(delay=STALL, run=True)])
async def test_a_retried_rename_that_was_done_by_the_first_attempt_succeeds(
    scripted_api: MakeApi, state: ServerState, first: Reply
) -> None:
    state.stateful, state.files = True, {(1, "main.py"): "print(1)"}
    state.fail(first)
    api = scripted_api(timeout=SHORT_READ, retry=NO_JITTER)
    renamed = await api.run(lambda client: client.files.update(project_id=1, name="main.py", new_name="algo.py"))
    assert renamed is None and state.files == {(1, "algo.py"): "print(1)"} and len(state.requests) == 2


async def test_not_found_is_still_an_error_when_no_earlier_attempt_can_have_done_it(
    make_api: MakeApi, api_mock: RecordedMock
) -> None:
    api = make_api(retry=NO_JITTER)
    with pytest.raises(NotFoundError) as caught:
        await api.run(lambda client: client.backtests.delete(project_id=api_mock.project_id, backtest_id="gone"))
    assert caught.value.operation == "deleteBacktest" and len(api_mock.requests) == 1
    # A 429 is refused before any work, so the retry's "not found" is the truth too.
    api_mock.fault("429;retry-after=0")
    with pytest.raises(NotFoundError):
        await api.run(lambda client: client.backtests.delete(project_id=api_mock.project_id, backtest_id="gone"))
    # And a read never counts as done.
    api_mock.fault("503")
    with pytest.raises(NotFoundError):
        await api.run(reads(api_mock))
    assert len(api_mock.requests) == 5


async def test_low_level_a_retried_delete_that_was_done_does_not_raise(
    scripted_low: MakeLow, state: ServerState
) -> None:
    state.stateful, state.backtests = True, {"bt1"}
    state.fail(Reply(503, run=True))
    low = scripted_low(retry=NO_JITTER)
    response = await low.run(delete_backtest, DeleteBacktestRequest(project_id=1, backtest_id="bt1"))
    assert response.status_code == 200 and state.backtests == set() and len(state.requests) == 2
    with pytest.raises(NotFoundError):  # no earlier attempt that may have done it: a true "not found"
        await low.run(delete_backtest, DeleteBacktestRequest(project_id=1, backtest_id="bt1"))
    assert len(state.requests) == 3


# --- signing of retries and clock skew -----------------------------------------------------------------------------


async def test_every_retry_carries_a_fresh_timestamp_and_a_valid_signature(
    make_api: MakeApi, api_mock: RecordedMock
) -> None:
    api_mock.fault("503", "500", "429;retry-after=1")
    # The signer's clock advances with the injected sleeps, as real time would between attempts.
    sleeps = Sleeps()
    signer = QuantConnectAuth(api_mock.user_id, api_mock.api_token, origin=api_mock.base_url, clock=sleeps.clock)
    api = make_api(retry=NO_JITTER, auth=signer, sleeps=sleeps)
    assert (await api.run(reads(api_mock, api_mock.backtest_id))).backtest_id == api_mock.backtest_id
    assert sleeps.delays == [1.0, 2.0, 1.0]
    stamps = [seen.timestamp for seen in api_mock.requests]
    assert len(stamps) == 4 and len(set(stamps)) == 4  # signed again for every attempt
    for seen in api_mock.requests:
        assert seen.authenticated and seen.timestamp is not None
        expected = signature_headers(api_mock.user_id, api_mock.api_token, int(seen.timestamp))
        assert seen.authorization == expected["Authorization"]


async def test_low_level_every_retry_carries_a_fresh_timestamp(make_low: MakeLow, api_mock: RecordedMock) -> None:
    api_mock.fault("503", "502")
    sleeps = Sleeps()
    low = make_low(retry=NO_JITTER, clock=sleeps.clock, sleeps=sleeps)
    response = await low.run(authenticate)
    assert response.status_code == 200
    stamps = [seen.timestamp for seen in api_mock.requests]
    assert len(set(stamps)) == 3 and all(seen.authenticated for seen in api_mock.requests)


@pytest.mark.parametrize("with_401", [True, False])
async def test_a_skewed_clock_is_corrected_and_the_call_retried_once(
    make_api: MakeApi,
    make_low: MakeLow,
    api_mock: RecordedMock,
    scripted_api: MakeApi,
    scripted_low: MakeLow,
    state: ServerState,
    with_401: bool,
) -> None:
    # With a 401: the mock, which refuses a stale timestamp so (with its Date). Without: the scripted server, which
    # answers it 200 "Hash doesn't match." as some gateways do.
    seen: Sequence[Sent | Seen]
    if with_401:
        api_mock.set_skew(3600.0)
        seen, make, make_lower = api_mock.requests, make_api, make_low
    else:
        state.clock_offset = 3600.0
        seen, make, make_lower = state.requests, scripted_api, scripted_low
    api = make()
    assert await api.run(lambda client: client.authenticate()) is None
    assert [each.authenticated for each in seen] == [False, True] and api.sleeps.delays == []
    assert api.client._auth.clock_offset == pytest.approx(3600, abs=2)
    low = make_lower()
    assert (await low.run(authenticate)).status_code == 200
    assert [each.authenticated for each in seen[2:]] == [False, True]


async def test_clock_skew_is_corrected_only_once(make_api: MakeApi, api_mock: RecordedMock) -> None:
    api_mock.set_skew(-3600.0)
    with pytest.raises(AuthenticationError):
        await make_api(api_token="not-the-token").run(lambda client: client.authenticate())
    assert len(api_mock.requests) == 2


# --- redirects to another origin (scripted: the mock has no other origin) ------------------------------------------


def redirect_to(server: Servers, count: int) -> None:
    """Script the API to answer the next `count` requests with a 307 to the other origin (a second port)."""
    location = server.other_url + "/backtests/read"
    server.state.fail(*[Reply(307, b"", {"location": location})] * count)


def redirecting_http_client(mode: str) -> httpx.Client | httpx.AsyncClient:
    return httpx.Client(follow_redirects=True) if mode == "sync" else httpx.AsyncClient(follow_redirects=True)


async def test_a_redirect_to_another_origin_answering_503_never_gets_the_credentials(
    scripted_api: MakeApi, server: Servers, mode: str
) -> None:
    redirect_to(server, 4)
    server.other.fail(*[Reply(503)] * 4)
    api = scripted_api(http_client=redirecting_http_client(mode), retry=NO_JITTER)
    with pytest.raises(APIStatusError) as caught:
        await api.run(read)
    assert caught.value.status_code == 503
    assert len(server.other.requests) == 4, "the redirects were followed and the 503s retried"
    assert [seen.authorization for seen in server.other.requests] == [None] * 4
    assert all(seen.authenticated for seen in server.state.requests) and len(server.state.requests) == 4
    assert api.client._auth.clock_offset == 0.0


async def test_a_redirect_to_another_origin_answering_401_with_a_skewed_date_moves_no_clock(
    scripted_api: MakeApi, server: Servers, mode: str
) -> None:
    redirect_to(server, 2)
    server.other.clock_offset = 3600.0
    server.other.fail(*[Reply(401, {"success": False}, {"www-authenticate": "Basic"})] * 2)
    api = scripted_api(http_client=redirecting_http_client(mode))
    with pytest.raises(AuthenticationError) as caught:
        await api.run(read)
    assert caught.value.status_code == 401
    assert [seen.authorization for seen in server.other.requests] == [None]
    assert len(server.state.requests) == 1  # no "skew" retry on the word of another host
    assert api.client._auth.clock_offset == 0.0


async def test_low_level_redirects_to_another_origin_never_get_the_credentials(
    scripted_low: MakeLow, server: Servers
) -> None:
    redirect_to(server, 1)
    server.other.fail(*[Reply(503)] * 4)
    low = scripted_low(httpx_args={"follow_redirects": True}, retry=NO_JITTER)
    with pytest.raises(APIStatusError) as caught:
        await low.run(read_backtest, READ_BODY)
    assert caught.value.status_code == 503 and len(server.other.requests) == 4
    assert [seen.authorization for seen in server.other.requests] == [None] * 4
    auth = low.client.get_httpx_client().auth
    assert isinstance(auth, QuantConnectAuth) and auth.clock_offset == 0.0
    # And a 401 from there with a skewed Date: no correction, no credentials.
    redirect_to(server, 1)
    server.other.clock_offset = 3600.0
    server.other.fail(Reply(401, {"success": False}, {"www-authenticate": "Basic"}))
    with pytest.raises(AuthenticationError):
        await low.run(read_backtest, READ_BODY)
    assert [seen.authorization for seen in server.other.requests] == [None] * 5
    assert len(server.state.requests) == 2 and auth.clock_offset == 0.0
    async_auth = low.client.get_async_httpx_client().auth
    assert isinstance(async_auth, QuantConnectAuth) and async_auth.clock_offset == 0.0
