from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_collaborator_request import CreateCollaboratorRequest
from ...models.project_collaborators_response import ProjectCollaboratorsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCollaboratorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "create_project_collaborator"},
        "url": "/projects/collaboration/create",
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
        raise invalid_answer("create_project_collaborator", response, exc) from exc


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
    body: CreateCollaboratorRequest,
) -> Response[ProjectCollaboratorsResponse]:
    """Add a collaborator to a project

     Shares the project with the user whose public id is `collaboratorUserId`, with write access to the
    code or
    read access only, and with or without the right to deploy and stop live algorithms. Answers with
    every
    collaborator of the project, the owner included. Adding someone who already collaborates is refused.

    Args:
        body (CreateCollaboratorRequest): Who to add to a project, with which rights.

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
    body: CreateCollaboratorRequest,
) -> ProjectCollaboratorsResponse | None:
    """Add a collaborator to a project

     Shares the project with the user whose public id is `collaboratorUserId`, with write access to the
    code or
    read access only, and with or without the right to deploy and stop live algorithms. Answers with
    every
    collaborator of the project, the owner included. Adding someone who already collaborates is refused.

    Args:
        body (CreateCollaboratorRequest): Who to add to a project, with which rights.

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
    body: CreateCollaboratorRequest,
) -> Response[ProjectCollaboratorsResponse]:
    """Add a collaborator to a project

     Shares the project with the user whose public id is `collaboratorUserId`, with write access to the
    code or
    read access only, and with or without the right to deploy and stop live algorithms. Answers with
    every
    collaborator of the project, the owner included. Adding someone who already collaborates is refused.

    Args:
        body (CreateCollaboratorRequest): Who to add to a project, with which rights.

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
    body: CreateCollaboratorRequest,
) -> ProjectCollaboratorsResponse | None:
    """Add a collaborator to a project

     Shares the project with the user whose public id is `collaboratorUserId`, with write access to the
    code or
    read access only, and with or without the right to deploy and stop live algorithms. Answers with
    every
    collaborator of the project, the owner included. Adding someone who already collaborates is refused.

    Args:
        body (CreateCollaboratorRequest): Who to add to a project, with which rights.

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
