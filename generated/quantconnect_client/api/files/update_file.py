from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_file_contents_request import UpdateFileContentsRequest
from ...models.update_file_name_request import UpdateFileNameRequest
from ...models.update_file_response import UpdateFileResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateFileContentsRequest | UpdateFileNameRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "update_file"},
        "url": "/files/update",
    }

    if isinstance(body, UpdateFileNameRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdateFileResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("update_file", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdateFileResponse | None:
    if response.status_code == 200:
        response_200 = UpdateFileResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UpdateFileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFileContentsRequest | UpdateFileNameRequest,
) -> Response[UpdateFileResponse]:
    """Rename a file or replace its content

     Does one of two things, chosen by the body's shape: with `newName` it renames (or moves) the file;
    with `content` it replaces the whole content of the file. Sending both is refused.

    Args:
        body (UpdateFileContentsRequest | UpdateFileNameRequest): Either a rename
            (UpdateFileNameRequest, with `newName`) or a content replacement
            (UpdateFileContentsRequest, with `content`); a body with both fits both and is refused.
            QuantConnect's document calls this union `files_update_body`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateFileResponse]
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
    body: UpdateFileContentsRequest | UpdateFileNameRequest,
) -> UpdateFileResponse | None:
    """Rename a file or replace its content

     Does one of two things, chosen by the body's shape: with `newName` it renames (or moves) the file;
    with `content` it replaces the whole content of the file. Sending both is refused.

    Args:
        body (UpdateFileContentsRequest | UpdateFileNameRequest): Either a rename
            (UpdateFileNameRequest, with `newName`) or a content replacement
            (UpdateFileContentsRequest, with `content`); a body with both fits both and is refused.
            QuantConnect's document calls this union `files_update_body`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateFileResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFileContentsRequest | UpdateFileNameRequest,
) -> Response[UpdateFileResponse]:
    """Rename a file or replace its content

     Does one of two things, chosen by the body's shape: with `newName` it renames (or moves) the file;
    with `content` it replaces the whole content of the file. Sending both is refused.

    Args:
        body (UpdateFileContentsRequest | UpdateFileNameRequest): Either a rename
            (UpdateFileNameRequest, with `newName`) or a content replacement
            (UpdateFileContentsRequest, with `content`); a body with both fits both and is refused.
            QuantConnect's document calls this union `files_update_body`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateFileResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFileContentsRequest | UpdateFileNameRequest,
) -> UpdateFileResponse | None:
    """Rename a file or replace its content

     Does one of two things, chosen by the body's shape: with `newName` it renames (or moves) the file;
    with `content` it replaces the whole content of the file. Sending both is refused.

    Args:
        body (UpdateFileContentsRequest | UpdateFileNameRequest): Either a rename
            (UpdateFileNameRequest, with `newName`) or a content replacement
            (UpdateFileContentsRequest, with `content`); a body with both fits both and is refused.
            QuantConnect's document calls this union `files_update_body`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateFileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
