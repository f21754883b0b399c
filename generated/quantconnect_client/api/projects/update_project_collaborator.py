from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_collaborators_response import ProjectCollaboratorsResponse
from ...models.update_collaborator_request import UpdateCollaboratorRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateCollaboratorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "update_project_collaborator"},
        "url": "/projects/collaboration/update",
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
        raise invalid_answer("update_project_collaborator", response, exc) from exc


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
    body: UpdateCollaboratorRequest,
) -> Response[ProjectCollaboratorsResponse]:
    """Change a collaborator's rights

     Sets whether the collaborator `collaboratorUserId` may edit the code (`write`) and deploy or stop
    live
    algorithms (`liveControl`). Answers with every collaborator of the project. The owner's rights
    cannot change.

    Args:
        body (UpdateCollaboratorRequest): A collaborator's new rights.

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
    body: UpdateCollaboratorRequest,
) -> ProjectCollaboratorsResponse | None:
    """Change a collaborator's rights

     Sets whether the collaborator `collaboratorUserId` may edit the code (`write`) and deploy or stop
    live
    algorithms (`liveControl`). Answers with every collaborator of the project. The owner's rights
    cannot change.

    Args:
        body (UpdateCollaboratorRequest): A collaborator's new rights.

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
    body: UpdateCollaboratorRequest,
) -> Response[ProjectCollaboratorsResponse]:
    """Change a collaborator's rights

     Sets whether the collaborator `collaboratorUserId` may edit the code (`write`) and deploy or stop
    live
    algorithms (`liveControl`). Answers with every collaborator of the project. The owner's rights
    cannot change.

    Args:
        body (UpdateCollaboratorRequest): A collaborator's new rights.

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
    body: UpdateCollaboratorRequest,
) -> ProjectCollaboratorsResponse | None:
    """Change a collaborator's rights

     Sets whether the collaborator `collaboratorUserId` may edit the code (`write`) and deploy or stop
    live
    algorithms (`liveControl`). Answers with every collaborator of the project. The owner's rights
    cannot change.

    Args:
        body (UpdateCollaboratorRequest): A collaborator's new rights.

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
