from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_object_store_job_id_request import GetObjectStoreJobIdRequest
from ...models.get_object_store_response import GetObjectStoreResponse
from ...models.get_object_store_url_request import GetObjectStoreURLRequest
from ...types import Response


def _get_kwargs(
    *,
    body: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "get_object"},
        "url": "/object/get",
    }

    if isinstance(body, GetObjectStoreJobIdRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetObjectStoreResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("get_object", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetObjectStoreResponse | None:
    if response.status_code == 200:
        response_200 = GetObjectStoreResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetObjectStoreResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest,
) -> Response[GetObjectStoreResponse]:
    """Prepare a download of Object Store files

     Works in two steps. Sent `keys`, it starts a job that packs those objects (the key of a folder packs
    everything in it) and answers with the job's `jobId`; `url` is null until the archive is ready (now
    and
    then it is ready at once). Sent that `jobId` instead, it answers with the `url` once the job is
    done: a
    pre-signed address of a ZIP archive holding each object under its key, downloadable without signing.
    QuantConnect's CLI asks again every 3 seconds, for up to 5 minutes.

    Args:
        body (GetObjectStoreJobIdRequest | GetObjectStoreURLRequest): Either the keys to pack
            (GetObjectStoreJobIdRequest, with `keys`) or the job to ask about
            (GetObjectStoreURLRequest, with `jobId`); a body with both fits both and is refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetObjectStoreResponse]
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
    body: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest,
) -> GetObjectStoreResponse | None:
    """Prepare a download of Object Store files

     Works in two steps. Sent `keys`, it starts a job that packs those objects (the key of a folder packs
    everything in it) and answers with the job's `jobId`; `url` is null until the archive is ready (now
    and
    then it is ready at once). Sent that `jobId` instead, it answers with the `url` once the job is
    done: a
    pre-signed address of a ZIP archive holding each object under its key, downloadable without signing.
    QuantConnect's CLI asks again every 3 seconds, for up to 5 minutes.

    Args:
        body (GetObjectStoreJobIdRequest | GetObjectStoreURLRequest): Either the keys to pack
            (GetObjectStoreJobIdRequest, with `keys`) or the job to ask about
            (GetObjectStoreURLRequest, with `jobId`); a body with both fits both and is refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetObjectStoreResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest,
) -> Response[GetObjectStoreResponse]:
    """Prepare a download of Object Store files

     Works in two steps. Sent `keys`, it starts a job that packs those objects (the key of a folder packs
    everything in it) and answers with the job's `jobId`; `url` is null until the archive is ready (now
    and
    then it is ready at once). Sent that `jobId` instead, it answers with the `url` once the job is
    done: a
    pre-signed address of a ZIP archive holding each object under its key, downloadable without signing.
    QuantConnect's CLI asks again every 3 seconds, for up to 5 minutes.

    Args:
        body (GetObjectStoreJobIdRequest | GetObjectStoreURLRequest): Either the keys to pack
            (GetObjectStoreJobIdRequest, with `keys`) or the job to ask about
            (GetObjectStoreURLRequest, with `jobId`); a body with both fits both and is refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetObjectStoreResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest,
) -> GetObjectStoreResponse | None:
    """Prepare a download of Object Store files

     Works in two steps. Sent `keys`, it starts a job that packs those objects (the key of a folder packs
    everything in it) and answers with the job's `jobId`; `url` is null until the archive is ready (now
    and
    then it is ready at once). Sent that `jobId` instead, it answers with the `url` once the job is
    done: a
    pre-signed address of a ZIP archive holding each object under its key, downloadable without signing.
    QuantConnect's CLI asks again every 3 seconds, for up to 5 minutes.

    Args:
        body (GetObjectStoreJobIdRequest | GetObjectStoreURLRequest): Either the keys to pack
            (GetObjectStoreJobIdRequest, with `keys`) or the job to ask about
            (GetObjectStoreURLRequest, with `jobId`); a body with both fits both and is refused.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetObjectStoreResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
