from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.read_live_logs_request import ReadLiveLogsRequest
from ...models.read_live_logs_response import ReadLiveLogsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ReadLiveLogsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_live_log"},
        "url": "/live/logs/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReadLiveLogsResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_live_log", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReadLiveLogsResponse | None:
    if response.status_code == 200:
        response_200 = ReadLiveLogsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReadLiveLogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveLogsRequest,
) -> Response[ReadLiveLogsResponse]:
    """Read a window of a live algorithm's log

     Returns the lines the deployment `algorithmId` (its deploy id) of the project logged, oldest first,
    with index from `startLine` (inclusive) to `endLine` (exclusive) among that deployment's lines. A
    window holds at most 250 lines (QuantConnect's document and LEAN's own client); a wider one is
    refused.
    `length` counts the project's log lines over all its deployments and `deploymentOffset` how many of
    them come before this deployment's. The platform refreshes the log about every 5 minutes.

    Args:
        body (ReadLiveLogsRequest): Which deployment's log to read, by line range (`endLine -
            startLine` at most 250).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadLiveLogsResponse]
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
    body: ReadLiveLogsRequest,
) -> ReadLiveLogsResponse | None:
    """Read a window of a live algorithm's log

     Returns the lines the deployment `algorithmId` (its deploy id) of the project logged, oldest first,
    with index from `startLine` (inclusive) to `endLine` (exclusive) among that deployment's lines. A
    window holds at most 250 lines (QuantConnect's document and LEAN's own client); a wider one is
    refused.
    `length` counts the project's log lines over all its deployments and `deploymentOffset` how many of
    them come before this deployment's. The platform refreshes the log about every 5 minutes.

    Args:
        body (ReadLiveLogsRequest): Which deployment's log to read, by line range (`endLine -
            startLine` at most 250).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadLiveLogsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveLogsRequest,
) -> Response[ReadLiveLogsResponse]:
    """Read a window of a live algorithm's log

     Returns the lines the deployment `algorithmId` (its deploy id) of the project logged, oldest first,
    with index from `startLine` (inclusive) to `endLine` (exclusive) among that deployment's lines. A
    window holds at most 250 lines (QuantConnect's document and LEAN's own client); a wider one is
    refused.
    `length` counts the project's log lines over all its deployments and `deploymentOffset` how many of
    them come before this deployment's. The platform refreshes the log about every 5 minutes.

    Args:
        body (ReadLiveLogsRequest): Which deployment's log to read, by line range (`endLine -
            startLine` at most 250).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadLiveLogsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveLogsRequest,
) -> ReadLiveLogsResponse | None:
    """Read a window of a live algorithm's log

     Returns the lines the deployment `algorithmId` (its deploy id) of the project logged, oldest first,
    with index from `startLine` (inclusive) to `endLine` (exclusive) among that deployment's lines. A
    window holds at most 250 lines (QuantConnect's document and LEAN's own client); a wider one is
    refused.
    `length` counts the project's log lines over all its deployments and `deploymentOffset` how many of
    them come before this deployment's. The platform refreshes the log about every 5 minutes.

    Args:
        body (ReadLiveLogsRequest): Which deployment's log to read, by line range (`endLine -
            startLine` at most 250).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadLiveLogsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
