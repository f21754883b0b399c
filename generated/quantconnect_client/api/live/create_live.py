from http import HTTPStatus
from typing import Any

import httpx

from auth_plugin.decode import READER_ERRORS, invalid_answer

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_live_algorithm_request import CreateLiveAlgorithmRequest
from ...models.create_live_algorithm_response import CreateLiveAlgorithmResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateLiveAlgorithmRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"qc_operation": "create_live"},
        "url": "/live/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateLiveAlgorithmResponse | None:
    try:
        return _read_response(client=client, response=response)
    except READER_ERRORS as exc:
        raise invalid_answer("create_live", response, exc) from exc


def _read_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateLiveAlgorithmResponse | None:
    if response.status_code == 200:
        response_200 = CreateLiveAlgorithmResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateLiveAlgorithmResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLiveAlgorithmRequest,
) -> Response[CreateLiveAlgorithmResponse]:
    """Deploy a live algorithm

     Starts live trading of a successful compile of the project on a live node, with the brokerage and
    the
    data providers given (`QuantConnectBrokerage` for paper trading). The deployment is queued first:
    poll `readLive` until its status is `Running`. A project runs one live algorithm at a time, so a
    deployment while another is running is refused. Not retried once the request may have been sent: a
    second deployment could start.

    Args:
        body (CreateLiveAlgorithmRequest): What to deploy, where, and with which brokerage and
            data providers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLiveAlgorithmResponse]
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
    body: CreateLiveAlgorithmRequest,
) -> CreateLiveAlgorithmResponse | None:
    """Deploy a live algorithm

     Starts live trading of a successful compile of the project on a live node, with the brokerage and
    the
    data providers given (`QuantConnectBrokerage` for paper trading). The deployment is queued first:
    poll `readLive` until its status is `Running`. A project runs one live algorithm at a time, so a
    deployment while another is running is refused. Not retried once the request may have been sent: a
    second deployment could start.

    Args:
        body (CreateLiveAlgorithmRequest): What to deploy, where, and with which brokerage and
            data providers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLiveAlgorithmResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLiveAlgorithmRequest,
) -> Response[CreateLiveAlgorithmResponse]:
    """Deploy a live algorithm

     Starts live trading of a successful compile of the project on a live node, with the brokerage and
    the
    data providers given (`QuantConnectBrokerage` for paper trading). The deployment is queued first:
    poll `readLive` until its status is `Running`. A project runs one live algorithm at a time, so a
    deployment while another is running is refused. Not retried once the request may have been sent: a
    second deployment could start.

    Args:
        body (CreateLiveAlgorithmRequest): What to deploy, where, and with which brokerage and
            data providers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLiveAlgorithmResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLiveAlgorithmRequest,
) -> CreateLiveAlgorithmResponse | None:
    """Deploy a live algorithm

     Starts live trading of a successful compile of the project on a live node, with the brokerage and
    the
    data providers given (`QuantConnectBrokerage` for paper trading). The deployment is queued first:
    poll `readLive` until its status is `Running`. A project runs one live algorithm at a time, so a
    deployment while another is running is refused. Not retried once the request may have been sent: a
    second deployment could start.

    Args:
        body (CreateLiveAlgorithmRequest): What to deploy, where, and with which brokerage and
            data providers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLiveAlgorithmResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
