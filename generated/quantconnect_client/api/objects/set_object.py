from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.object_store_binary_file import ObjectStoreBinaryFile
from ...models.rest_response import RestResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ObjectStoreBinaryFile,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "set_object"},
        "url": "/object/set",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RestResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("set_object", response, exc) from exc


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
    body: ObjectStoreBinaryFile,
) -> Response[RestResponse]:
    """Upload a file to the Object Store

     Stores `objectData` under `key` in the organization's Object Store, replacing what the key held. The
    body is
    `multipart/form-data`: the fields `organizationId` and `key`, and the file part `objectData` (as
    lean-cli and
    the MCP server send it). A key is a path: `models/momentum.json` is the file `momentum.json` in the
    folder
    `models`, and the folder exists as long as something is stored in it.

    Args:
        body (ObjectStoreBinaryFile): A file to store, sent as `multipart/form-data` (two fields
            and a file part).

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
    body: ObjectStoreBinaryFile,
) -> RestResponse | None:
    """Upload a file to the Object Store

     Stores `objectData` under `key` in the organization's Object Store, replacing what the key held. The
    body is
    `multipart/form-data`: the fields `organizationId` and `key`, and the file part `objectData` (as
    lean-cli and
    the MCP server send it). A key is a path: `models/momentum.json` is the file `momentum.json` in the
    folder
    `models`, and the folder exists as long as something is stored in it.

    Args:
        body (ObjectStoreBinaryFile): A file to store, sent as `multipart/form-data` (two fields
            and a file part).

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
    body: ObjectStoreBinaryFile,
) -> Response[RestResponse]:
    """Upload a file to the Object Store

     Stores `objectData` under `key` in the organization's Object Store, replacing what the key held. The
    body is
    `multipart/form-data`: the fields `organizationId` and `key`, and the file part `objectData` (as
    lean-cli and
    the MCP server send it). A key is a path: `models/momentum.json` is the file `momentum.json` in the
    folder
    `models`, and the folder exists as long as something is stored in it.

    Args:
        body (ObjectStoreBinaryFile): A file to store, sent as `multipart/form-data` (two fields
            and a file part).

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
    body: ObjectStoreBinaryFile,
) -> RestResponse | None:
    """Upload a file to the Object Store

     Stores `objectData` under `key` in the organization's Object Store, replacing what the key held. The
    body is
    `multipart/form-data`: the fields `organizationId` and `key`, and the file part `objectData` (as
    lean-cli and
    the MCP server send it). A key is a path: `models/momentum.json` is the file `momentum.json` in the
    folder
    `models`, and the folder exists as long as something is stored in it.

    Args:
        body (ObjectStoreBinaryFile): A file to store, sent as `multipart/form-data` (two fields
            and a file part).

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
