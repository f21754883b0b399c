from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.liquidate_live_algorithm_request import LiquidateLiveAlgorithmRequest
from ...models.rest_response import RestResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LiquidateLiveAlgorithmRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "liquidate_live"},
        "url": "/live/update/liquidate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RestResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("liquidate_live", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RestResponse | None:
    if response.status_code == 200:
        response_200 = RestResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RestResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LiquidateLiveAlgorithmRequest,
) -> Response[RestResponse]:
    """Liquidate and stop a live algorithm

     Sells (or buys back) every holding of the project's live algorithm at market and then stops it; its
    status becomes `Liquidated`. The closing orders appear among its orders. Asking again once it is
    liquidated changes nothing, so the call is safe to retry; a deployment stopped without liquidating
    is
    refused, since it is no longer running to place the orders.

    Args:
        body (LiquidateLiveAlgorithmRequest): Whose live algorithm to liquidate and stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestResponse]
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
    body: LiquidateLiveAlgorithmRequest,
) -> RestResponse | None:
    """Liquidate and stop a live algorithm

     Sells (or buys back) every holding of the project's live algorithm at market and then stops it; its
    status becomes `Liquidated`. The closing orders appear among its orders. Asking again once it is
    liquidated changes nothing, so the call is safe to retry; a deployment stopped without liquidating
    is
    refused, since it is no longer running to place the orders.

    Args:
        body (LiquidateLiveAlgorithmRequest): Whose live algorithm to liquidate and stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LiquidateLiveAlgorithmRequest,
) -> Response[RestResponse]:
    """Liquidate and stop a live algorithm

     Sells (or buys back) every holding of the project's live algorithm at market and then stops it; its
    status becomes `Liquidated`. The closing orders appear among its orders. Asking again once it is
    liquidated changes nothing, so the call is safe to retry; a deployment stopped without liquidating
    is
    refused, since it is no longer running to place the orders.

    Args:
        body (LiquidateLiveAlgorithmRequest): Whose live algorithm to liquidate and stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LiquidateLiveAlgorithmRequest,
) -> RestResponse | None:
    """Liquidate and stop a live algorithm

     Sells (or buys back) every holding of the project's live algorithm at market and then stops it; its
    status becomes `Liquidated`. The closing orders appear among its orders. Asking again once it is
    liquidated changes nothing, so the call is safe to retry; a deployment stopped without liquidating
    is
    refused, since it is no longer running to place the orders.

    Args:
        body (LiquidateLiveAlgorithmRequest): Whose live algorithm to liquidate and stop.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
