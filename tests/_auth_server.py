"""A local stand-in for the QuantConnect API used by the auth_plugin and client tests.

It verifies the signature like the real service, and can be scripted to fail, throttle, stall, redirect, send
non-JSON or run on a skewed clock. With `stateful`, deletes and renames act on a small store, so a scripted
failure can come *after* the work was done (`Reply(run=True)`). Served by uvicorn on 127.0.0.1 from a background
thread; readiness is polled, never waited for with a fixed sleep.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

USER_ID = "4242"
API_TOKEN = "tok-7f3a9c1e5b-very-secret"
BASE_PATH = "/api/v2"
STALL_POLL = 0.01  # how often a stalled answer checks whether the test released it


@dataclass
class Reply:
    """A scripted reply, served instead of the normal answer to the next request.

    `delay` stalls the answer (to trigger client read timeouts) until it passes or the test ends. With `run`, the
    request is first handled normally (an authenticated delete deletes), as when a server acts but its answer is
    lost or replaced by a gateway's 503.
    """

    status: int = 200
    body: bytes | dict[str, object] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    run: bool = False


@dataclass
class Seen:
    """What the server saw of one request."""

    operation: str
    timestamp: str | None
    authorization: str | None
    authenticated: bool
    body: bytes


class ServerState:
    """Mutable behaviour of the server, reset between tests."""

    def __init__(self) -> None:
        self.generation = 0
        self.reset()

    def reset(self) -> None:
        self.generation += 1  # releases answers still stalled by the previous test
        self.script: deque[Reply] = deque()
        self.requests: list[Seen] = []
        self.clock_offset = 0.0  # seconds the server's clock runs ahead of the real one
        self.tolerance = 30.0  # how stale a Timestamp may be
        self.reject_with_401 = False  # answer bad auth with 401 instead of 200 + "Hash doesn't match."
        self.user_id, self.api_token = USER_ID, API_TOKEN  # the credentials the server accepts
        self.stateful = False  # backtests/read|delete and files/create|update use the stores below, not the echo
        self.backtests: set[str] = set()
        self.files: dict[tuple[int, str], str] = {}

    def fail(self, *replies: Reply) -> None:
        self.script.extend(replies)

    def release(self) -> None:
        """End every stalled answer now (the server is stopping or the test is over)."""
        self.generation += 1


def expected_authorization(timestamp: str, user_id: str = USER_ID, api_token: str = API_TOKEN) -> str:
    digest = hashlib.sha256(f"{api_token}:{timestamp}".encode()).hexdigest()
    return "Basic " + base64.b64encode(f"{user_id}:{digest}".encode()).decode()


def backtest(backtest_id: str) -> dict[str, object]:
    """A `backtest` object with the fields openapi.yaml requires (the maps empty, as the platform may send them)."""
    return {
        "backtestId": backtest_id,
        "name": "EMA cross",
        "status": "Completed.",
        "completed": True,
        "progress": 1.0,
        "created": "2024-01-02 03:04:05",
        "statistics": [],
        "runtimeStatistics": [],
        "charts": [],
        "rollingWindow": [],
    }


def _json(payload: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(payload), status, headers=headers, media_type="application/json")


_DONE: dict[str, object] = {"success": True, "errors": []}


def _work(state: ServerState, operation: str, payload: Any) -> dict[str, object]:
    """The normal answer to an authenticated request; with `stateful`, reads and changes the stores."""
    echo = {"success": True, "operation": operation, "echo": payload}
    if not state.stateful or not isinstance(payload, dict):
        return echo
    if operation == "backtests/read":
        backtest_id = str(payload.get("backtestId"))
        if backtest_id in state.backtests:
            return {"success": True, "errors": [], "backtest": backtest(backtest_id)}
        return {"success": False, "errors": [f"Backtest not found: {backtest_id}"]}
    if operation == "backtests/delete":
        backtest_id = str(payload.get("backtestId"))
        if backtest_id not in state.backtests:
            return {"success": False, "errors": [f"Backtest not found: {backtest_id}"]}
        state.backtests.discard(backtest_id)
        return _DONE
    if operation == "files/create":
        key = (int(payload.get("projectId", 0)), str(payload.get("name")))
        if key in state.files:
            return {"success": False, "errors": [f"File already exists: {key[1]}"]}
        state.files[key] = str(payload.get("content", ""))
        return {"success": True, "errors": [], "files": [{"name": key[1], "content": state.files[key]}]}
    if operation == "files/update" and "newName" in payload:
        key = (int(payload.get("projectId", 0)), str(payload.get("name")))
        if key not in state.files:
            return {"success": False, "errors": [f"File not found: {key[1]}"]}
        state.files[(key[0], str(payload["newName"]))] = state.files.pop(key)
        return _DONE
    return echo


async def _stall(state: ServerState, seconds: float) -> None:
    generation, until = state.generation, time.monotonic() + seconds
    while time.monotonic() < until and state.generation == generation:
        await asyncio.sleep(STALL_POLL)


def build_app(state: ServerState) -> Starlette:
    async def api(request: Request) -> Response:
        operation = request.path_params["operation"]
        body = await request.body()
        now = time.time() + state.clock_offset
        stamp = request.headers.get("timestamp")
        authorization = request.headers.get("authorization")
        fresh = stamp is not None and stamp.isdigit() and abs(now - int(stamp)) <= state.tolerance
        authenticated = (
            fresh
            and stamp is not None
            and authorization == expected_authorization(stamp, state.user_id, state.api_token)
        )
        state.requests.append(Seen(operation, stamp, authorization, authenticated, body))
        headers = {"date": formatdate(now, usegmt=True)}
        try:
            payload = json.loads(body) if body else None
        except ValueError:
            payload = None
        if state.script:
            reply = state.script.popleft()
            if reply.run and authenticated:
                _work(state, operation, payload)
            if reply.delay:
                await _stall(state, reply.delay)
            if isinstance(reply.body, dict):
                return _json(reply.body, reply.status, {**headers, **reply.headers})
            return Response(reply.body, reply.status, headers={**headers, **reply.headers})
        if stamp is None or authorization is None:
            return _json(
                {"success": False, "errors": ["Missing credentials"]}, 401, {**headers, "www-authenticate": "Basic"}
            )
        if not authenticated:
            if state.reject_with_401:
                return _json({"success": False}, 401, {**headers, "www-authenticate": "Basic"})
            return _json({"success": False, "errors": ["Hash doesn't match."]}, 200, headers)
        return _json(_work(state, operation, payload), 200, headers)

    return Starlette(routes=[Route(BASE_PATH + "/{operation:path}", api, methods=["POST"])])


@contextmanager
def serve(state: ServerState, port: int = 0) -> Iterator[str]:
    """Run the app until the block exits; yields its base URL. `port` 0 picks a free one."""
    # proto=IPPROTO_TCP lets asyncio set TCP_NODELAY on accepted connections; without it every keep-alive
    # response stalls ~40 ms on delayed ACKs.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen()
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        build_app(state), log_level="warning", lifespan="off", date_header=False, server_header=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    ready = threading.Event()
    deadline = time.monotonic() + 10
    while not server.started:  # poll readiness; the bound socket already queues early connections
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        ready.wait(0.005)
    try:
        yield f"http://127.0.0.1:{port}{BASE_PATH}"
    finally:
        state.release()  # stalled answers would hold up the shutdown
        server.should_exit = True
        thread.join(10)
        sock.close()


def free_port() -> int:
    """A port on 127.0.0.1 on which nothing listens (until a test starts a server there)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def closed_port_url(port: int | None = None) -> str:
    """A base URL on which nothing listens, so connecting fails at once."""
    return f"http://127.0.0.1:{free_port() if port is None else port}{BASE_PATH}"
