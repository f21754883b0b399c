from http import HTTPStatus
from typing import Any, cast

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorize_external_connection_request import AuthorizeExternalConnectionRequest
from ...models.rest_response import RestResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AuthorizeExternalConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "authorize_live_auth_0"},
        "url": "/live/auth0/authorize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | RestResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("authorize_live_auth_0", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | RestResponse | None:
    if response.status_code == 200:
        response_200 = RestResponse.from_dict(response.json())

        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | RestResponse]:
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
) -> Response[Any | RestResponse]:
    """Start authorizing a brokerage for live trading

     Some brokerages and data providers (those that log in with OAuth) must be authorized before a
    deployment can use them. The platform answers with a redirect: its `Location` is the page where the
    user logs in to the brokerage, and the method returns that URL (it is not followed). Open it in a
    browser, then poll `readLiveAuth0` until it succeeds; QuantConnect's CLI polls every 5 seconds for 7
    minutes. A refused request is answered 200 with `success` false.

    Args:
        body (AuthorizeExternalConnectionRequest): The brokerage or data provider to authorize (or
            whose authorization to read).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RestResponse]
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
) -> Any | RestResponse | None:
    """Start authorizing a brokerage for live trading

     Some brokerages and data providers (those that log in with OAuth) must be authorized before a
    deployment can use them. The platform answers with a redirect: its `Location` is the page where the
    user logs in to the brokerage, and the method returns that URL (it is not followed). Open it in a
    browser, then poll `readLiveAuth0` until it succeeds; QuantConnect's CLI polls every 5 seconds for 7
    minutes. A refused request is answered 200 with `success` false.

    Args:
        body (AuthorizeExternalConnectionRequest): The brokerage or data provider to authorize (or
            whose authorization to read).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RestResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeExternalConnectionRequest,
) -> Response[Any | RestResponse]:
    """Start authorizing a brokerage for live trading

     Some brokerages and data providers (those that log in with OAuth) must be authorized before a
    deployment can use them. The platform answers with a redirect: its `Location` is the page where the
    user logs in to the brokerage, and the method returns that URL (it is not followed). Open it in a
    browser, then poll `readLiveAuth0` until it succeeds; QuantConnect's CLI polls every 5 seconds for 7
    minutes. A refused request is answered 200 with `success` false.

    Args:
        body (AuthorizeExternalConnectionRequest): The brokerage or data provider to authorize (or
            whose authorization to read).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RestResponse]
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
) -> Any | RestResponse | None:
    """Start authorizing a brokerage for live trading

     Some brokerages and data providers (those that log in with OAuth) must be authorized before a
    deployment can use them. The platform answers with a redirect: its `Location` is the page where the
    user logs in to the brokerage, and the method returns that URL (it is not followed). Open it in a
    browser, then poll `readLiveAuth0` until it succeeds; QuantConnect's CLI polls every 5 seconds for 7
    minutes. A refused request is answered 200 with `success` false.

    Args:
        body (AuthorizeExternalConnectionRequest): The brokerage or data provider to authorize (or
            whose authorization to read).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
