from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backtest_report_request import BacktestReportRequest
from ...models.backtest_report_response import BacktestReportResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BacktestReportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_backtest_report"},
        "url": "/backtests/read/report",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BacktestReportResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_backtest_report", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BacktestReportResponse | None:
    if response.status_code == 200:
        response_200 = BacktestReportResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BacktestReportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BacktestReportRequest,
) -> Response[BacktestReportResponse]:
    """Read the report of a backtest

     Returns the backtest's report as one HTML document (charts embedded as base64 images). The first
    request starts building the report: until it is ready the answer has no `report` but
    `generating: true`, so ask again a little later. Only completed backtests have a report.

    Args:
        body (BacktestReportRequest): Which backtest's report to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestReportResponse]
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
    body: BacktestReportRequest,
) -> BacktestReportResponse | None:
    """Read the report of a backtest

     Returns the backtest's report as one HTML document (charts embedded as base64 images). The first
    request starts building the report: until it is ready the answer has no `report` but
    `generating: true`, so ask again a little later. Only completed backtests have a report.

    Args:
        body (BacktestReportRequest): Which backtest's report to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestReportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BacktestReportRequest,
) -> Response[BacktestReportResponse]:
    """Read the report of a backtest

     Returns the backtest's report as one HTML document (charts embedded as base64 images). The first
    request starts building the report: until it is ready the answer has no `report` but
    `generating: true`, so ask again a little later. Only completed backtests have a report.

    Args:
        body (BacktestReportRequest): Which backtest's report to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestReportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BacktestReportRequest,
) -> BacktestReportResponse | None:
    """Read the report of a backtest

     Returns the backtest's report as one HTML document (charts embedded as base64 images). The first
    request starts building the report: until it is ready the answer has no `report` but
    `generating: true`, so ask again a little later. Only completed backtests have a report.

    Args:
        body (BacktestReportRequest): Which backtest's report to read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestReportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
