from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backtest_summary_response import BacktestSummaryResponse
from ...models.list_backtest_request import ListBacktestRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ListBacktestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "list_backtests"},
        "url": "/backtests/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BacktestSummaryResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("list_backtests", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BacktestSummaryResponse | None:
    if response.status_code == 200:
        response_200 = BacktestSummaryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BacktestSummaryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBacktestRequest,
) -> Response[BacktestSummaryResponse]:
    """List the backtests of a project

     Returns a summary of every backtest of the project, optimization backtests included. With
    `includeStatistics` the summaries also carry the headline statistics of completed backtests.

    Args:
        body (ListBacktestRequest): Whose backtests to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestSummaryResponse]
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
    body: ListBacktestRequest,
) -> BacktestSummaryResponse | None:
    """List the backtests of a project

     Returns a summary of every backtest of the project, optimization backtests included. With
    `includeStatistics` the summaries also carry the headline statistics of completed backtests.

    Args:
        body (ListBacktestRequest): Whose backtests to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestSummaryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBacktestRequest,
) -> Response[BacktestSummaryResponse]:
    """List the backtests of a project

     Returns a summary of every backtest of the project, optimization backtests included. With
    `includeStatistics` the summaries also carry the headline statistics of completed backtests.

    Args:
        body (ListBacktestRequest): Whose backtests to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestSummaryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListBacktestRequest,
) -> BacktestSummaryResponse | None:
    """List the backtests of a project

     Returns a summary of every backtest of the project, optimization backtests included. With
    `includeStatistics` the summaries also carry the headline statistics of completed backtests.

    Args:
        body (ListBacktestRequest): Whose backtests to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestSummaryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
