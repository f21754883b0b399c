"""Transports for low-level httpx clients: the same request loop as `QuantConnect`, below httpx.

They wrap the real transport because httpx's auth flow never sees transport errors (connect failures,
timeouts). Which operation a request is, and so whether it may be resent, comes from the spec: the generated
endpoint modules stamp the operationId on each request (`extensions["qc_operation"]`), and the generated
registry maps operationIds and paths to `Operation`s.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable, Mapping

import httpx

from .flow import FlowSettings, Outcome, request_flow, run_async, run_sync
from .operation import Operation, unknown_operation

__all__ = ["MAYBE_DONE", "OPERATION", "AsyncRetryTransport", "RetryTransport", "operation_for"]

OPERATION = "qc_operation"
"""Request extension naming the operationId (set by the generated endpoint modules)."""
MAYBE_DONE = "qc_maybe_done_before"
"""Response extension: an earlier attempt may have done the work (see `Outcome.maybe_done_before`)."""


@functools.cache
def _registry() -> tuple[Mapping[str, Operation], Mapping[str, Operation]]:
    # Deferred: the generated package imports auth_plugin, not the other way round at import time.
    from quantconnect_client._operations import OPERATIONS

    return OPERATIONS, {operation.path: operation for operation in OPERATIONS.values()}


def operation_for(request: httpx.Request, base_path: str) -> Operation:
    """The spec's operation for `request`: by the stamped operationId, else by path, else an unknown one."""
    by_name, by_path = _registry()
    name = request.extensions.get(OPERATION)
    if isinstance(name, str) and name in by_name:
        return by_name[name]
    path = request.url.path
    if base_path and path.startswith(base_path):
        path = path[len(base_path) :]
    path = "/" + path.strip("/")
    return by_path.get(path) or unknown_operation(path)


def _finish(outcome: Outcome) -> httpx.Response:
    outcome.response.extensions[MAYBE_DONE] = outcome.maybe_done_before
    return outcome.response


class RetryTransport(httpx.BaseTransport):
    """Sync transport wrapper running the request loop (sign, retry, skew) around `transport`."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        settings: FlowSettings,
        *,
        base_path: str = "",
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._transport = transport
        self._settings = settings
        self._base_path = base_path.rstrip("/")
        self._sleep = sleep

    def _send(self, request: httpx.Request) -> httpx.Response:
        response = self._transport.handle_request(request)
        response.request = request  # httpx sets it only above the transport; the loop reads it to check the origin
        try:
            response.read()
        finally:
            response.close()
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a read body can be sent again
        operation = operation_for(request, self._base_path)
        return _finish(run_sync(request_flow(request, operation, self._settings), self._send, self._sleep))

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of RetryTransport: the same loop, awaited."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        settings: FlowSettings,
        *,
        base_path: str = "",
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._transport = transport
        self._settings = settings
        self._base_path = base_path.rstrip("/")
        self._sleep = sleep

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self._transport.handle_async_request(request)
        response.request = request
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        operation = operation_for(request, self._base_path)
        return _finish(await run_async(request_flow(request, operation, self._settings), self._send, self._sleep))

    async def aclose(self) -> None:
        await self._transport.aclose()
