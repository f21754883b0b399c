from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.read_backtest_log_request import ReadBacktestLogRequest
from ...models.read_backtest_log_response import ReadBacktestLogResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ReadBacktestLogRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "read_backtest_log"},
        "url": "/backtests/read/log",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReadBacktestLogResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("read_backtest_log", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReadBacktestLogResponse | None:
    if response.status_code == 200:
        response_200 = ReadBacktestLogResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReadBacktestLogResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadBacktestLogRequest,
) -> Response[ReadBacktestLogResponse]:
    """Read a window of a backtest's log

     Returns the lines the algorithm logged, oldest first: those with index from `start` (inclusive) to
    `end` (exclusive) among the lines that contain `query` (ignoring case; `""` or null for every line).
    A window holds at most 200 lines: a larger `end - start` is refused with `success` false. `length`
    counts all the matching lines, so `start` can step by 200 until it reaches `length`. A running
    backtest has the lines logged so far. QuantConnect's document added this operation in 2026; the
    platform terms forbid using it to export market data.

    Args:
        body (ReadBacktestLogRequest): Which backtest's log to read, by index range among the
            lines matching `query` (`end - start` at most
            200). The platform refuses a request without `query`; send `""` (or null) for every line.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadBacktestLogResponse]
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
    body: ReadBacktestLogRequest,
) -> ReadBacktestLogResponse | None:
    """Read a window of a backtest's log

     Returns the lines the algorithm logged, oldest first: those with index from `start` (inclusive) to
    `end` (exclusive) among the lines that contain `query` (ignoring case; `""` or null for every line).
    A window holds at most 200 lines: a larger `end - start` is refused with `success` false. `length`
    counts all the matching lines, so `start` can step by 200 until it reaches `length`. A running
    backtest has the lines logged so far. QuantConnect's document added this operation in 2026; the
    platform terms forbid using it to export market data.

    Args:
        body (ReadBacktestLogRequest): Which backtest's log to read, by index range among the
            lines matching `query` (`end - start` at most
            200). The platform refuses a request without `query`; send `""` (or null) for every line.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadBacktestLogResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadBacktestLogRequest,
) -> Response[ReadBacktestLogResponse]:
    """Read a window of a backtest's log

     Returns the lines the algorithm logged, oldest first: those with index from `start` (inclusive) to
    `end` (exclusive) among the lines that contain `query` (ignoring case; `""` or null for every line).
    A window holds at most 200 lines: a larger `end - start` is refused with `success` false. `length`
    counts all the matching lines, so `start` can step by 200 until it reaches `length`. A running
    backtest has the lines logged so far. QuantConnect's document added this operation in 2026; the
    platform terms forbid using it to export market data.

    Args:
        body (ReadBacktestLogRequest): Which backtest's log to read, by index range among the
            lines matching `query` (`end - start` at most
            200). The platform refuses a request without `query`; send `""` (or null) for every line.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadBacktestLogResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadBacktestLogRequest,
) -> ReadBacktestLogResponse | None:
    """Read a window of a backtest's log

     Returns the lines the algorithm logged, oldest first: those with index from `start` (inclusive) to
    `end` (exclusive) among the lines that contain `query` (ignoring case; `""` or null for every line).
    A window holds at most 200 lines: a larger `end - start` is refused with `success` false. `length`
    counts all the matching lines, so `start` can step by 200 until it reaches `length`. A running
    backtest has the lines logged so far. QuantConnect's document added this operation in 2026; the
    platform terms forbid using it to export market data.

    Args:
        body (ReadBacktestLogRequest): Which backtest's log to read, by index range among the
            lines matching `query` (`end - start` at most
            200). The platform refuses a request without `query`; send `""` (or null) for every line.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadBacktestLogResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
