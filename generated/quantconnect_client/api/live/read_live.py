from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.live_algorithm_results import LiveAlgorithmResults
from ...models.read_live_algorithm_request import ReadLiveAlgorithmRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ReadLiveAlgorithmRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_live"},
        "url": "/live/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LiveAlgorithmResults | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_live", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LiveAlgorithmResults | None:
    if response.status_code == 200:
        response_200 = LiveAlgorithmResults.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LiveAlgorithmResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveAlgorithmRequest,
) -> Response[LiveAlgorithmResults]:
    """Read the live algorithm of a project

     Returns the project's live deployment (the latest one, or the one named by `deployId`): its status,
    launch and stop times, brokerage, runtime statistics and chart names. It reads one project's
    deployment only; `listLive` lists deployments. The platform refuses a request that lists instead
    (`start`/`end` without `projectId`) with `Invalid argument`, and a project that never traded live
    with
    `No live deployment found`. Reading still works once the algorithm stopped.

    Args:
        body (ReadLiveAlgorithmRequest): Whose live deployment to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiveAlgorithmResults]
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
    body: ReadLiveAlgorithmRequest,
) -> LiveAlgorithmResults | None:
    """Read the live algorithm of a project

     Returns the project's live deployment (the latest one, or the one named by `deployId`): its status,
    launch and stop times, brokerage, runtime statistics and chart names. It reads one project's
    deployment only; `listLive` lists deployments. The platform refuses a request that lists instead
    (`start`/`end` without `projectId`) with `Invalid argument`, and a project that never traded live
    with
    `No live deployment found`. Reading still works once the algorithm stopped.

    Args:
        body (ReadLiveAlgorithmRequest): Whose live deployment to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiveAlgorithmResults
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveAlgorithmRequest,
) -> Response[LiveAlgorithmResults]:
    """Read the live algorithm of a project

     Returns the project's live deployment (the latest one, or the one named by `deployId`): its status,
    launch and stop times, brokerage, runtime statistics and chart names. It reads one project's
    deployment only; `listLive` lists deployments. The platform refuses a request that lists instead
    (`start`/`end` without `projectId`) with `Invalid argument`, and a project that never traded live
    with
    `No live deployment found`. Reading still works once the algorithm stopped.

    Args:
        body (ReadLiveAlgorithmRequest): Whose live deployment to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiveAlgorithmResults]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveAlgorithmRequest,
) -> LiveAlgorithmResults | None:
    """Read the live algorithm of a project

     Returns the project's live deployment (the latest one, or the one named by `deployId`): its status,
    launch and stop times, brokerage, runtime statistics and chart names. It reads one project's
    deployment only; `listLive` lists deployments. The platform refuses a request that lists instead
    (`start`/`end` without `projectId`) with `Invalid argument`, and a project that never traded live
    with
    `No live deployment found`. Reading still works once the algorithm stopped.

    Args:
        body (ReadLiveAlgorithmRequest): Whose live deployment to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiveAlgorithmResults
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
