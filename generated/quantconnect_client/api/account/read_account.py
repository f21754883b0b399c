from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_response import AccountResponse
from ...models.read_account_request import ReadAccountRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReadAccountRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_account"},
        "url": "/account/read",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_account", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountResponse | None:
    if response.status_code == 200:
        response_200 = AccountResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccountResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadAccountRequest | Unset = UNSET,
) -> Response[AccountResponse]:
    """Read the organization's account

     Returns the organization's QCC (QuantConnect Credit) balance and the card it is billed to; without
    `organizationId`, those of the user's preferred organization. Optimizations and live nodes are paid
    from
    this balance. QuantConnect's document gives this operation no body; lean-cli sends `organizationId`
    when
    it has one, and the MCP server sends `{}`.

    Args:
        body (ReadAccountRequest | Unset): Whose account to read; the user's preferred
            organization when `organizationId` is left out. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountResponse]
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
    body: ReadAccountRequest | Unset = UNSET,
) -> AccountResponse | None:
    """Read the organization's account

     Returns the organization's QCC (QuantConnect Credit) balance and the card it is billed to; without
    `organizationId`, those of the user's preferred organization. Optimizations and live nodes are paid
    from
    this balance. QuantConnect's document gives this operation no body; lean-cli sends `organizationId`
    when
    it has one, and the MCP server sends `{}`.

    Args:
        body (ReadAccountRequest | Unset): Whose account to read; the user's preferred
            organization when `organizationId` is left out. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadAccountRequest | Unset = UNSET,
) -> Response[AccountResponse]:
    """Read the organization's account

     Returns the organization's QCC (QuantConnect Credit) balance and the card it is billed to; without
    `organizationId`, those of the user's preferred organization. Optimizations and live nodes are paid
    from
    this balance. QuantConnect's document gives this operation no body; lean-cli sends `organizationId`
    when
    it has one, and the MCP server sends `{}`.

    Args:
        body (ReadAccountRequest | Unset): Whose account to read; the user's preferred
            organization when `organizationId` is left out. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadAccountRequest | Unset = UNSET,
) -> AccountResponse | None:
    """Read the organization's account

     Returns the organization's QCC (QuantConnect Credit) balance and the card it is billed to; without
    `organizationId`, those of the user's preferred organization. Optimizations and live nodes are paid
    from
    this balance. QuantConnect's document gives this operation no body; lean-cli sends `organizationId`
    when
    it has one, and the MCP server sends `{}`.

    Args:
        body (ReadAccountRequest | Unset): Whose account to read; the user's preferred
            organization when `organizationId` is left out. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
