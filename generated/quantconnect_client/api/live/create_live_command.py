from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_live_command_request import CreateLiveCommandRequest
from ...models.rest_response import RestResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateLiveCommandRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "create_live_command"},
        "url": "/live/commands/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RestResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("create_live_command", response, exc) from exc


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
    body: CreateLiveCommandRequest,
) -> Response[RestResponse]:
    """Send a command to a live algorithm

     Delivers `command` to the project's running live algorithm, whose `on_command` handler receives it
    (a command with `$type` names a command class of the algorithm). Not retried once the request may
    have
    been sent: a command such as an order would run twice.

    Args:
        body (CreateLiveCommandRequest): The command to send to a project's live algorithm.

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
    body: CreateLiveCommandRequest,
) -> RestResponse | None:
    """Send a command to a live algorithm

     Delivers `command` to the project's running live algorithm, whose `on_command` handler receives it
    (a command with `$type` names a command class of the algorithm). Not retried once the request may
    have
    been sent: a command such as an order would run twice.

    Args:
        body (CreateLiveCommandRequest): The command to send to a project's live algorithm.

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
    body: CreateLiveCommandRequest,
) -> Response[RestResponse]:
    """Send a command to a live algorithm

     Delivers `command` to the project's running live algorithm, whose `on_command` handler receives it
    (a command with `$type` names a command class of the algorithm). Not retried once the request may
    have
    been sent: a command such as an order would run twice.

    Args:
        body (CreateLiveCommandRequest): The command to send to a project's live algorithm.

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
    body: CreateLiveCommandRequest,
) -> RestResponse | None:
    """Send a command to a live algorithm

     Delivers `command` to the project's running live algorithm, whose `on_command` handler receives it
    (a command with `$type` names a command class of the algorithm). Not retried once the request may
    have
    been sent: a command such as an order would run twice.

    Args:
        body (CreateLiveCommandRequest): The command to send to a project's live algorithm.

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
