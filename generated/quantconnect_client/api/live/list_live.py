from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_live_algorithms_request import ListLiveAlgorithmsRequest
from ...models.live_algorithm_list_response import LiveAlgorithmListResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ListLiveAlgorithmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "list_live"},
        "url": "/live/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LiveAlgorithmListResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("list_live", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LiveAlgorithmListResponse | None:
    if response.status_code == 200:
        response_200 = LiveAlgorithmListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LiveAlgorithmListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListLiveAlgorithmsRequest,
) -> Response[LiveAlgorithmListResponse]:
    """List live deployments

     Lists past and current live deployments, newest first: every project's, or one project's
    (`projectId`), optionally only those with a given `status`. This is the operation that lists;
    `readLive` reads one project's deployment.

    Args:
        body (ListLiveAlgorithmsRequest): Which deployments to list; every one when no filter is
            given. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiveAlgorithmListResponse]
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
    body: ListLiveAlgorithmsRequest,
) -> LiveAlgorithmListResponse | None:
    """List live deployments

     Lists past and current live deployments, newest first: every project's, or one project's
    (`projectId`), optionally only those with a given `status`. This is the operation that lists;
    `readLive` reads one project's deployment.

    Args:
        body (ListLiveAlgorithmsRequest): Which deployments to list; every one when no filter is
            given. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiveAlgorithmListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListLiveAlgorithmsRequest,
) -> Response[LiveAlgorithmListResponse]:
    """List live deployments

     Lists past and current live deployments, newest first: every project's, or one project's
    (`projectId`), optionally only those with a given `status`. This is the operation that lists;
    `readLive` reads one project's deployment.

    Args:
        body (ListLiveAlgorithmsRequest): Which deployments to list; every one when no filter is
            given. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiveAlgorithmListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListLiveAlgorithmsRequest,
) -> LiveAlgorithmListResponse | None:
    """List live deployments

     Lists past and current live deployments, newest first: every project's, or one project's
    (`projectId`), optionally only those with a given `status`. This is the operation that lists;
    `readLive` reads one project's deployment.

    Args:
        body (ListLiveAlgorithmsRequest): Which deployments to list; every one when no filter is
            given. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiveAlgorithmListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
