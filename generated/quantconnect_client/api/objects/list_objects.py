from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_object_store_request import ListObjectStoreRequest
from ...models.list_object_store_response import ListObjectStoreResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ListObjectStoreRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "list_objects"},
        "url": "/object/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListObjectStoreResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("list_objects", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListObjectStoreResponse | None:
    if response.status_code == 200:
        response_200 = ListObjectStoreResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListObjectStoreResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListObjectStoreRequest,
) -> Response[ListObjectStoreResponse]:
    """List the Object Store files in a folder

     Returns the files and folders directly inside the folder `path` (`/`, the default, for the top),
    folders
    first and then by name, one page at a time: `page` counts from 1 and `totalPages` says how many
    there are.
    The answer also gives the space the whole Object Store of the organization uses.

    Args:
        body (ListObjectStoreRequest): The folder to list, and which page of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListObjectStoreResponse]
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
    body: ListObjectStoreRequest,
) -> ListObjectStoreResponse | None:
    """List the Object Store files in a folder

     Returns the files and folders directly inside the folder `path` (`/`, the default, for the top),
    folders
    first and then by name, one page at a time: `page` counts from 1 and `totalPages` says how many
    there are.
    The answer also gives the space the whole Object Store of the organization uses.

    Args:
        body (ListObjectStoreRequest): The folder to list, and which page of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListObjectStoreResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListObjectStoreRequest,
) -> Response[ListObjectStoreResponse]:
    """List the Object Store files in a folder

     Returns the files and folders directly inside the folder `path` (`/`, the default, for the top),
    folders
    first and then by name, one page at a time: `page` counts from 1 and `totalPages` says how many
    there are.
    The answer also gives the space the whole Object Store of the organization uses.

    Args:
        body (ListObjectStoreRequest): The folder to list, and which page of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListObjectStoreResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListObjectStoreRequest,
) -> ListObjectStoreResponse | None:
    """List the Object Store files in a folder

     Returns the files and folders directly inside the folder `path` (`/`, the default, for the top),
    folders
    first and then by name, one page at a time: `page` counts from 1 and `totalPages` says how many
    there are.
    The answer also gives the space the whole Object Store of the organization uses.

    Args:
        body (ListObjectStoreRequest): The folder to list, and which page of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListObjectStoreResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
