from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backtest_response import BacktestResponse
from ...models.create_backtest_request import CreateBacktestRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CreateBacktestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "create_backtest"},
        "url": "/backtests/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BacktestResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("create_backtest", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BacktestResponse | None:
    if response.status_code == 200:
        response_200 = BacktestResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BacktestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBacktestRequest,
) -> Response[BacktestResponse]:
    """Start a backtest

     Queues a backtest of a successful compile of the project. The answer carries the new backtest's id;
    poll `readBacktest` until `completed` is true to get its results.

    Args:
        body (CreateBacktestRequest): What to backtest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBacktestRequest,
) -> BacktestResponse | None:
    """Start a backtest

     Queues a backtest of a successful compile of the project. The answer carries the new backtest's id;
    poll `readBacktest` until `completed` is true to get its results.

    Args:
        body (CreateBacktestRequest): What to backtest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBacktestRequest,
) -> Response[BacktestResponse]:
    """Start a backtest

     Queues a backtest of a successful compile of the project. The answer carries the new backtest's id;
    poll `readBacktest` until `completed` is true to get its results.

    Args:
        body (CreateBacktestRequest): What to backtest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBacktestRequest,
) -> BacktestResponse | None:
    """Start a backtest

     Queues a backtest of a successful compile of the project. The answer carries the new backtest's id;
    poll `readBacktest` until `completed` is true to get its results.

    Args:
        body (CreateBacktestRequest): What to backtest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
