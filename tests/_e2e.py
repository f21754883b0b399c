"""Helpers shared by the end-to-end tests (test_e2e_*.py): a fast mock subprocess, the typed clients, polling.

Every e2e test talks to `python -m mock_server` (a real HTTP server on 127.0.0.1) through `QuantConnect` or
`AsyncQuantConnect`. `run()` awaits what an async client's method returns and passes a sync client's result
through, so one test body covers both: `await run(client.backtests.read(project_id=..., backtest_id=...))`.
`LowLevel` does the same for the few checks of what only the low-level `create_client()` client shows (the raw
answer's envelope, its `clock` option): it calls a generated operation module's sync or async function.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Protocol, TypeAlias, TypeVar, Unpack

from quantconnect_client import AsyncQuantConnect, Client, QuantConnect

from auth_plugin import ClientOptions, RetryPolicy, create_client
from mock_server.launcher import MockServer

__all__ = [
    "FAST_RETRIES",
    "FAST_TIMINGS",
    "MODES",
    "POLL_INTERVAL",
    "POLL_TIMEOUT",
    "AnyClient",
    "Endpoint",
    "LowLevel",
    "Server",
    "connect",
    "low_level",
    "poll",
    "run",
]

BodyT = TypeVar("BodyT", contravariant=True)
ResultT = TypeVar("ResultT", covariant=True)
T = TypeVar("T")

POLL_INTERVAL = 0.05
POLL_TIMEOUT = 30.0
FAST_RETRIES = RetryPolicy(backoff_base=0.01, backoff_max=0.05, jitter=0.0)
# Compiles and backtests that finish in well under a second.
FAST_TIMINGS = ("--backtest-seconds", "0.3", "--queue-seconds", "0.1", "--compile-seconds", "0.1")
MODES = ["sync", "async"]

AnyClient: TypeAlias = QuantConnect | AsyncQuantConnect
"""The client a test body runs against: one of each per test (the `mode` fixture)."""


Server: TypeAlias = MockServer
"""A running mock: base URL, credentials and demo ids (`project_id`, `compile_id`) of mock_server.launcher."""


async def run(value: Awaitable[T] | T) -> T:
    """The result of a client call: awaited for an AsyncQuantConnect, as it is for a QuantConnect."""
    if inspect.isawaitable(value):
        return await value
    return value


@asynccontextmanager
async def connect(server: Server, mode: str, **options: Any) -> AsyncIterator[AnyClient]:
    """A QuantConnect (`mode` "sync") or AsyncQuantConnect ("async") for the server, closed on exit.

    `options` are the clients' keyword options (timeout, retry, deadline, default_headers, ...); retries are fast
    unless `retry` says otherwise.
    """
    options.setdefault("retry", FAST_RETRIES)
    kind = QuantConnect if mode == "sync" else AsyncQuantConnect
    client = kind(server.user_id, server.api_token, base_url=server.base_url, **options)
    try:
        yield client
    finally:
        await run(client.close())


async def poll(read: Callable[[], Awaitable[T]], done: Callable[[T], bool]) -> T:
    """Read until `done` says so; polls a state, it does not wait for a server."""
    deadline = time.monotonic() + POLL_TIMEOUT
    while True:
        result = await read()
        if done(result):
            return result
        assert time.monotonic() < deadline, f"still not done after {POLL_TIMEOUT} s: {result}"
        await asyncio.sleep(POLL_INTERVAL)


# ----- the low-level client ----------------------------------------------------------------------------------------


class Endpoint(Protocol[BodyT, ResultT]):
    """A generated operation module, e.g. quantconnect_client.api.backtests.read_backtest."""

    def sync(self, *, client: Client, body: BodyT) -> ResultT | None: ...

    async def asyncio(self, *, client: Client, body: BodyT) -> ResultT | None: ...


@dataclass
class LowLevel:
    """Calls generated operation modules through one `create_client()` client, sync or async."""

    client: Client
    mode: str

    async def __call__(self, endpoint: Endpoint[BodyT, T], body: BodyT) -> T:
        if self.mode == "sync":
            result = endpoint.sync(client=self.client, body=body)
        else:
            result = await endpoint.asyncio(client=self.client, body=body)
        # The operation modules answer None only for an unexpected status, which create_client() raises for.
        assert result is not None
        return result


@asynccontextmanager
async def low_level(server: Server, mode: str, **options: Unpack[ClientOptions]) -> AsyncIterator[LowLevel]:
    """A LowLevel over a fresh create_client() client (fast retries unless `retry` is given), closed on exit."""
    options.setdefault("retry", FAST_RETRIES)
    client = create_client(server.user_id, server.api_token, base_url=server.base_url, **options)
    try:
        yield LowLevel(client, mode)
    finally:
        client.get_httpx_client().close()
        await client.get_async_httpx_client().aclose()
