"""Client options and secrecy, sync and async, over real HTTP on 127.0.0.1.

Where credentials come from (arguments, the base URL's userinfo) and that the token is never shown: not in a
repr, a log line (httpx's, httpcore's or auth_plugin's, at DEBUG) or any exception's text. `with_options` copies.
Request bodies JSON cannot carry as UTF-8 (a lone surrogate) or at all (NaN).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
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
from tests._auth_server import API_TOKEN, USER_ID, Reply, ServerState, closed_port_url, serve
from tests._client_harness import MODES, NO_JITTER, SHORT_READ, Api, LowLevel, settle

STALL = 30.0
READ = {"project_id": 1, "backtest_id": "bt1"}
READ_BODY = ReadBacktestRequest(project_id=1, backtest_id="bt1")
ENV_VARS = ("QUANTCONNECT_USER_ID", "QUANTCONNECT_API_TOKEN", "QUANTCONNECT_BASE_URL")


def read(client: Any) -> Any:
    return client.backtests.read(**READ)


def check(client: Any) -> Any:
    return client.authenticate()


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, ServerState]]:
    state = ServerState()
    with serve(state) as base_url:
        yield base_url, state


@pytest.fixture
def state(served: tuple[str, ServerState]) -> ServerState:
    served[1].reset()
    return served[1]


@pytest.fixture
def base_url(served: tuple[str, ServerState], state: ServerState) -> str:
    return served[0]


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials and base URL only from what the test passes."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
async def closing() -> AsyncIterator[Callable[[Any], Any]]:
    """`closing(api)` closes the Api or LowLevel when the test ends."""
    made: list[Api | LowLevel] = []

    def register(api: Any) -> Any:
        made.append(api)
        return api

    yield register
    for api in made:
        await api.close()


def with_userinfo(base_url: str, user_id: str = USER_ID, api_token: str = API_TOKEN) -> str:
    """`http://<user>:<token>@127.0.0.1:<port>/api/v2`, both percent-encoded."""
    return base_url.replace("http://", f"http://{quote(user_id, safe='')}:{quote(api_token, safe='')}@", 1)


def texts_of(error: BaseException) -> list[str]:
    """Every text an exception shows: message, repr, and the whole traceback with its causes."""
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def assert_secret_nowhere(state: ServerState, texts: list[str], token: str = API_TOKEN) -> None:
    secrets = [token, quote(token, safe=""), *(seen.authorization for seen in state.requests if seen.authorization)]
    assert len(secrets) > 2, "no signed request reached the server"
    for text in texts:
        for secret in secrets:
            assert secret not in text


# --- the token is never shown ---------------------------------------------------------------------------------------


async def provoke_errors(api: Any, state: ServerState) -> list[QuantConnectError]:
    """A status error, a not-found, an invalid answer and a timeout, each after signed attempts."""
    errors: list[QuantConnectError] = []
    state.fail(*[Reply(500, {"success": False, "errors": ["Internal error"]})] * 2)
    state.fail(Reply(200, {"success": False, "errors": ["Backtest not found"]}))
    state.fail(Reply(200, b"<html>gateway</html>", {"content-type": "text/html"}))
    state.fail(*[Reply(delay=STALL)] * 2)
    for expected in (APIStatusError, NotFoundError, QuantConnectError, APITimeoutError):
        with pytest.raises(expected) as caught:
            await api(read)
        errors.append(caught.value)
    return errors


@pytest.mark.parametrize("given", ["userinfo", "arguments"])
async def test_the_token_is_never_shown(
    mode: str,
    base_url: str,
    state: ServerState,
    given: str,
    no_env: None,
    caplog: pytest.LogCaptureFixture,
    closing: Callable[[Any], Any],
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: httpx, httpcore, auth_plugin
    nowhere = closed_port_url()
    if given == "userinfo":
        credentials: dict[str, Any] = {"base_url": with_userinfo(base_url)}
        unreachable_credentials: dict[str, Any] = {"base_url": with_userinfo(nowhere)}
    else:
        credentials = {"user_id": USER_ID, "api_token": API_TOKEN, "base_url": base_url}
        unreachable_credentials = {**credentials, "base_url": nowhere}
    api = closing(Api(mode, **credentials, timeout=SHORT_READ, retry=RetryPolicy(max_attempts=2, jitter=0.0)))
    assert await api.run(check) is None
    assert state.requests[0].authenticated  # the token signs
    assert api.client.base_url == base_url and api.client.user_id == USER_ID
    errors = await provoke_errors(api.run, state)
    refused = closing(Api(mode, **unreachable_credentials, retry=NO_JITTER))
    with pytest.raises(APIConnectionError) as unreachable:
        await refused.run(check)
    logged = caplog.text
    assert "HTTP Request: POST" in logged and "(attempt 1/2)" in logged and "retrying" in logged
    texts = [logged, repr(api.client), str(api.client), repr(api.client._auth), repr(refused.client)]
    texts += [text for error in [*errors, unreachable.value] for text in texts_of(error)]
    assert_secret_nowhere(state, texts)


@pytest.mark.parametrize("given", ["userinfo", "arguments"])
async def test_the_token_is_never_shown_by_the_low_level_client(
    mode: str,
    base_url: str,
    state: ServerState,
    given: str,
    no_env: None,
    caplog: pytest.LogCaptureFixture,
    closing: Callable[[Any], Any],
) -> None:
    caplog.set_level(logging.DEBUG)
    if given == "userinfo":
        credentials: dict[str, Any] = {"base_url": with_userinfo(base_url)}
    else:
        credentials = {"user_id": USER_ID, "api_token": API_TOKEN, "base_url": base_url}
    low = closing(LowLevel(mode, **credentials, timeout=SHORT_READ, retry=RetryPolicy(max_attempts=2, jitter=0.0)))
    assert (await low.run(authenticate)).status_code == 200 and state.requests[0].authenticated
    assert str(low.client.get_httpx_client().base_url) == base_url + "/"

    async def call(_: Any) -> Any:
        return await low.run(read_backtest, READ_BODY)

    errors = await provoke_errors(call, state)
    texts = [caplog.text, repr(low.client), repr(low.client.get_httpx_client().auth)]
    texts += [text for error in errors for text in texts_of(error)]
    assert "HTTP Request: POST" in caplog.text
    assert_secret_nowhere(state, texts)


async def test_userinfo_is_percent_decoded_once(
    mode: str, base_url: str, state: ServerState, no_env: None, closing: Callable[[Any], Any]
) -> None:
    # A token with characters a URL must escape, one of them "%": "%25" in the URL is a "%" in the token.
    state.user_id, state.api_token = "user@example.com", "t%41k:/?#[]@!$&'()*+,;= x"
    api = closing(Api(mode, base_url=with_userinfo(base_url, state.user_id, state.api_token)))
    assert await api.run(check) is None
    assert state.requests[0].authenticated and api.client.user_id == "user@example.com"
    low = closing(LowLevel(mode, base_url=with_userinfo(base_url, state.user_id, state.api_token)))
    assert (await low.run(authenticate)).status_code == 200 and state.requests[1].authenticated


async def test_arguments_win_over_userinfo_which_is_dropped_anyway(
    mode: str, base_url: str, state: ServerState, no_env: None, closing: Callable[[Any], Any]
) -> None:
    url = with_userinfo(base_url, "999", "some-other-token")
    api = closing(Api(mode, USER_ID, API_TOKEN, base_url=url))
    assert await api.run(check) is None and state.requests[0].authenticated
    assert api.client.base_url == base_url and "some-other-token" not in repr(api.client)


# --- with_options --------------------------------------------------------------------------------------------------


async def test_with_options_returns_a_copy_that_signs_retries_and_raises(
    mode: str, base_url: str, state: ServerState, closing: Callable[[Any], Any]
) -> None:
    api = closing(Api.signed(mode, base_url, max_retries=0))
    original = api.client
    copy = original.with_options(timeout=SHORT_READ, max_retries=2)
    assert type(copy) is type(original) and copy is not original
    assert (copy.timeout, copy.max_retries) == (SHORT_READ, 2)
    assert (original.timeout, original.max_retries) == (DEFAULT_TIMEOUT, 0)
    assert copy._http is original._http  # one connection pool
    # It signs ...
    assert await settle(copy.authenticate()) is None and state.requests[-1].authenticated
    # ... retries with its own max_retries (the original's injected sleep included) ...
    state.fail(*[Reply(500)] * 3)
    with pytest.raises(APIStatusError) as caught:
        await settle(read(copy))
    assert caught.value.operation == "readBacktest" and len(state.requests) == 4 and len(api.sleeps.delays) == 2
    assert all(seen.authenticated for seen in state.requests)
    # ... and times out with its own timeout, raising typed errors.
    state.fail(*[Reply(delay=STALL)] * 3)
    with pytest.raises(APITimeoutError):
        await settle(read(copy))
    assert len(state.requests) == 7
    # The original kept its options: no retry.
    state.fail(Reply(500))
    with pytest.raises(APIStatusError):
        await api.run(read)
    assert len(state.requests) == 8
    # Closing the copy leaves the shared pool open; closing the original closes it.
    await settle(copy.close())
    assert not original._http.is_closed
    assert await api.run(check) is None and state.requests[-1].authenticated
    await settle(original.close())
    assert original._http.is_closed


async def test_with_options_max_retries_overrides_a_retry_policy(
    mode: str, base_url: str, state: ServerState, closing: Callable[[Any], Any]
) -> None:
    api = closing(Api.signed(mode, base_url, retry=RetryPolicy(max_attempts=5, jitter=0.0, backoff_base=2.0)))
    copy = api.client.with_options(max_retries=1)
    state.fail(*[Reply(503)] * 5)
    with pytest.raises(APIStatusError):
        await settle(read(copy))
    assert len(state.requests) == 2 and api.sleeps.delays == [2.0]  # one retry, the policy's backoff kept
    state.reset()
    state.fail(*[Reply(503)] * 5)
    with pytest.raises(APIStatusError):
        await api.run(read)
    assert len(state.requests) == 5  # the original's policy is unchanged


async def test_with_options_shares_the_signer_and_its_clock_correction(
    mode: str, base_url: str, state: ServerState, closing: Callable[[Any], Any]
) -> None:
    api = closing(Api.signed(mode, base_url))
    copy = api.client.with_options(max_retries=0)
    state.clock_offset, state.reject_with_401 = 3600.0, True
    assert await settle(copy.authenticate()) is None
    assert [seen.authenticated for seen in state.requests] == [False, True]
    assert await api.run(check) is None  # the original signs on the corrected clock at once
    assert [seen.authenticated for seen in state.requests] == [False, True, True]


async def test_with_options_to_another_origin_signs_for_it(
    mode: str, base_url: str, state: ServerState, closing: Callable[[Any], Any]
) -> None:
    other = ServerState()
    with serve(other) as other_url:
        api = closing(Api.signed(mode, base_url))
        moved = api.client.with_options(base_url=other_url)
        assert await settle(moved.authenticate()) is None
        assert moved.base_url == other_url and [seen.authenticated for seen in other.requests] == [True]
        assert await api.run(check) is None and state.requests[-1].authenticated
        await settle(moved.close())
        # Userinfo in the new URL is dropped: never shown, never sent; the copy keeps its credentials.
        hidden = api.client.with_options(base_url=with_userinfo(other_url, "999", "other-secret-token"))
        assert hidden.base_url == other_url and "other-secret-token" not in repr(hidden)
        assert await settle(hidden.authenticate()) is None and other.requests[-1].authenticated


async def test_with_options_copies_the_default_headers_and_may_change_them(
    mode: str, base_url: str, state: ServerState, closing: Callable[[Any], Any]
) -> None:
    api = closing(Api.signed(mode, base_url, default_headers={"X-Trace": "1"}))
    copy = api.client.with_options(deadline=5.0)
    assert copy.deadline == 5.0 and api.client.deadline is None
    assert copy._headers["X-Trace"] == "1"
    changed = api.client.with_options(default_headers={"X-Trace": "2"})
    assert changed._headers["X-Trace"] == "2" and api.client._headers["X-Trace"] == "1"
    assert await settle(changed.authenticate()) is None and state.requests[-1].authenticated


# --- request bodies ------------------------------------------------------------------------------------------------


async def test_a_lone_surrogate_is_sent_escaped_and_the_server_decides(
    mode: str, base_url: str, state: ServerState, closing: Callable[[Any], Any]
) -> None:
    state.stateful = True
    api = closing(Api.signed(mode, base_url))
    created = await api.run(lambda client: client.files.create(project_id=1, name="\ud800.py", content="x"))
    assert created.name == "\ud800.py" and state.files == {(1, "\ud800.py"): "x"}
    assert b"\\ud800" in state.requests[0].body  # sent as a JSON escape, valid in any encoding
    # The server's answer decides: here it refuses the name.
    state.fail(Reply(200, {"success": False, "errors": ["Invalid file name"]}))
    with pytest.raises(APIError, match="Invalid file name"):
        await api.run(lambda client: client.files.update(project_id=1, name="\ud800.py", new_name="\udfff"))
    assert b"\\udfff" in state.requests[1].body
    # Ordinary non-ASCII text still travels as UTF-8.
    await api.run(lambda client: client.files.create(project_id=1, name="é.py", content="ü"))
    assert "é.py".encode() in state.requests[2].body


async def test_low_level_a_lone_surrogate_is_sent_escaped(
    mode: str, base_url: str, state: ServerState, closing: Callable[[Any], Any]
) -> None:
    state.stateful = True
    low = closing(LowLevel.signed(mode, base_url))
    response = await low.run(create_file, CreateProjectFileRequest(project_id=1, name="\ud800.py", content="x"))
    assert response.parsed.files[0].name == "\ud800.py" and state.files == {(1, "\ud800.py"): "x"}
    assert b"\\ud800" in state.requests[0].body and state.requests[0].authenticated


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
    mode: str, base_url: str, state: ServerState, closing: Callable[[Any], Any], fields: dict[str, Any]
) -> None:
    api = closing(Api.signed(mode, base_url))
    with pytest.raises(InvalidRequestError) as caught:
        await api.run(lambda client: client.optimizations.estimate(**fields))
    assert caught.value.operation == "estimateOptimization" and isinstance(caught.value, ValueError)
    low = closing(LowLevel.signed(mode, base_url))
    with pytest.raises(InvalidRequestError) as low_caught:
        await low.run(estimate_optimization, EstimateOptimizationRequest(**fields))
    assert low_caught.value.operation == "estimateOptimization"
    assert state.requests == []  # nothing was sent


async def test_the_default_signer_is_bound_to_the_base_urls_origin(
    mode: str, base_url: str, state: ServerState, closing: Callable[[Any], Any]
) -> None:
    api = closing(Api.signed(mode, base_url))
    signer = api.client._auth
    assert isinstance(signer, QuantConnectAuth)
    assert signer.signs(httpx.URL(base_url + "/authenticate"))
    assert not signer.signs(httpx.URL(base_url.replace("127.0.0.1", "localhost") + "/authenticate"))
    assert not signer.signs(httpx.URL(base_url.replace("http://", "https://") + "/authenticate"))
