from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_files_request import AiFilesRequest
from ...models.syntax_check_response import SyntaxCheckResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AiFilesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "check_ai_syntax"},
        "url": "/ai/tools/syntax-check",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SyntaxCheckResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("check_ai_syntax", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SyntaxCheckResponse | None:
    if response.status_code == 200:
        response_200 = SyntaxCheckResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SyntaxCheckResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AiFilesRequest,
) -> Response[SyntaxCheckResponse]:
    """Check the syntax of algorithm files

     Parses the files without running them. `payload` has one line per error, naming the file, line and
    column;
    `state` is `Error` when there is any, `End` when the code parses.

    Args:
        body (AiFilesRequest): The files of an algorithm and their language. (`BasicFilesRequest`
            in QuantConnect's document.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SyntaxCheckResponse]
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
    body: AiFilesRequest,
) -> SyntaxCheckResponse | None:
    """Check the syntax of algorithm files

     Parses the files without running them. `payload` has one line per error, naming the file, line and
    column;
    `state` is `Error` when there is any, `End` when the code parses.

    Args:
        body (AiFilesRequest): The files of an algorithm and their language. (`BasicFilesRequest`
            in QuantConnect's document.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SyntaxCheckResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AiFilesRequest,
) -> Response[SyntaxCheckResponse]:
    """Check the syntax of algorithm files

     Parses the files without running them. `payload` has one line per error, naming the file, line and
    column;
    `state` is `Error` when there is any, `End` when the code parses.

    Args:
        body (AiFilesRequest): The files of an algorithm and their language. (`BasicFilesRequest`
            in QuantConnect's document.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SyntaxCheckResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AiFilesRequest,
) -> SyntaxCheckResponse | None:
    """Check the syntax of algorithm files

     Parses the files without running them. `payload` has one line per error, naming the file, line and
    column;
    `state` is `Error` when there is any, `End` when the code parses.

    Args:
        body (AiFilesRequest): The files of an algorithm and their language. (`BasicFilesRequest`
            in QuantConnect's document.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SyntaxCheckResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
