from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.live_orders_response import LiveOrdersResponse
from ...models.read_live_orders_request import ReadLiveOrdersRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ReadLiveOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_live_orders"},
        "url": "/live/orders/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LiveOrdersResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_live_orders", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LiveOrdersResponse | None:
    if response.status_code == 200:
        response_200 = LiveOrdersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LiveOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveOrdersRequest,
) -> Response[LiveOrdersResponse]:
    """Read a window of a live algorithm's orders

     Returns the orders of the project's live algorithm with index from `start` (inclusive) to `end`
    (exclusive), oldest first, each with its events; `length` is the number of orders in all.
    QuantConnect's
    document allows windows of up to 1,000 orders (a wider one is refused); the client reads 100 at a
    time. The platform may first answer that the orders are still being prepared: `status: loading` with
    a
    `progress` and no `orders`, which the typed client reports as an invalid answer lacking `orders`;
    ask
    again a little later.

    Args:
        body (ReadLiveOrdersRequest): Whose live orders to read, by index range (`end - start` at
            most 1,000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiveOrdersResponse]
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
    body: ReadLiveOrdersRequest,
) -> LiveOrdersResponse | None:
    """Read a window of a live algorithm's orders

     Returns the orders of the project's live algorithm with index from `start` (inclusive) to `end`
    (exclusive), oldest first, each with its events; `length` is the number of orders in all.
    QuantConnect's
    document allows windows of up to 1,000 orders (a wider one is refused); the client reads 100 at a
    time. The platform may first answer that the orders are still being prepared: `status: loading` with
    a
    `progress` and no `orders`, which the typed client reports as an invalid answer lacking `orders`;
    ask
    again a little later.

    Args:
        body (ReadLiveOrdersRequest): Whose live orders to read, by index range (`end - start` at
            most 1,000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiveOrdersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveOrdersRequest,
) -> Response[LiveOrdersResponse]:
    """Read a window of a live algorithm's orders

     Returns the orders of the project's live algorithm with index from `start` (inclusive) to `end`
    (exclusive), oldest first, each with its events; `length` is the number of orders in all.
    QuantConnect's
    document allows windows of up to 1,000 orders (a wider one is refused); the client reads 100 at a
    time. The platform may first answer that the orders are still being prepared: `status: loading` with
    a
    `progress` and no `orders`, which the typed client reports as an invalid answer lacking `orders`;
    ask
    again a little later.

    Args:
        body (ReadLiveOrdersRequest): Whose live orders to read, by index range (`end - start` at
            most 1,000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiveOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveOrdersRequest,
) -> LiveOrdersResponse | None:
    """Read a window of a live algorithm's orders

     Returns the orders of the project's live algorithm with index from `start` (inclusive) to `end`
    (exclusive), oldest first, each with its events; `length` is the number of orders in all.
    QuantConnect's
    document allows windows of up to 1,000 orders (a wider one is refused); the client reads 100 at a
    time. The platform may first answer that the orders are still being prepared: `status: loading` with
    a
    `progress` and no `orders`, which the typed client reports as an invalid answer lacking `orders`;
    ask
    again a little later.

    Args:
        body (ReadLiveOrdersRequest): Whose live orders to read, by index range (`end - start` at
            most 1,000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiveOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
