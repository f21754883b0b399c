"""Helpers shared by the end-to-end tests (test_e2e_*.py): a fast mock subprocess, sync/async calls, polling.

Every e2e test talks to `python -m mock_server` over real HTTP through auth_plugin.create_client and the generated
package; `Api` runs each operation through either its sync or its async function, so one test body covers both.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol, TypeVar, Unpack

from quantconnect_client import Client
from quantconnect_client.types import Unset

from auth_plugin import ClientOptions, RetryPolicy, create_client
from tests.conftest import start_mock_server, stop_mock_server

__all__ = [
    "FAST_RETRIES",
    "FAST_TIMINGS",
    "MODES",
    "POLL_INTERVAL",
    "POLL_TIMEOUT",
    "Api",
    "Endpoint",
    "Server",
    "given",
    "make_api",
    "poll",
    "running_server",
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


class Endpoint(Protocol[BodyT, ResultT]):
    """A generated operation module, e.g. quantconnect_client.api.backtests.read_backtest."""

    def sync(self, *, client: Client, body: BodyT) -> ResultT | None: ...

    async def asyncio(self, *, client: Client, body: BodyT) -> ResultT | None: ...


@dataclass(frozen=True)
class Server:
    base_url: str
    user_id: str
    api_token: str
    project_id: int
    compile_id: str


@contextmanager
def running_server(*args: str) -> Iterator[Server]:
    """`python -m mock_server <args>` (with its demo data) as a subprocess, stopped on exit."""
    process, info = start_mock_server(*args)
    try:
        yield Server(info["base_url"], info["user_id"], info["api_token"], info["project_id"], info["compile_id"])
    finally:
        stop_mock_server(process)


@dataclass
class Api:
    """Calls generated operations through one client, with its sync or its async functions."""

    client: Client
    mode: str

    async def __call__(self, endpoint: Endpoint[BodyT, T], body: BodyT) -> T:
        if self.mode == "sync":
            result = endpoint.sync(client=self.client, body=body)
        else:
            result = await endpoint.asyncio(client=self.client, body=body)
        assert result is not None
        return result


def make_api(server: Server, mode: str, headers: dict[str, str] | None = None, **options: Unpack[ClientOptions]) -> Api:
    """An Api over a fresh create_client() client; `headers` go on every request (e.g. the mock's fault headers)."""
    options.setdefault("retry", FAST_RETRIES)
    if headers:
        options["httpx_args"] = {"headers": headers}
    return Api(create_client(server.user_id, server.api_token, base_url=server.base_url, **options), mode)


def given(value: T | Unset | None) -> T:
    """The value of an optional model field that must be present."""
    assert value is not None and not isinstance(value, Unset)
    return value


async def poll(read: Callable[[], Awaitable[T]], done: Callable[[T], bool]) -> T:
    """Read until `done` says so; polls a state, it does not wait for a server."""
    deadline = time.monotonic() + POLL_TIMEOUT
    while True:
        result = await read()
        if done(result):
            return result
        assert time.monotonic() < deadline, f"still not done after {POLL_TIMEOUT} s: {result}"
        await asyncio.sleep(POLL_INTERVAL)
