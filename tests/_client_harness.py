"""Drive `QuantConnect` / `AsyncQuantConnect` and the low-level `create_client` alike, against `_auth_server`.

A test is written once as `await api.run(lambda client: client.backtests.read(...))` and runs in both modes: the
sync client's call returns the result, the async one's an awaitable, which `run` awaits. Sleeps are recorded
and never waited; `on_sleep` lets a test act between attempts (start a server on a refused port, step a clock).
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable
from typing import Any

import httpx
from quantconnect_client import AsyncQuantConnect, Client, QuantConnect

from auth_plugin import RetryPolicy, create_client
from tests._auth_server import API_TOKEN, USER_ID

MODES = ("sync", "async")
NO_JITTER = RetryPolicy(jitter=0.0, backoff_base=1.0)
# Fails read timeouts fast; the generous connect timeout keeps a loaded machine from failing the connect instead.
SHORT_READ = httpx.Timeout(10.0, read=0.2)


class SteppedClock:
    """Real time plus whatever the recorded sleeps "waited", so every retry may carry a later timestamp."""

    def __init__(self) -> None:
        self.advanced = 0.0

    def __call__(self) -> float:
        return time.time() + self.advanced


class Sleeps:
    """The injected sleep of a client: records delays, advances `clock`, calls `on_sleep`; never waits."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self.clock = SteppedClock()
        self.on_sleep: Callable[[float], None] | None = None

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.clock.advanced += max(seconds, 1.0)
        if self.on_sleep is not None:
            self.on_sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)


class Api:
    """A QuantConnect (mode "sync") or AsyncQuantConnect (mode "async") whose sleeps are recorded."""

    def __init__(
        self,
        mode: str,
        *args: Any,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        sleeps: Sleeps | None = None,
        **options: Any,
    ) -> None:
        self.mode = mode
        self.sleeps = sleeps or Sleeps()
        self.http_client = http_client
        self.client: QuantConnect | AsyncQuantConnect
        if mode == "sync":
            assert http_client is None or isinstance(http_client, httpx.Client)
            self.client = QuantConnect(*args, http_client=http_client, sleep=self.sleeps, **options)
        else:
            assert http_client is None or isinstance(http_client, httpx.AsyncClient)
            self.client = AsyncQuantConnect(*args, http_client=http_client, sleep=self.sleeps.asleep, **options)

    @classmethod
    def signed(cls, mode: str, base_url: str, **options: Any) -> Api:
        """A client with the test server's credentials (unless `options` name others)."""
        return cls(mode, **{"user_id": USER_ID, "api_token": API_TOKEN, "base_url": base_url, **options})

    async def run(self, call: Callable[[Any], Any]) -> Any:
        """`call(client)`, awaited in async mode."""
        return await settle(call(self.client))

    async def close(self) -> None:
        await settle(self.client.close())
        if isinstance(self.http_client, httpx.Client):
            self.http_client.close()
        elif isinstance(self.http_client, httpx.AsyncClient):
            await self.http_client.aclose()


class LowLevel:
    """The low-level generated `Client` from `create_client`, called through an endpoint module's sync or async
    function, with recorded sleeps."""

    def __init__(self, mode: str, *args: Any, sleeps: Sleeps | None = None, **options: Any) -> None:
        self.mode = mode
        self.sleeps = sleeps or Sleeps()
        options.setdefault("sleep", self.sleeps)
        options.setdefault("async_sleep", self.sleeps.asleep)
        self.client: Client = create_client(*args, **options)

    @classmethod
    def signed(cls, mode: str, base_url: str, **options: Any) -> LowLevel:
        return cls(mode, **{"user_id": USER_ID, "api_token": API_TOKEN, "base_url": base_url, **options})

    async def run(self, endpoint: Any, body: Any = None) -> Any:
        """`endpoint.sync_detailed(...)` or `await endpoint.asyncio_detailed(...)`; returns the generated Response."""
        kwargs: dict[str, Any] = {"client": self.client}
        if body is not None:
            kwargs["body"] = body
        if self.mode == "sync":
            return endpoint.sync_detailed(**kwargs)
        return await endpoint.asyncio_detailed(**kwargs)

    async def close(self) -> None:
        self.client.get_httpx_client().close()
        await self.client.get_async_httpx_client().aclose()


async def settle(value: Any) -> Any:
    """`value`, awaited if it is awaitable."""
    if inspect.isawaitable(value):
        return await value
    return value
