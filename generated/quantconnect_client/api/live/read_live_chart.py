from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.read_chart_response import ReadChartResponse
from ...models.read_live_chart_request import ReadLiveChartRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ReadLiveChartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_live_chart"},
        "url": "/live/chart/read",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReadChartResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_live_chart", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReadChartResponse | None:
    if response.status_code == 200:
        response_200 = ReadChartResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ReadChartResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveChartRequest,
) -> Response[ReadChartResponse]:
    """Read the points of a live algorithm's chart

     Returns one chart of the project's live algorithm, sampled to about `count` points between the Unix
    times `start` and `end`. The platform builds the sampled chart on the first request: until it is
    ready the answer has no `chart` but `status: loading` and a `progress`, so ask again a little later.

    Args:
        body (ReadLiveChartRequest): Which chart of a live algorithm to read, over which period,
            with about how many points.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadChartResponse]
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
    body: ReadLiveChartRequest,
) -> ReadChartResponse | None:
    """Read the points of a live algorithm's chart

     Returns one chart of the project's live algorithm, sampled to about `count` points between the Unix
    times `start` and `end`. The platform builds the sampled chart on the first request: until it is
    ready the answer has no `chart` but `status: loading` and a `progress`, so ask again a little later.

    Args:
        body (ReadLiveChartRequest): Which chart of a live algorithm to read, over which period,
            with about how many points.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadChartResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveChartRequest,
) -> Response[ReadChartResponse]:
    """Read the points of a live algorithm's chart

     Returns one chart of the project's live algorithm, sampled to about `count` points between the Unix
    times `start` and `end`. The platform builds the sampled chart on the first request: until it is
    ready the answer has no `chart` but `status: loading` and a `progress`, so ask again a little later.

    Args:
        body (ReadLiveChartRequest): Which chart of a live algorithm to read, over which period,
            with about how many points.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadChartResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadLiveChartRequest,
) -> ReadChartResponse | None:
    """Read the points of a live algorithm's chart

     Returns one chart of the project's live algorithm, sampled to about `count` points between the Unix
    times `start` and `end`. The platform builds the sampled chart on the first request: until it is
    ready the answer has no `chart` but `status: loading` and a `progress`, so ask again a little later.

    Args:
        body (ReadLiveChartRequest): Which chart of a live algorithm to read, over which period,
            with about how many points.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadChartResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
