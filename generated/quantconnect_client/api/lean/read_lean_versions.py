from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lean_versions_response import LeanVersionsResponse
from ...models.read_lean_versions_request import ReadLeanVersionsRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReadLeanVersionsRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_lean_versions"},
        "url": "/lean/versions/read",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LeanVersionsResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_lean_versions", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LeanVersionsResponse | None:
    if response.status_code == 200:
        response_200 = LeanVersionsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LeanVersionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLeanVersionsRequest | Unset = UNSET,
) -> Response[LeanVersionsResponse]:
    """List the LEAN versions

     Returns the released versions of the LEAN engine, newest first, with the commits they were built
    from (a
    project's `leanVersionId` is one of their ids). QuantConnect's document gives this operation no body
    (the
    MCP server sends `{}`) and no 401 answer; the call is signed like every other, so the 401 is kept.

    Args:
        body (ReadLeanVersionsRequest | Unset): No fields; the MCP server sends `{}` and
            QuantConnect's document no body at all. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeanVersionsResponse]
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
    body: ReadLeanVersionsRequest | Unset = UNSET,
) -> LeanVersionsResponse | None:
    """List the LEAN versions

     Returns the released versions of the LEAN engine, newest first, with the commits they were built
    from (a
    project's `leanVersionId` is one of their ids). QuantConnect's document gives this operation no body
    (the
    MCP server sends `{}`) and no 401 answer; the call is signed like every other, so the 401 is kept.

    Args:
        body (ReadLeanVersionsRequest | Unset): No fields; the MCP server sends `{}` and
            QuantConnect's document no body at all. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeanVersionsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLeanVersionsRequest | Unset = UNSET,
) -> Response[LeanVersionsResponse]:
    """List the LEAN versions

     Returns the released versions of the LEAN engine, newest first, with the commits they were built
    from (a
    project's `leanVersionId` is one of their ids). QuantConnect's document gives this operation no body
    (the
    MCP server sends `{}`) and no 401 answer; the call is signed like every other, so the 401 is kept.

    Args:
        body (ReadLeanVersionsRequest | Unset): No fields; the MCP server sends `{}` and
            QuantConnect's document no body at all. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeanVersionsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLeanVersionsRequest | Unset = UNSET,
) -> LeanVersionsResponse | None:
    """List the LEAN versions

     Returns the released versions of the LEAN engine, newest first, with the commits they were built
    from (a
    project's `leanVersionId` is one of their ids). QuantConnect's document gives this operation no body
    (the
    MCP server sends `{}`) and no 401 answer; the call is signed like every other, so the 401 is kept.

    Args:
        body (ReadLeanVersionsRequest | Unset): No fields; the MCP server sends `{}` and
            QuantConnect's document no body at all. Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeanVersionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
