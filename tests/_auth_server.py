"""A local stand-in for the QuantConnect API used by the auth_plugin tests.

It verifies the signature like the real service, and can be scripted to fail, throttle, stall, send non-JSON or
run on a skewed clock. Served by uvicorn on 127.0.0.1 from a background thread.
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

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

USER_ID = "4242"
API_TOKEN = "tok-7f3a9c1e5b-very-secret"
BASE_PATH = "/api/v2"


@dataclass
class Reply:
    """A scripted reply, served instead of the normal answer to the next request."""

    status: int = 200
    body: bytes | dict[str, object] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering, to trigger client read timeouts


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
        self.reset()

    def reset(self) -> None:
        self.script: deque[Reply] = deque()
        self.requests: list[Seen] = []
        self.clock_offset = 0.0  # seconds the server's clock runs ahead of the real one
        self.tolerance = 30.0  # how stale a Timestamp may be
        self.reject_with_401 = False  # answer bad auth with 401 instead of 200 + "Hash doesn't match."

    def fail(self, *replies: Reply) -> None:
        self.script.extend(replies)


def expected_authorization(timestamp: str) -> str:
    digest = hashlib.sha256(f"{API_TOKEN}:{timestamp}".encode()).hexdigest()
    return "Basic " + base64.b64encode(f"{USER_ID}:{digest}".encode()).decode()


def _json(payload: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(payload), status, headers=headers, media_type="application/json")


def build_app(state: ServerState) -> Starlette:
    async def api(request: Request) -> Response:
        operation = request.path_params["operation"]
        body = await request.body()
        now = time.time() + state.clock_offset
        stamp = request.headers.get("timestamp")
        authorization = request.headers.get("authorization")
        fresh = stamp is not None and stamp.isdigit() and abs(now - int(stamp)) <= state.tolerance
        authenticated = fresh and stamp is not None and authorization == expected_authorization(stamp)
        state.requests.append(Seen(operation, stamp, authorization, authenticated, body))
        headers = {"date": formatdate(now, usegmt=True)}
        if state.script:
            reply = state.script.popleft()
            if reply.delay:
                await asyncio.sleep(reply.delay)
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
        echo = json.loads(body) if body else None
        return _json({"success": True, "operation": operation, "echo": echo}, 200, headers)

    return Starlette(routes=[Route(BASE_PATH + "/{operation:path}", api, methods=["POST"])])


@contextmanager
def serve(state: ServerState) -> Iterator[str]:
    """Run the app until the block exits; yields its base URL."""
    # proto=IPPROTO_TCP lets asyncio set TCP_NODELAY on accepted connections; without it every keep-alive
    # response stalls ~40 ms on delayed ACKs.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
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
        server.should_exit = True
        thread.join(10)
        sock.close()


def closed_port_url() -> str:
    """A base URL on which nothing listens, so connecting fails at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}{BASE_PATH}"
