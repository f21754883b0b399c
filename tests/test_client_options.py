"""Client options and secrecy, sync and async, over real HTTP on 127.0.0.1.

Where credentials come from (arguments, the base URL's userinfo) and that the token is never shown: not in a
repr, a log line (httpx's, httpcore's or auth_plugin's, at DEBUG) or any exception's text. `with_options` copies.
Request bodies JSON cannot carry as UTF-8 (a lone surrogate) or at all (NaN).

Against the mock (tests._client_harness.RecordedMock: faults from `/_mock/faults`, every attempt recorded); only
the lone-surrogate cases use the scripted server (tests._auth_server), since the mock refuses such names, as
the platform may: there the point is what is sent and that the server's answer decides.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

pytest.importorskip("quantconnect_client", reason="the generated package is not importable: run `make install`")

from quantconnect_client.api.authentication import authenticate
from quantconnect_client.api.backtests import read_backtest
from quantconnect_client.api.files import create_file
from quantconnect_client.api.optimizations import estimate_optimization
from quantconnect_client.models import (
    CreateProjectFileRequest,
    EstimateOptimizationRequest,
    OptimizationParameter,
    ReadBacktestRequest,
)

from auth_plugin import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    InvalidRequestError,
    NotFoundError,
    QuantConnectAuth,
    QuantConnectError,
    RetryPolicy,
)
from auth_plugin.config import DEFAULT_TIMEOUT
from tests._auth_server import Reply, ServerState
from tests._client_harness import (
    MODES,
    NO_JITTER,
    SHORT_READ,
    Api,
    Closing,
    LowLevel,
    RecordedMock,
    closed_port_url,
    recorded_mock,
    recording_http_client,
    settle,
)

STALL = 30.0
SLOW = f"slow={STALL:g}"
ODD_USER, ODD_TOKEN = "user@example.com", "t%41k:/?#[]@!$&'()*+,;= x"
READ = {"project_id": 1, "backtest_id": "bt1"}
READ_BODY = ReadBacktestRequest(project_id=1, backtest_id="bt1")
ENV_VARS = ("QUANTCONNECT_USER_ID", "QUANTCONNECT_API_TOKEN", "QUANTCONNECT_BASE_URL")


def read(client: Any) -> Any:
    return client.backtests.read(**READ)


def reads(api_mock: RecordedMock) -> Callable[[Any], Any]:
    """Reads backtest bt1 of the mock's demo project, which it does not have."""
    return lambda client: client.backtests.read(project_id=api_mock.project_id, backtest_id="bt1")


def check(client: Any) -> Any:
    return client.authenticate()


@pytest.fixture
def base_url(api_mock: RecordedMock) -> str:
    return api_mock.base_url


@pytest.fixture
def scripted_url(scripted_server: tuple[str, ServerState]) -> str:
    return scripted_server[0]


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials and base URL only from what the test passes."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def with_userinfo(base_url: str, user_id: str, api_token: str) -> str:
    """`http://<user>:<token>@127.0.0.1:<port>/api/v2`, both percent-encoded."""
    return base_url.replace("http://", f"http://{quote(user_id, safe='')}:{quote(api_token, safe='')}@", 1)


def texts_of(error: BaseException) -> list[str]:
    """Every text an exception shows: message, repr, and the whole traceback with its causes."""
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def assert_secret_nowhere(api_mock: RecordedMock, texts: list[str]) -> None:
    token = api_mock.api_token
    secrets = [token, quote(token, safe=""), *(seen.authorization for seen in api_mock.requests if seen.authorization)]
    assert len(secrets) > 2, "no signed request reached the server"
    for text in texts:
        for secret in secrets:
            assert secret not in text


# --- the token is never shown ---------------------------------------------------------------------------------------


async def provoke_errors(api: Any, api_mock: RecordedMock) -> list[QuantConnectError]:
    """A status error, a not-found, an invalid answer and a timeout, each after signed attempts."""
    errors: list[QuantConnectError] = []
    api_mock.fault("500", "500", "", "non-json", SLOW, SLOW)  # "": the third request is answered (bt1: not found)
    for expected in (APIStatusError, NotFoundError, QuantConnectError, APITimeoutError):
        with pytest.raises(expected) as caught:
            await api(reads(api_mock))
        errors.append(caught.value)
    return errors


@pytest.mark.parametrize("given", ["userinfo", "arguments"])
async def test_the_token_is_never_shown(
    mode: str,
    base_url: str,
    api_mock: RecordedMock,
    given: str,
    no_env: None,
    caplog: pytest.LogCaptureFixture,
    closing: Closing,
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: httpx, httpcore, auth_plugin
    nowhere = closed_port_url()
    if given == "userinfo":
        credentials: dict[str, Any] = {"base_url": with_userinfo(base_url, api_mock.user_id, api_mock.api_token)}
        unreachable_credentials: dict[str, Any] = {
            "base_url": with_userinfo(nowhere, api_mock.user_id, api_mock.api_token)
        }
    else:
        credentials = api_mock.credentials
        unreachable_credentials = {**credentials, "base_url": nowhere}
    policy = RetryPolicy(max_attempts=2, jitter=0.0)
    api = closing(Api(mode, **credentials, http_client=api_mock.http_client(mode), timeout=SHORT_READ, retry=policy))
    assert await api.run(check) is None
    assert api_mock.requests[0].authenticated  # the token signs
    assert api.client.base_url == base_url and api.client.user_id == api_mock.user_id
    errors = await provoke_errors(api.run, api_mock)
    refused = closing(Api(mode, **unreachable_credentials, retry=NO_JITTER))
    with pytest.raises(APIConnectionError) as unreachable:
        await refused.run(check)
    logged = caplog.text
    assert "HTTP Request: POST" in logged and "(attempt 1/2)" in logged and "retrying" in logged
    texts = [logged, repr(api.client), str(api.client), repr(api.client._auth), repr(refused.client)]
    texts += [text for error in [*errors, unreachable.value] for text in texts_of(error)]
    assert_secret_nowhere(api_mock, texts)


@pytest.mark.parametrize("given", ["userinfo", "arguments"])
async def test_the_token_is_never_shown_by_the_low_level_client(
    mode: str,
    base_url: str,
    api_mock: RecordedMock,
    given: str,
    no_env: None,
    caplog: pytest.LogCaptureFixture,
    closing: Closing,
) -> None:
    caplog.set_level(logging.DEBUG)
    if given == "userinfo":
        credentials: dict[str, Any] = {"base_url": with_userinfo(base_url, api_mock.user_id, api_mock.api_token)}
    else:
        credentials = api_mock.credentials
    recording: dict[str, Any] = {"transport": api_mock.transport(), "async_transport": api_mock.async_transport()}
    policy = RetryPolicy(max_attempts=2, jitter=0.0)
    low = closing(LowLevel(mode, **credentials, **recording, timeout=SHORT_READ, retry=policy))
    assert (await low.run(authenticate)).status_code == 200 and api_mock.requests[0].authenticated
    assert str(low.client.get_httpx_client().base_url) == base_url + "/"

    async def call(_: Any) -> Any:
        return await low.run(read_backtest, ReadBacktestRequest(project_id=api_mock.project_id, backtest_id="bt1"))

    errors = await provoke_errors(call, api_mock)
    texts = [caplog.text, repr(low.client), repr(low.client.get_httpx_client().auth)]
    texts += [text for error in errors for text in texts_of(error)]
    assert "HTTP Request: POST" in caplog.text
    assert_secret_nowhere(api_mock, texts)


@pytest.fixture(scope="module")
def odd_mock() -> Iterator[RecordedMock]:
    """A mock whose credentials have characters a URL must escape, one of them "%" ("%25" in a URL)."""
    with recorded_mock(["--empty", "--user-id", ODD_USER, "--api-token", ODD_TOKEN]) as started:
        yield started


async def test_userinfo_is_percent_decoded_once(
    mode: str, odd_mock: RecordedMock, no_env: None, closing: Closing
) -> None:
    odd_mock.reset()
    url = with_userinfo(odd_mock.base_url, ODD_USER, ODD_TOKEN)
    api = closing(Api(mode, base_url=url, http_client=odd_mock.http_client(mode)))
    assert await api.run(check) is None
    assert odd_mock.requests[0].authenticated and api.client.user_id == "user@example.com"
    recording: dict[str, Any] = {"transport": odd_mock.transport(), "async_transport": odd_mock.async_transport()}
    low = closing(LowLevel(mode, base_url=url, **recording))
    assert (await low.run(authenticate)).status_code == 200 and odd_mock.requests[1].authenticated


async def test_arguments_win_over_userinfo_which_is_dropped_anyway(
    mode: str, base_url: str, api_mock: RecordedMock, no_env: None, closing: Closing
) -> None:
    url = with_userinfo(base_url, "999", "some-other-token")
    api = closing(Api(mode, api_mock.user_id, api_mock.api_token, base_url=url, http_client=api_mock.http_client(mode)))
    assert await api.run(check) is None and api_mock.requests[0].authenticated
    assert api.client.base_url == base_url and "some-other-token" not in repr(api.client)


# --- with_options --------------------------------------------------------------------------------------------------


async def test_with_options_returns_a_copy_that_signs_retries_and_raises(
    mode: str, api_mock: RecordedMock, closing: Closing
) -> None:
    api = closing(Api.for_mock(mode, api_mock, max_retries=0))
    original = api.client
    original._owns_http = True  # the recording pool is the client's own, as one it made itself
    copy = original.with_options(timeout=SHORT_READ, max_retries=2)
    assert type(copy) is type(original) and copy is not original
    assert (copy.timeout, copy.max_retries) == (SHORT_READ, 2)
    assert (original.timeout, original.max_retries) == (DEFAULT_TIMEOUT, 0)
    assert copy._http is original._http  # one connection pool
    # It signs ...
    assert await settle(copy.authenticate()) is None and api_mock.requests[-1].authenticated
    # ... retries with its own max_retries (the original's injected sleep included) ...
    api_mock.fault(*["500"] * 3)
    with pytest.raises(APIStatusError) as caught:
        await settle(reads(api_mock)(copy))
    assert caught.value.operation == "readBacktest" and len(api_mock.requests) == 4 and len(api.sleeps.delays) == 2
    assert all(seen.authenticated for seen in api_mock.requests)
    # ... and times out with its own timeout, raising typed errors.
    api_mock.fault(*[SLOW] * 3)
    with pytest.raises(APITimeoutError):
        await settle(reads(api_mock)(copy))
    assert len(api_mock.requests) == 7
    # The original kept its options: no retry.
    api_mock.fault("500")
    with pytest.raises(APIStatusError):
        await api.run(reads(api_mock))
    assert len(api_mock.requests) == 8
    # Closing the copy leaves the shared pool open; closing the original closes it.
    await settle(copy.close())
    assert not original._http.is_closed
    assert await api.run(check) is None and api_mock.requests[-1].authenticated
    await settle(original.close())
    assert original._http.is_closed


async def test_with_options_max_retries_overrides_a_retry_policy(
    mode: str, api_mock: RecordedMock, closing: Closing
) -> None:
    api = closing(Api.for_mock(mode, api_mock, retry=RetryPolicy(max_attempts=5, jitter=0.0, backoff_base=2.0)))
    copy = api.client.with_options(max_retries=1)
    api_mock.fault(*["503"] * 5)
    with pytest.raises(APIStatusError):
        await settle(reads(api_mock)(copy))
    assert len(api_mock.requests) == 2 and api.sleeps.delays == [2.0]  # one retry, the policy's backoff kept
    api_mock.reset()
    api_mock.fault(*["503"] * 5)
    with pytest.raises(APIStatusError):
        await api.run(reads(api_mock))
    assert len(api_mock.requests) == 5  # the original's policy is unchanged


async def test_with_options_shares_the_signer_and_its_clock_correction(
    mode: str, api_mock: RecordedMock, closing: Closing
) -> None:
    api = closing(Api.for_mock(mode, api_mock))
    copy = api.client.with_options(max_retries=0)
    api_mock.set_skew(3600.0)  # answered 401 with the mock's Date
    assert await settle(copy.authenticate()) is None
    assert [seen.authenticated for seen in api_mock.requests] == [False, True]
    assert await api.run(check) is None  # the original signs on the corrected clock at once
    assert [seen.authenticated for seen in api_mock.requests] == [False, True, True]


async def test_with_options_to_another_origin_signs_for_it(mode: str, api_mock: RecordedMock, closing: Closing) -> None:
    with recorded_mock(["--empty"]) as other:  # a second mock: another origin, the same (default) credentials
        # The copy shares the original's httpx client: each mock records what reaches its own origin.
        api = closing(Api(mode, **api_mock.credentials, http_client=recording_http_client(mode, api_mock, other)))
        other_url = other.base_url
        moved = api.client.with_options(base_url=other_url)
        assert await settle(moved.authenticate()) is None
        assert moved.base_url == other_url and [seen.authenticated for seen in other.requests] == [True]
        assert await api.run(check) is None and api_mock.requests[-1].authenticated
        await settle(moved.close())
        # Userinfo in the new URL is dropped: never shown, never sent; the copy keeps its credentials.
        hidden = api.client.with_options(base_url=with_userinfo(other_url, "999", "other-secret-token"))
        assert hidden.base_url == other_url and "other-secret-token" not in repr(hidden)
        assert await settle(hidden.authenticate()) is None and other.requests[-1].authenticated


async def test_with_options_copies_the_default_headers_and_may_change_them(
    mode: str, api_mock: RecordedMock, closing: Closing
) -> None:
    api = closing(Api.for_mock(mode, api_mock, default_headers={"X-Trace": "1"}))
    copy = api.client.with_options(deadline=5.0)
    assert copy.deadline == 5.0 and api.client.deadline is None
    assert copy._headers["X-Trace"] == "1"
    changed = api.client.with_options(default_headers={"X-Trace": "2"})
    assert changed._headers["X-Trace"] == "2" and api.client._headers["X-Trace"] == "1"
    assert await settle(changed.authenticate()) is None and api_mock.requests[-1].authenticated


# --- request bodies ------------------------------------------------------------------------------------------------


async def test_a_lone_surrogate_is_sent_escaped_and_the_server_decides(
    mode: str, scripted_url: str, scripted: ServerState, closing: Closing
) -> None:
    scripted.stateful = True
    api = closing(Api.signed(mode, scripted_url))
    created = await api.run(lambda client: client.files.create(project_id=1, name="\ud800.py", content="x"))
    assert created.name == "\ud800.py" and scripted.files == {(1, "\ud800.py"): "x"}
    assert b"\\ud800" in scripted.requests[0].body  # sent as a JSON escape, valid in any encoding
    # The server's answer decides: here it refuses the name.
    scripted.fail(Reply(200, {"success": False, "errors": ["Invalid file name"]}))
    with pytest.raises(APIError, match="Invalid file name"):
        await api.run(lambda client: client.files.update(project_id=1, name="\ud800.py", new_name="\udfff"))
    assert b"\\udfff" in scripted.requests[1].body
    # Ordinary non-ASCII text still travels as UTF-8.
    await api.run(lambda client: client.files.create(project_id=1, name="é.py", content="ü"))
    assert "é.py".encode() in scripted.requests[2].body


async def test_low_level_a_lone_surrogate_is_sent_escaped(
    mode: str, scripted_url: str, scripted: ServerState, closing: Closing
) -> None:
    scripted.stateful = True
    low = closing(LowLevel.signed(mode, scripted_url))
    response = await low.run(create_file, CreateProjectFileRequest(project_id=1, name="\ud800.py", content="x"))
    assert response.parsed.files[0].name == "\ud800.py" and scripted.files == {(1, "\ud800.py"): "x"}
    assert b"\\ud800" in scripted.requests[0].body and scripted.requests[0].authenticated


def estimate_fields(target_value: float | None = None, minimum: float = 1.0) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "project_id": 1,
        "name": "grid",
        "target": "TotalPerformance.PortfolioStatistics.SharpeRatio",
        "target_to": "max",
        "strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
        "compile_id": "c1",
        "parameters": [OptimizationParameter(name="ema_fast", min=minimum, max=20.0, step=1.0)],
    }
    if target_value is not None:
        fields["target_value"] = target_value
    return fields


@pytest.mark.parametrize(
    "fields",
    [estimate_fields(target_value=float("nan")), estimate_fields(minimum=float("nan")), estimate_fields(float("inf"))],
    ids=["nan-target", "nan-parameter", "infinite-target"],
)
async def test_a_nan_raises_invalid_request_before_anything_is_sent(
    mode: str, api_mock: RecordedMock, closing: Closing, fields: dict[str, Any]
) -> None:
    api = closing(Api.for_mock(mode, api_mock))
    with pytest.raises(InvalidRequestError) as caught:
        await api.run(lambda client: client.optimizations.estimate(**fields))
    assert caught.value.operation == "estimateOptimization" and isinstance(caught.value, ValueError)
    low = closing(LowLevel.for_mock(mode, api_mock))
    with pytest.raises(InvalidRequestError) as low_caught:
        await low.run(estimate_optimization, EstimateOptimizationRequest(**fields))
    assert low_caught.value.operation == "estimateOptimization"
    assert api_mock.requests == []  # nothing was sent


async def test_the_default_signer_is_bound_to_the_base_urls_origin(mode: str, base_url: str, closing: Closing) -> None:
    api = closing(Api.signed(mode, base_url))
    signer = api.client._auth
    assert isinstance(signer, QuantConnectAuth)
    assert signer.signs(httpx.URL(base_url + "/authenticate"))
    assert not signer.signs(httpx.URL(base_url.replace("127.0.0.1", "localhost") + "/authenticate"))
    assert not signer.signs(httpx.URL(base_url.replace("http://", "https://") + "/authenticate"))
