"""A scripted local server, only for the client tests' scenarios that the mock (mock_server, with its
`X-Mock-Fault` / `/_mock/faults` fault injection) cannot play. Everything else runs against the mock.

What only a script can do, and so what this is for:
- answers of an exact shape or byte content: JSON of the wrong shape, a body cut right after a `}`, a failure
  with a message the mock has no cause to send (`Reply(status, body, headers)`), a `Retry-After` HTTP date;
- a 401 for a wrong token (`reject_with_401`) and a stale timestamp answered 200 "Hash doesn't match."
  (`clock_offset` without it): the mock answers the first 200, as the platform does, and the second 401;
- work done *before* a 503 or a stall (`Reply(run=True)` with `stateful` deletes and renames): the mock's
  faults never run the request first;
- a second origin that redirects point to, and a server started on a given port between two attempts;
- accepting names with a lone surrogate (the mock refuses them) to show what the client sent.

It checks the signature like the platform and records what it saw of each request. Served by uvicorn on
127.0.0.1 from a background thread; readiness is polled, never waited for with a fixed sleep.
"""

from __future__ import annotations

import asyncio
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

from auth_plugin.auth import signature_headers

USER_ID = "4242"
API_TOKEN = "tok-7f3a9c1e5b-very-secret"
BASE_PATH = "/api/v2"
STALL_POLL = 0.01  # how often a stalled answer checks whether the test released it
TOLERANCE = 30.0  # how stale a Timestamp may be


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
        self.reject_with_401 = False  # answer bad auth with 401 instead of 200 + "Hash doesn't match."
        self.stateful = False  # backtests/delete and files/create|update use the stores below, not the echo
        self.backtests: set[str] = set()
        self.files: dict[tuple[int, str], str] = {}

    def fail(self, *replies: Reply) -> None:
        self.script.extend(replies)

    def release(self) -> None:
        """End every stalled answer now (the server is stopping or the test is over)."""
        self.generation += 1


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
    """The normal answer to an authenticated request (an echo); with `stateful`, deletes and renames act."""
    echo = {"success": True, "operation": operation, "echo": payload}
    if not state.stateful or not isinstance(payload, dict):
        return echo
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
        fresh = stamp is not None and stamp.isdigit() and abs(now - int(stamp)) <= TOLERANCE
        authenticated = (
            fresh
            and stamp is not None
            and {"Timestamp": stamp, "Authorization": authorization}
            == signature_headers(USER_ID, API_TOKEN, int(stamp))
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
