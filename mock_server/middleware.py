"""Outermost ASGI layer: the server clock (with any skew), a `Date` header on every response, and faults.

It sits outside Starlette so that `send` is still the server's own: that is what lets `drop` close the
connection under uvicorn without any response at all.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .clock import Clock
from .faults import Fault, FaultPlan
from .wire import http_date

__all__ = ["API_PREFIX", "SERVER_TIME", "DroppedConnection", "ServerMiddleware", "Sleep"]

API_PREFIX = "/api/v2/"
SERVER_TIME = "mock_server.server_time"  # scope key: the request's server clock, skew included
FAULT_HEADER = "x-mock-fault"
TIMES_HEADER = "x-mock-fault-times"
KEY_HEADER = "x-mock-fault-key"
Sleep = Callable[[float], Awaitable[None]]

_SLASHES = re.compile(r"/{2,}")
_HTML = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


class DroppedConnection(ConnectionError):
    """Raised for `drop` when the server gives no way to close the connection (e.g. httpx.ASGITransport)."""


class ServerMiddleware:
    def __init__(self, app: ASGIApp, plan: FaultPlan, clock: Clock, sleep: Sleep = asyncio.sleep) -> None:
        self.app = app
        self.plan = plan
        self.clock = clock
        self.sleep = sleep

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw_send = send
        # Clients that join a base URL ending in "/" with "/operation" send "//"; the platform accepts that.
        path = _SLASHES.sub("/", scope["path"])
        scope = {**scope, "path": path, "raw_path": path.encode()}
        headers = Headers(scope=scope)
        faults: tuple[Fault, ...] = ()
        problem = ""
        if path.startswith(API_PREFIX):
            times, problem = _times(headers)
            try:
                if not problem:
                    faults = self.plan.take(headers.get(FAULT_HEADER), times, headers.get(KEY_HEADER))
            except ValueError as exc:
                problem = f"{FAULT_HEADER}: {exc}"
        now = self.clock() + self.plan.skew + sum(f.seconds for f in faults if f.kind == "skew")
        scope[SERVER_TIME] = now
        send = _with_date(send, http_date(now))
        if problem:
            await _json(send, 400, {"success": False, "errors": [problem]})
            return
        for fault in faults:
            if fault.kind == "slow":
                await self.sleep(fault.seconds)
        kinds = {f.kind: f for f in faults}
        if "drop" in kinds:
            await _drop(raw_send)
        elif "status" in kinds:
            await _status(send, kinds["status"])
        elif "non-json" in kinds:
            await _raw(send, kinds["non-json"].status, _HTML, b"text/html; charset=utf-8")
        elif "truncated" in kinds:
            await _truncated(self.app, scope, receive, send)
        else:
            await self.app(scope, receive, send)


def _times(headers: Headers) -> tuple[int | None, str]:
    """The `X-Mock-Fault-Times` count (None when absent), or why it is not one."""
    times = headers.get(TIMES_HEADER)
    if not times:
        return None, ""
    if not (times.isascii() and times.isdigit() and len(times) <= 9):
        return None, f"{TIMES_HEADER}: expected a count of requests, not {times[:20]!r}"
    return int(times), ""


def _with_date(send: Send, date: str) -> Send:
    async def sender(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
            message = {**message, "headers": [*headers, (b"date", date.encode("latin-1"))]}
        await send(message)

    return sender


Extra = tuple[tuple[bytes, bytes], ...]


async def _raw(send: Send, status: int, body: bytes, content_type: bytes, extra: Extra = ()) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _json(send: Send, status: int, payload: Any, extra: Extra = ()) -> None:
    await _raw(send, status, json.dumps(payload).encode(), b"application/json", extra)


async def _status(send: Send, fault: Fault) -> None:
    extra = ((b"retry-after", f"{fault.seconds:g}".encode()),) if fault.status == 429 else ()
    await _json(send, fault.status, {"success": False, "errors": [f"Mock fault: HTTP {fault.status}"]}, extra)


async def _truncated(app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    messages: list[Message] = []

    async def capture(message: Message) -> None:
        messages.append(message)

    await app(scope, receive, capture)
    start = next(m for m in messages if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    half = body[: len(body) // 2]
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    await send({**start, "headers": [*headers, (b"content-length", str(len(half)).encode())]})
    await send({"type": "http.response.body", "body": half})


async def _drop(send: Send) -> None:
    # uvicorn passes a bound method of its per-request cycle object, which holds the connection's transport.
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise DroppedConnection("mock fault: connection dropped")
    transport.close()
    # Wait until uvicorn has seen the disconnect, or it would answer 500 for the response we never started.
    for _ in range(100):
        if getattr(cycle, "disconnected", True):
            return
        await asyncio.sleep(0)
