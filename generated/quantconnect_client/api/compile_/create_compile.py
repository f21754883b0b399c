from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_compile_request import CreateCompileRequest
from ...models.create_compile_response import CreateCompileResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCompileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "create_compile"},
        "url": "/compile/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateCompileResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("create_compile", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateCompileResponse | None:
    if response.status_code == 200:
        response_200 = CreateCompileResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateCompileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompileRequest,
) -> Response[CreateCompileResponse]:
    """Start compiling a project

     Queues a build of the project's current files. The answer carries the compile id and, once the code
    was scanned, the parameters detected in each file; poll `readCompile` until the state is no longer
    `InQueue`. Only a `BuildSuccess` compile id can be backtested or optimized.

    Args:
        body (CreateCompileRequest): Which project to compile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCompileResponse]
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
    body: CreateCompileRequest,
) -> CreateCompileResponse | None:
    """Start compiling a project

     Queues a build of the project's current files. The answer carries the compile id and, once the code
    was scanned, the parameters detected in each file; poll `readCompile` until the state is no longer
    `InQueue`. Only a `BuildSuccess` compile id can be backtested or optimized.

    Args:
        body (CreateCompileRequest): Which project to compile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCompileResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompileRequest,
) -> Response[CreateCompileResponse]:
    """Start compiling a project

     Queues a build of the project's current files. The answer carries the compile id and, once the code
    was scanned, the parameters detected in each file; poll `readCompile` until the state is no longer
    `InQueue`. Only a `BuildSuccess` compile id can be backtested or optimized.

    Args:
        body (CreateCompileRequest): Which project to compile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCompileResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompileRequest,
) -> CreateCompileResponse | None:
    """Start compiling a project

     Queues a build of the project's current files. The answer carries the compile id and, once the code
    was scanned, the parameters detected in each file; poll `readCompile` until the state is no longer
    `InQueue`. Only a `BuildSuccess` compile id can be backtested or optimized.

    Args:
        body (CreateCompileRequest): Which project to compile.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCompileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
