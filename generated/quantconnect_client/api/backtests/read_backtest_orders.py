from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backtest_orders_response import BacktestOrdersResponse
from ...models.read_backtest_orders_request import ReadBacktestOrdersRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ReadBacktestOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_backtest_orders"},
        "url": "/backtests/orders/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BacktestOrdersResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_backtest_orders", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BacktestOrdersResponse | None:
    if response.status_code == 200:
        response_200 = BacktestOrdersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BacktestOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadBacktestOrdersRequest,
) -> Response[BacktestOrdersResponse]:
    """Read a page of a backtest's orders

     Returns the orders of the backtest with index from `start` (inclusive) to `end` (exclusive), at
    most 100 per request, oldest first, each with its fill events. `length` is the total number of
    orders of the backtest.

    Args:
        body (ReadBacktestOrdersRequest): Which backtest's orders to read, by index range (`end -
            start` at most 100).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestOrdersResponse]
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
    body: ReadBacktestOrdersRequest,
) -> BacktestOrdersResponse | None:
    """Read a page of a backtest's orders

     Returns the orders of the backtest with index from `start` (inclusive) to `end` (exclusive), at
    most 100 per request, oldest first, each with its fill events. `length` is the total number of
    orders of the backtest.

    Args:
        body (ReadBacktestOrdersRequest): Which backtest's orders to read, by index range (`end -
            start` at most 100).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestOrdersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadBacktestOrdersRequest,
) -> Response[BacktestOrdersResponse]:
    """Read a page of a backtest's orders

     Returns the orders of the backtest with index from `start` (inclusive) to `end` (exclusive), at
    most 100 per request, oldest first, each with its fill events. `length` is the total number of
    orders of the backtest.

    Args:
        body (ReadBacktestOrdersRequest): Which backtest's orders to read, by index range (`end -
            start` at most 100).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadBacktestOrdersRequest,
) -> BacktestOrdersResponse | None:
    """Read a page of a backtest's orders

     Returns the orders of the backtest with index from `start` (inclusive) to `end` (exclusive), at
    most 100 per request, oldest first, each with its fill events. `length` is the total number of
    orders of the backtest.

    Args:
        body (ReadBacktestOrdersRequest): Which backtest's orders to read, by index range (`end -
            start` at most 100).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
