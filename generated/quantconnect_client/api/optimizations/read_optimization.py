from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.read_optimization_request import ReadOptimizationRequest
from ...models.read_optimization_response import ReadOptimizationResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ReadOptimizationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_optimization"},
        "url": "/optimizations/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReadOptimizationResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_optimization", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReadOptimizationResponse | None:
    if response.status_code == 200:
        response_200 = ReadOptimizationResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReadOptimizationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadOptimizationRequest,
) -> Response[ReadOptimizationResponse]:
    """Read an optimization and its backtests

     Returns the optimization with its status, runtime statistics and its backtests, a map keyed by
    backtest id (an empty array while none has started).

    Args:
        body (ReadOptimizationRequest): Which optimization to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadOptimizationResponse]
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
    body: ReadOptimizationRequest,
) -> ReadOptimizationResponse | None:
    """Read an optimization and its backtests

     Returns the optimization with its status, runtime statistics and its backtests, a map keyed by
    backtest id (an empty array while none has started).

    Args:
        body (ReadOptimizationRequest): Which optimization to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadOptimizationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadOptimizationRequest,
) -> Response[ReadOptimizationResponse]:
    """Read an optimization and its backtests

     Returns the optimization with its status, runtime statistics and its backtests, a map keyed by
    backtest id (an empty array while none has started).

    Args:
        body (ReadOptimizationRequest): Which optimization to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadOptimizationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadOptimizationRequest,
) -> ReadOptimizationResponse | None:
    """Read an optimization and its backtests

     Returns the optimization with its status, runtime statistics and its backtests, a map keyed by
    backtest id (an empty array while none has started).

    Args:
        body (ReadOptimizationRequest): Which optimization to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadOptimizationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
