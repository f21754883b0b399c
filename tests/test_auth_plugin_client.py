"""create_client: the generated Client, wired with auth_plugin, against the local signature-checking server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("quantconnect_client", reason="the generated package is not importable: run `make install`")

from quantconnect_client import Client
from quantconnect_client.api.authentication import authenticate
from quantconnect_client.api.backtests import create_backtest, delete_backtest, read_backtest
from quantconnect_client.models import CreateBacktestRequest, DeleteBacktestRequest, ReadBacktestRequest

from auth_plugin import (
    APIError,
    APIStatusError,
    AuthenticationError,
    MissingCredentialsError,
    NotFoundError,
    RetryPolicy,
    create_client,
)
from tests._auth_server import API_TOKEN, USER_ID, Reply, ServerState, serve

READ = ReadBacktestRequest(project_id=1, backtest_id="abc")


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, ServerState]]:
    state = ServerState()
    with serve(state) as base_url:
        yield base_url, state


@pytest.fixture
def state(server: tuple[str, ServerState]) -> ServerState:
    server[1].reset()
    return server[1]


@pytest.fixture
def base_url(server: tuple[str, ServerState]) -> str:
    return server[0]


async def _no_sleep(seconds: float) -> None:
    pass


def make(base_url: str, token: str = API_TOKEN, raise_on_error: bool = True) -> Client:
    return create_client(
        USER_ID,
        token,
        base_url=base_url,
        raise_on_error=raise_on_error,
        retry=RetryPolicy(jitter=0.0),
        sleep=lambda seconds: None,
        async_sleep=_no_sleep,
    )


async def test_sync_and_async_calls_are_signed(base_url: str, state: ServerState) -> None:
    client = make(base_url)
    assert isinstance(client, Client)
    with client:
        sync_result = authenticate.sync(client=client)
    async with client:
        async_result = await authenticate.asyncio(client=client)
    assert sync_result is not None and sync_result.success is True
    assert async_result is not None and async_result.success is True
    assert [seen.authenticated for seen in state.requests] == [True, True]
    assert [seen.operation for seen in state.requests] == ["authenticate", "authenticate"]


async def test_generated_calls_raise_api_errors(base_url: str, state: ServerState) -> None:
    client = make(base_url)
    state.fail(Reply(200, {"success": False, "errors": ["Backtest not found"]}))
    with pytest.raises(NotFoundError, match=r"^readBacktest failed: Backtest not found"):
        read_backtest.sync(client=client, body=READ)
    state.fail(Reply(200, {"success": False, "errors": ["Backtest not found"]}))
    with pytest.raises(APIError) as caught:
        await read_backtest.asyncio(client=client, body=READ)
    assert caught.value.operation == "readBacktest" and caught.value.errors == ["Backtest not found"]


async def test_generated_calls_retry_reads_but_not_creates(base_url: str, state: ServerState) -> None:
    client = make(base_url)
    state.stateful, state.backtests = True, {"abc"}
    state.fail(Reply(503), Reply(502))
    result = await read_backtest.asyncio(client=client, body=READ)
    assert result is not None and result.success is True and len(state.requests) == 3
    assert result.backtest.backtest_id == "abc"
    state.reset()
    state.fail(Reply(503))
    with pytest.raises(APIStatusError) as caught:
        create_backtest.sync(client=client, body=CreateBacktestRequest(project_id=1, compile_id="c", backtest_name="b"))
    assert caught.value.status_code == 503 and len(state.requests) == 1


def test_copies_from_with_headers_still_sign(base_url: str, state: ServerState) -> None:
    copy = make(base_url).with_headers({"X-Trace": "1"})
    result = authenticate.sync(client=copy)
    assert result is not None and result.success is True and state.requests[0].authenticated


def test_bad_credentials_raise_authentication_error(base_url: str, state: ServerState) -> None:
    with pytest.raises(AuthenticationError) as caught:
        authenticate.sync(client=make(base_url, token="not-the-token"))
    assert caught.value.errors == ["Hash doesn't match."]


def test_raise_on_error_false_returns_raw_models(base_url: str, state: ServerState) -> None:
    # A failure only fits the models of answers without a required result (RestResponse); readBacktest's model
    # requires `backtest`, so its failures cannot be returned raw.
    client = make(base_url, raise_on_error=False)
    state.fail(Reply(200, {"success": False, "errors": ["Backtest not found"]}))
    result = delete_backtest.sync(client=client, body=DeleteBacktestRequest(project_id=1, backtest_id="abc"))
    assert result is not None and result.success is False and result.errors == ["Backtest not found"]


def test_environment_defaults(base_url: str, state: ServerState, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUANTCONNECT_USER_ID", USER_ID)
    monkeypatch.setenv("QUANTCONNECT_API_TOKEN", API_TOKEN)
    monkeypatch.setenv("QUANTCONNECT_BASE_URL", base_url)
    result = authenticate.sync(client=create_client())
    assert result is not None and result.success is True and state.requests[0].authenticated


def test_missing_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUANTCONNECT_USER_ID", raising=False)
    monkeypatch.delenv("QUANTCONNECT_API_TOKEN", raising=False)
    with pytest.raises(MissingCredentialsError, match="QUANTCONNECT_USER_ID and QUANTCONNECT_API_TOKEN"):
        create_client()
