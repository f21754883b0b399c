from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_nodes_response import ProjectNodesResponse
from ...models.read_project_nodes_request import ReadProjectNodesRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ReadProjectNodesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_nodes"},
        "url": "/projects/nodes/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProjectNodesResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_nodes", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProjectNodesResponse | None:
    if response.status_code == 200:
        response_200 = ProjectNodesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectNodesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadProjectNodesRequest,
) -> Response[ProjectNodesResponse]:
    """Read the nodes a project may run on

     Lists the organization's backtest, research and live nodes, each marked `active` when the project is
    set to use it. With `autoSelectNode` true (no node chosen) the platform picks the best free node
    itself.

    Args:
        body (ReadProjectNodesRequest): Whose nodes to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectNodesResponse]
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
    body: ReadProjectNodesRequest,
) -> ProjectNodesResponse | None:
    """Read the nodes a project may run on

     Lists the organization's backtest, research and live nodes, each marked `active` when the project is
    set to use it. With `autoSelectNode` true (no node chosen) the platform picks the best free node
    itself.

    Args:
        body (ReadProjectNodesRequest): Whose nodes to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectNodesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadProjectNodesRequest,
) -> Response[ProjectNodesResponse]:
    """Read the nodes a project may run on

     Lists the organization's backtest, research and live nodes, each marked `active` when the project is
    set to use it. With `autoSelectNode` true (no node chosen) the platform picks the best free node
    itself.

    Args:
        body (ReadProjectNodesRequest): Whose nodes to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectNodesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadProjectNodesRequest,
) -> ProjectNodesResponse | None:
    """Read the nodes a project may run on

     Lists the organization's backtest, research and live nodes, each marked `active` when the project is
    set to use it. With `autoSelectNode` true (no node chosen) the platform picks the best free node
    itself.

    Args:
        body (ReadProjectNodesRequest): Whose nodes to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectNodesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
