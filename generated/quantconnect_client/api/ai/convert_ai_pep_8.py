from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pep8_convert_request import PEP8ConvertRequest
from ...models.pep8_convert_response import PEP8ConvertResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PEP8ConvertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "convert_ai_pep_8"},
        "url": "/ai/tools/pep8-convert",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PEP8ConvertResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("convert_ai_pep_8", response, exc) from exc


def _read_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PEP8ConvertResponse | None:
    if response.status_code == 200:
        response_200 = PEP8ConvertResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PEP8ConvertResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PEP8ConvertRequest,
) -> Response[PEP8ConvertResponse]:
    """Convert Python code to the PEP 8 API

     Rewrites Python files from the LEAN API's PascalCase names to its snake_case ones
    (`self.SetStartDate(` ->
    `self.set_start_date(`, `def OnData` -> `def on_data`, `Resolution.Daily` -> `Resolution.DAILY`) and
    answers
    with every file, converted, by name.

    Args:
        body (PEP8ConvertRequest): The Python files to convert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PEP8ConvertResponse]
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
    body: PEP8ConvertRequest,
) -> PEP8ConvertResponse | None:
    """Convert Python code to the PEP 8 API

     Rewrites Python files from the LEAN API's PascalCase names to its snake_case ones
    (`self.SetStartDate(` ->
    `self.set_start_date(`, `def OnData` -> `def on_data`, `Resolution.Daily` -> `Resolution.DAILY`) and
    answers
    with every file, converted, by name.

    Args:
        body (PEP8ConvertRequest): The Python files to convert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PEP8ConvertResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PEP8ConvertRequest,
) -> Response[PEP8ConvertResponse]:
    """Convert Python code to the PEP 8 API

     Rewrites Python files from the LEAN API's PascalCase names to its snake_case ones
    (`self.SetStartDate(` ->
    `self.set_start_date(`, `def OnData` -> `def on_data`, `Resolution.Daily` -> `Resolution.DAILY`) and
    answers
    with every file, converted, by name.

    Args:
        body (PEP8ConvertRequest): The Python files to convert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PEP8ConvertResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PEP8ConvertRequest,
) -> PEP8ConvertResponse | None:
    """Convert Python code to the PEP 8 API

     Rewrites Python files from the LEAN API's PascalCase names to its snake_case ones
    (`self.SetStartDate(` ->
    `self.set_start_date(`, `def OnData` -> `def on_data`, `Resolution.Daily` -> `Resolution.DAILY`) and
    answers
    with every file, converted, by name.

    Args:
        body (PEP8ConvertRequest): The Python files to convert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PEP8ConvertResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
