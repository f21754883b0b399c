from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_collaborator_request import DeleteCollaboratorRequest
from ...models.project_collaborators_response import ProjectCollaboratorsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteCollaboratorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "delete_project_collaborator"},
        "url": "/projects/collaboration/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProjectCollaboratorsResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("delete_project_collaborator", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProjectCollaboratorsResponse | None:
    if response.status_code == 200:
        response_200 = ProjectCollaboratorsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectCollaboratorsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteCollaboratorRequest,
) -> Response[ProjectCollaboratorsResponse]:
    """Remove a collaborator from a project

     Stops sharing the project with the collaborator, named by public id in `collaboratorId` (the field
    was
    called `collaboratorUserId` until 2025; either name is accepted, one of them is required). The
    answer lists
    the collaborators left; `readProjectCollaborators` gives the same list.

    Args:
        body (DeleteCollaboratorRequest): The collaborator to remove, by public id: in
            `collaboratorId`, or in `collaboratorUserId` as the field was
            called until 2025. One of the two is required (the mock refuses a body with neither, or
            two that differ).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectCollaboratorsResponse]
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
    body: DeleteCollaboratorRequest,
) -> ProjectCollaboratorsResponse | None:
    """Remove a collaborator from a project

     Stops sharing the project with the collaborator, named by public id in `collaboratorId` (the field
    was
    called `collaboratorUserId` until 2025; either name is accepted, one of them is required). The
    answer lists
    the collaborators left; `readProjectCollaborators` gives the same list.

    Args:
        body (DeleteCollaboratorRequest): The collaborator to remove, by public id: in
            `collaboratorId`, or in `collaboratorUserId` as the field was
            called until 2025. One of the two is required (the mock refuses a body with neither, or
            two that differ).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectCollaboratorsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteCollaboratorRequest,
) -> Response[ProjectCollaboratorsResponse]:
    """Remove a collaborator from a project

     Stops sharing the project with the collaborator, named by public id in `collaboratorId` (the field
    was
    called `collaboratorUserId` until 2025; either name is accepted, one of them is required). The
    answer lists
    the collaborators left; `readProjectCollaborators` gives the same list.

    Args:
        body (DeleteCollaboratorRequest): The collaborator to remove, by public id: in
            `collaboratorId`, or in `collaboratorUserId` as the field was
            called until 2025. One of the two is required (the mock refuses a body with neither, or
            two that differ).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectCollaboratorsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteCollaboratorRequest,
) -> ProjectCollaboratorsResponse | None:
    """Remove a collaborator from a project

     Stops sharing the project with the collaborator, named by public id in `collaboratorId` (the field
    was
    called `collaboratorUserId` until 2025; either name is accepted, one of them is required). The
    answer lists
    the collaborators left; `readProjectCollaborators` gives the same list.

    Args:
        body (DeleteCollaboratorRequest): The collaborator to remove, by public id: in
            `collaboratorId`, or in `collaboratorUserId` as the field was
            called until 2025. One of the two is required (the mock refuses a body with neither, or
            two that differ).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectCollaboratorsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
