from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.read_collaborators_request import ReadCollaboratorsRequest
from ...models.read_collaborators_response import ReadCollaboratorsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ReadCollaboratorsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_project_collaborators"},
        "url": "/projects/collaboration/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReadCollaboratorsResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_project_collaborators", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReadCollaboratorsResponse | None:
    if response.status_code == 200:
        response_200 = ReadCollaboratorsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReadCollaboratorsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadCollaboratorsRequest,
) -> Response[ReadCollaboratorsResponse]:
    """List the collaborators of a project

     Returns every user who shares the project, its owner included, and the caller's own rights on it
    (`userPermissions`, `userLiveControl`). `readProject` lists the same collaborators.

    Args:
        body (ReadCollaboratorsRequest): Whose collaborators to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadCollaboratorsResponse]
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
    body: ReadCollaboratorsRequest,
) -> ReadCollaboratorsResponse | None:
    """List the collaborators of a project

     Returns every user who shares the project, its owner included, and the caller's own rights on it
    (`userPermissions`, `userLiveControl`). `readProject` lists the same collaborators.

    Args:
        body (ReadCollaboratorsRequest): Whose collaborators to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadCollaboratorsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadCollaboratorsRequest,
) -> Response[ReadCollaboratorsResponse]:
    """List the collaborators of a project

     Returns every user who shares the project, its owner included, and the caller's own rights on it
    (`userPermissions`, `userLiveControl`). `readProject` lists the same collaborators.

    Args:
        body (ReadCollaboratorsRequest): Whose collaborators to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadCollaboratorsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadCollaboratorsRequest,
) -> ReadCollaboratorsResponse | None:
    """List the collaborators of a project

     Returns every user who shares the project, its owner included, and the caller's own rights on it
    (`userPermissions`, `userLiveControl`). `readProject` lists the same collaborators.

    Args:
        body (ReadCollaboratorsRequest): Whose collaborators to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadCollaboratorsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
