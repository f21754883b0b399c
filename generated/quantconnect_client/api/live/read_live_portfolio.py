from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.live_portfolio_response import LivePortfolioResponse
from ...models.read_live_portfolio_request import ReadLivePortfolioRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ReadLivePortfolioRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_live_portfolio"},
        "url": "/live/portfolio/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LivePortfolioResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_live_portfolio", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LivePortfolioResponse | None:
    if response.status_code == 200:
        response_200 = LivePortfolioResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LivePortfolioResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLivePortfolioRequest,
) -> Response[LivePortfolioResponse]:
    """Read the holdings and cash of a live algorithm

     Returns the portfolio of the project's live algorithm: its holdings by security identifier and its
    cash by currency. The platform refreshes this snapshot about every 10 minutes; after the algorithm
    stopped it is the last state.

    Args:
        body (ReadLivePortfolioRequest): Whose live portfolio to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LivePortfolioResponse]
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
    body: ReadLivePortfolioRequest,
) -> LivePortfolioResponse | None:
    """Read the holdings and cash of a live algorithm

     Returns the portfolio of the project's live algorithm: its holdings by security identifier and its
    cash by currency. The platform refreshes this snapshot about every 10 minutes; after the algorithm
    stopped it is the last state.

    Args:
        body (ReadLivePortfolioRequest): Whose live portfolio to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LivePortfolioResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLivePortfolioRequest,
) -> Response[LivePortfolioResponse]:
    """Read the holdings and cash of a live algorithm

     Returns the portfolio of the project's live algorithm: its holdings by security identifier and its
    cash by currency. The platform refreshes this snapshot about every 10 minutes; after the algorithm
    stopped it is the last state.

    Args:
        body (ReadLivePortfolioRequest): Whose live portfolio to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LivePortfolioResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLivePortfolioRequest,
) -> LivePortfolioResponse | None:
    """Read the holdings and cash of a live algorithm

     Returns the portfolio of the project's live algorithm: its holdings by security identifier and its
    cash by currency. The platform refreshes this snapshot about every 10 minutes; after the algorithm
    stopped it is the last state.

    Args:
        body (ReadLivePortfolioRequest): Whose live portfolio to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LivePortfolioResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
