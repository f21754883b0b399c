from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorize_external_connection_request import AuthorizeExternalConnectionRequest
from ...models.authorize_external_connection_response import AuthorizeExternalConnectionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AuthorizeExternalConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_live_auth_0"},
        "url": "/live/auth0/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizeExternalConnectionResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_live_auth_0", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizeExternalConnectionResponse | None:
    if response.status_code == 200:
        response_200 = AuthorizeExternalConnectionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthorizeExternalConnectionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeExternalConnectionRequest,
) -> Response[AuthorizeExternalConnectionResponse]:
    """Read the authorization of a brokerage

     Returns the credentials the platform holds for the brokerage once the user completed the login
    started by `authorizeLiveAuth0` (tokens, and the accounts the user may trade), to pass on in the
    brokerage settings of `createLive`. Until then the request fails; the platform may also hold the
    request open while it waits (QuantConnect's MCP server allows it 800 seconds).

    Args:
        body (AuthorizeExternalConnectionRequest): The brokerage or data provider to authorize (or
            whose authorization to read).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeExternalConnectionResponse]
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
    body: AuthorizeExternalConnectionRequest,
) -> AuthorizeExternalConnectionResponse | None:
    """Read the authorization of a brokerage

     Returns the credentials the platform holds for the brokerage once the user completed the login
    started by `authorizeLiveAuth0` (tokens, and the accounts the user may trade), to pass on in the
    brokerage settings of `createLive`. Until then the request fails; the platform may also hold the
    request open while it waits (QuantConnect's MCP server allows it 800 seconds).

    Args:
        body (AuthorizeExternalConnectionRequest): The brokerage or data provider to authorize (or
            whose authorization to read).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeExternalConnectionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeExternalConnectionRequest,
) -> Response[AuthorizeExternalConnectionResponse]:
    """Read the authorization of a brokerage

     Returns the credentials the platform holds for the brokerage once the user completed the login
    started by `authorizeLiveAuth0` (tokens, and the accounts the user may trade), to pass on in the
    brokerage settings of `createLive`. Until then the request fails; the platform may also hold the
    request open while it waits (QuantConnect's MCP server allows it 800 seconds).

    Args:
        body (AuthorizeExternalConnectionRequest): The brokerage or data provider to authorize (or
            whose authorization to read).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeExternalConnectionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeExternalConnectionRequest,
) -> AuthorizeExternalConnectionResponse | None:
    """Read the authorization of a brokerage

     Returns the credentials the platform holds for the brokerage once the user completed the login
    started by `authorizeLiveAuth0` (tokens, and the accounts the user may trade), to pass on in the
    brokerage settings of `createLive`. Until then the request fails; the platform may also hold the
    request open while it waits (QuantConnect's MCP server allows it 800 seconds).

    Args:
        body (AuthorizeExternalConnectionRequest): The brokerage or data provider to authorize (or
            whose authorization to read).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeExternalConnectionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
