from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_enhance_request import ErrorEnhanceRequest
from ...models.error_enhance_response import ErrorEnhanceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ErrorEnhanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "enhance_ai_error"},
        "url": "/ai/tools/error-enhance",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnhanceResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("enhance_ai_error", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnhanceResponse | None:
    if response.status_code == 200:
        response_200 = ErrorEnhanceResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnhanceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ErrorEnhanceRequest,
) -> Response[ErrorEnhanceResponse]:
    """Explain an algorithm error

     Explains an error message (and its stack trace) from a backtest or compile, with what usually fixes
    it.

    Args:
        body (ErrorEnhanceRequest): The error to explain.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnhanceResponse]
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
    body: ErrorEnhanceRequest,
) -> ErrorEnhanceResponse | None:
    """Explain an algorithm error

     Explains an error message (and its stack trace) from a backtest or compile, with what usually fixes
    it.

    Args:
        body (ErrorEnhanceRequest): The error to explain.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnhanceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ErrorEnhanceRequest,
) -> Response[ErrorEnhanceResponse]:
    """Explain an algorithm error

     Explains an error message (and its stack trace) from a backtest or compile, with what usually fixes
    it.

    Args:
        body (ErrorEnhanceRequest): The error to explain.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnhanceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ErrorEnhanceRequest,
) -> ErrorEnhanceResponse | None:
    """Explain an algorithm error

     Explains an error message (and its stack trace) from a backtest or compile, with what usually fixes
    it.

    Args:
        body (ErrorEnhanceRequest): The error to explain.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnhanceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
