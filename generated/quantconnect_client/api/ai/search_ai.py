from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_request import SearchRequest
from ...models.search_response import SearchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "search_ai"},
        "url": "/ai/tools/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SearchResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("search_ai", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SearchResponse | None:
    if response.status_code == 200:
        response_200 = SearchResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest,
) -> Response[SearchResponse]:
    """Search QuantConnect's documentation

     Searches the API stubs, forum, documentation and examples for each criterion's `input`, and answers
    with
    the best `count` results of each, most relevant first (`score`). A result's `type` says where it
    comes
    from: 0 stubs, 1 forum, 2 documentation, 3 examples.

    Args:
        body (SearchRequest): What to search for, and where.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchResponse]
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
    body: SearchRequest,
) -> SearchResponse | None:
    """Search QuantConnect's documentation

     Searches the API stubs, forum, documentation and examples for each criterion's `input`, and answers
    with
    the best `count` results of each, most relevant first (`score`). A result's `type` says where it
    comes
    from: 0 stubs, 1 forum, 2 documentation, 3 examples.

    Args:
        body (SearchRequest): What to search for, and where.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest,
) -> Response[SearchResponse]:
    """Search QuantConnect's documentation

     Searches the API stubs, forum, documentation and examples for each criterion's `input`, and answers
    with
    the best `count` results of each, most relevant first (`score`). A result's `type` says where it
    comes
    from: 0 stubs, 1 forum, 2 documentation, 3 examples.

    Args:
        body (SearchRequest): What to search for, and where.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest,
) -> SearchResponse | None:
    """Search QuantConnect's documentation

     Searches the API stubs, forum, documentation and examples for each criterion's `input`, and answers
    with
    the best `count` results of each, most relevant first (`score`). A result's `type` says where it
    comes
    from: 0 stubs, 1 forum, 2 documentation, 3 examples.

    Args:
        body (SearchRequest): What to search for, and where.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
