from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.live_insights_response import LiveInsightsResponse
from ...models.read_live_insights_request import ReadLiveInsightsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ReadLiveInsightsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_live_insights"},
        "url": "/live/insights/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LiveInsightsResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_live_insights", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LiveInsightsResponse | None:
    if response.status_code == 200:
        response_200 = LiveInsightsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LiveInsightsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveInsightsRequest,
) -> Response[LiveInsightsResponse]:
    """Read a window of a live algorithm's insights

     Returns the insights the project's live algorithm emitted with index from `start` (inclusive, 0 when
    omitted) to `end` (exclusive); `length` is the number of insights in all. A window of over 1,000 is
    refused; the client reads 100 at a time.

    Args:
        body (ReadLiveInsightsRequest): Whose live insights to read, by index range (`end - start`
            at most 1,000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiveInsightsResponse]
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
    body: ReadLiveInsightsRequest,
) -> LiveInsightsResponse | None:
    """Read a window of a live algorithm's insights

     Returns the insights the project's live algorithm emitted with index from `start` (inclusive, 0 when
    omitted) to `end` (exclusive); `length` is the number of insights in all. A window of over 1,000 is
    refused; the client reads 100 at a time.

    Args:
        body (ReadLiveInsightsRequest): Whose live insights to read, by index range (`end - start`
            at most 1,000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiveInsightsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveInsightsRequest,
) -> Response[LiveInsightsResponse]:
    """Read a window of a live algorithm's insights

     Returns the insights the project's live algorithm emitted with index from `start` (inclusive, 0 when
    omitted) to `end` (exclusive); `length` is the number of insights in all. A window of over 1,000 is
    refused; the client reads 100 at a time.

    Args:
        body (ReadLiveInsightsRequest): Whose live insights to read, by index range (`end - start`
            at most 1,000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LiveInsightsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveInsightsRequest,
) -> LiveInsightsResponse | None:
    """Read a window of a live algorithm's insights

     Returns the insights the project's live algorithm emitted with index from `start` (inclusive, 0 when
    omitted) to `end` (exclusive); `length` is the number of insights in all. A window of over 1,000 is
    refused; the client reads 100 at a time.

    Args:
        body (ReadLiveInsightsRequest): Whose live insights to read, by index range (`end - start`
            at most 1,000).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LiveInsightsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
