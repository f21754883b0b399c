"""create_client: the generated Client, wired with auth_plugin, against the mock (faults from `/_mock/faults`)."""

from __future__ import annotations

from collections.abc import Callable

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
from tests._client_harness import Closing, LowLevel, RecordedMock


@pytest.fixture
def make(api_mock: RecordedMock, closing: Closing) -> Callable[..., Client]:
    """`make(token=..., raise_on_error=...)`: a create_client client for the mock (no-op sleeps), recorded."""

    def client(token: str | None = None, raise_on_error: bool = True) -> Client:
        options = {"raise_on_error": raise_on_error, "retry": RetryPolicy(jitter=0.0)}
        low: LowLevel = closing(LowLevel.for_mock("sync", api_mock, **options, api_token=token or api_mock.api_token))
        return low.client

    return client


def missing(api_mock: RecordedMock) -> ReadBacktestRequest:
    return ReadBacktestRequest(project_id=api_mock.project_id, backtest_id="abc")


async def test_sync_and_async_calls_are_signed(make: Callable[..., Client], api_mock: RecordedMock) -> None:
    client = make()
    assert isinstance(client, Client)
    with client:
        sync_result = authenticate.sync(client=client)
    async with client:
        async_result = await authenticate.asyncio(client=client)
    assert sync_result is not None and sync_result.success is True
    assert async_result is not None and async_result.success is True
    assert [seen.authenticated for seen in api_mock.requests] == [True, True]
    assert [seen.operation for seen in api_mock.requests] == ["authenticate", "authenticate"]


async def test_generated_calls_raise_api_errors(make: Callable[..., Client], api_mock: RecordedMock) -> None:
    client = make()
    with pytest.raises(NotFoundError, match=r"^readBacktest failed: Backtest not found"):
        read_backtest.sync(client=client, body=missing(api_mock))
    with pytest.raises(APIError) as caught:
        await read_backtest.asyncio(client=client, body=missing(api_mock))
    assert caught.value.operation == "readBacktest" and caught.value.errors == [
        f"Backtest not found: no backtest 'abc' in project {api_mock.project_id}."
    ]


async def test_generated_calls_retry_reads_but_not_creates(make: Callable[..., Client], api_mock: RecordedMock) -> None:
    client = make()
    api_mock.fault("503", "502")
    read = ReadBacktestRequest(project_id=api_mock.project_id, backtest_id=api_mock.backtest_id)
    result = await read_backtest.asyncio(client=client, body=read)
    assert result is not None and result.success is True and len(api_mock.requests) == 3
    assert result.backtest.backtest_id == api_mock.backtest_id
    api_mock.reset()
    api_mock.fault("503")
    create = CreateBacktestRequest(project_id=api_mock.project_id, compile_id=api_mock.compile_id, backtest_name="b")
    with pytest.raises(APIStatusError) as caught:
        create_backtest.sync(client=client, body=create)
    assert caught.value.status_code == 503 and len(api_mock.requests) == 1


def test_copies_from_with_headers_still_sign(make: Callable[..., Client], api_mock: RecordedMock) -> None:
    with make().with_headers({"X-Trace": "1"}) as copy:
        result = authenticate.sync(client=copy)
    # success is the mock's word that the signature held; the copy sends through a plain signing httpx client,
    # not create_client's (recording) transports.
    assert result is not None and result.success is True and api_mock.requests == []


def test_bad_credentials_raise_authentication_error(make: Callable[..., Client]) -> None:
    with pytest.raises(AuthenticationError) as caught:
        authenticate.sync(client=make(token="not-the-token"))
    assert caught.value.errors == ["Hash doesn't match."]


def test_raise_on_error_false_returns_raw_models(make: Callable[..., Client], api_mock: RecordedMock) -> None:
    # A failure only fits the models of answers without a required result (RestResponse); readBacktest's model
    # requires `backtest`, so its failures cannot be returned raw.
    client = make(raise_on_error=False)
    result = delete_backtest.sync(client=client, body=DeleteBacktestRequest(api_mock.project_id, backtest_id="abc"))
    assert result is not None and result.success is False
    assert result.errors == [f"Backtest not found: no backtest 'abc' in project {api_mock.project_id}."]


def test_environment_defaults(api_mock: RecordedMock, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in api_mock.env.items():
        monkeypatch.setenv(name, value)
    with create_client() as client:  # no recording transport: the mock's answer tells it was signed
        result = authenticate.sync(client=client)
    assert result is not None and result.success is True and api_mock.requests == []


def test_missing_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUANTCONNECT_USER_ID", raising=False)
    monkeypatch.delenv("QUANTCONNECT_API_TOKEN", raising=False)
    with pytest.raises(MissingCredentialsError, match="QUANTCONNECT_USER_ID and QUANTCONNECT_API_TOKEN"):
        create_client()
