from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.code_completion_request import CodeCompletionRequest
from ...models.code_completion_response import CodeCompletionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CodeCompletionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "complete_ai_code"},
        "url": "/ai/tools/complete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CodeCompletionResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("complete_ai_code", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CodeCompletionResponse | None:
    if response.status_code == 200:
        response_200 = CodeCompletionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CodeCompletionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CodeCompletionRequest,
) -> Response[CodeCompletionResponse]:
    """Complete a piece of algorithm code

     Suggests how the text in `sentence` may go on, from the LEAN API (`self.add_eq` ->
    `self.add_equity`, or
    `AddEq` -> `AddEquity` in C#), at most `responseSizeLimit` suggestions.

    Args:
        body (CodeCompletionRequest): The text to complete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeCompletionResponse]
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
    body: CodeCompletionRequest,
) -> CodeCompletionResponse | None:
    """Complete a piece of algorithm code

     Suggests how the text in `sentence` may go on, from the LEAN API (`self.add_eq` ->
    `self.add_equity`, or
    `AddEq` -> `AddEquity` in C#), at most `responseSizeLimit` suggestions.

    Args:
        body (CodeCompletionRequest): The text to complete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeCompletionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CodeCompletionRequest,
) -> Response[CodeCompletionResponse]:
    """Complete a piece of algorithm code

     Suggests how the text in `sentence` may go on, from the LEAN API (`self.add_eq` ->
    `self.add_equity`, or
    `AddEq` -> `AddEquity` in C#), at most `responseSizeLimit` suggestions.

    Args:
        body (CodeCompletionRequest): The text to complete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeCompletionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CodeCompletionRequest,
) -> CodeCompletionResponse | None:
    """Complete a piece of algorithm code

     Suggests how the text in `sentence` may go on, from the LEAN API (`self.add_eq` ->
    `self.add_equity`, or
    `AddEq` -> `AddEquity` in C#), at most `responseSizeLimit` suggestions.

    Args:
        body (CodeCompletionRequest): The text to complete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeCompletionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
