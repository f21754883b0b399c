from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_object_store_properties_request import GetObjectStorePropertiesRequest
from ...models.get_object_store_properties_response import GetObjectStorePropertiesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetObjectStorePropertiesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_object_properties"},
        "url": "/object/properties",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetObjectStorePropertiesResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_object_properties", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetObjectStorePropertiesResponse | None:
    if response.status_code == 200:
        response_200 = GetObjectStorePropertiesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetObjectStorePropertiesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetObjectStorePropertiesRequest,
) -> Response[GetObjectStorePropertiesResponse]:
    """Read the properties of an Object Store file

     Returns the size, MD5 hash, MIME type, creation and modification times of the object stored under
    `key`,
    and a preview of its start when it is text. The key of a folder is refused: only files have
    properties.

    Args:
        body (GetObjectStorePropertiesRequest): The object whose properties to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetObjectStorePropertiesResponse]
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
    body: GetObjectStorePropertiesRequest,
) -> GetObjectStorePropertiesResponse | None:
    """Read the properties of an Object Store file

     Returns the size, MD5 hash, MIME type, creation and modification times of the object stored under
    `key`,
    and a preview of its start when it is text. The key of a folder is refused: only files have
    properties.

    Args:
        body (GetObjectStorePropertiesRequest): The object whose properties to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetObjectStorePropertiesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetObjectStorePropertiesRequest,
) -> Response[GetObjectStorePropertiesResponse]:
    """Read the properties of an Object Store file

     Returns the size, MD5 hash, MIME type, creation and modification times of the object stored under
    `key`,
    and a preview of its start when it is text. The key of a folder is refused: only files have
    properties.

    Args:
        body (GetObjectStorePropertiesRequest): The object whose properties to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetObjectStorePropertiesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetObjectStorePropertiesRequest,
) -> GetObjectStorePropertiesResponse | None:
    """Read the properties of an Object Store file

     Returns the size, MD5 hash, MIME type, creation and modification times of the object stored under
    `key`,
    and a preview of its start when it is text. The key of a folder is refused: only files have
    properties.

    Args:
        body (GetObjectStorePropertiesRequest): The object whose properties to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetObjectStorePropertiesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
