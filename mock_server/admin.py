"""Test-only endpoints under `/_mock` (unauthenticated, outside the API): faults, clock, health.

Being unauthenticated, they check everything they are sent before changing anything: a JSON object of known
keys, finite numbers within mock_server.limits. A refusal is HTTP 400 `{"ok": false, "error": "..."}` naming
the key; nothing is changed then.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .bounds import label, seconds
from .errors import INTERNAL_ERROR
from .faults import checked_skew, parse_faults
from .limits import MAX_ADMIN_BODY_BYTES, MAX_SECONDS
from .state import MockState

__all__ = ["admin_routes"]

_log = logging.getLogger("mock_server")
Endpoint = Callable[[Request], Awaitable[Response]]


class AdminError(ValueError):
    """A refused admin request; the message names the key."""


def admin_routes(state: MockState) -> list[Route]:
    async def health(request: Request) -> Response:
        demo = state.demo.as_dict() if state.demo else None
        return JSONResponse({"ok": True, "demo": demo})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            state.faults.reset()
        elif request.method == "POST":
            body = await _json_object(request, {"next", "skew", "reset"}, '{"next": ["503"], "skew": 0, "reset": true}')
            reset = body.get("reset", False)
            if not isinstance(reset, bool):
                raise AdminError(f"reset: expected true or false, got {type(reset).__name__}")
            specs = _specs(body["next"]) if "next" in body else []
            skew = checked_skew(body["skew"]) if "skew" in body else None
            if reset:
                state.faults.reset()
            state.faults.enqueue(specs)
            if skew is not None:
                state.faults.set_skew(skew)
        return JSONResponse(state.faults.describe())

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            body = await _json_object(request, {"advance"}, '{"advance": seconds}')
            if "advance" not in body:
                raise AdminError('advance: required, as in {"advance": seconds}')
            offset = state.simulation_clock.offset
            # Bounded in total, so that every simulated date stays one the answers can show.
            state.simulation_clock.advance(seconds(body["advance"], "advance", 0, MAX_SECONDS - offset))
        return JSONResponse(
            {
                "serverTime": state.clock() + state.faults.skew,
                "simulationTime": state.simulation_clock(),
                "simulationOffset": state.simulation_clock.offset,
            }
        )

    return [
        Route("/_mock/health", _guarded(health), methods=["GET"]),
        Route("/_mock/faults", _guarded(faults), methods=["GET", "POST", "DELETE"]),
        Route("/_mock/clock", _guarded(clock), methods=["GET", "POST"]),
    ]


def _guarded(endpoint: Endpoint) -> Endpoint:
    """`endpoint` answering 400 for a refused request, and a logged JSON error (not a 500) for a mock bug."""

    async def guarded(request: Request) -> Response:
        try:
            return await endpoint(request)
        except ValueError as exc:  # AdminError, a bad fault spec, a number out of bounds
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=400)
        except Exception:
            _log.exception("mock_server: unexpected error answering %s %s", request.method, request.url.path)
            return JSONResponse({"ok": False, "error": INTERNAL_ERROR})

    return guarded


async def _json_object(request: Request, keys: set[str], example: str) -> dict[str, Any]:
    """The request's JSON object, whose keys must all be known (`{}` for an empty body)."""
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_ADMIN_BODY_BYTES:
            raise AdminError(f"body: larger than {MAX_ADMIN_BODY_BYTES:,} bytes")
    try:
        # Python's json reads NaN, Infinity and 1e400 (as inf): the checks of each key refuse them, naming it.
        body = json.loads(raw) if raw.strip() else {}
    except (ValueError, RecursionError) as exc:
        raise AdminError(f"body: not valid JSON ({exc}); expected a JSON object like {example}") from None
    if not isinstance(body, dict):
        raise AdminError(f"body: expected a JSON object like {example}")
    unknown = sorted(label(str(key)) for key in body if key not in keys)
    if unknown:
        raise AdminError(f"{', '.join(unknown)}: unknown key(s); expected a JSON object like {example}")
    return body


def _specs(value: Any) -> list[str]:
    """The fault specs of `next` (one spec or a list of them), each parsed to check it."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str | int) and not isinstance(i, bool) for i in items):
        raise AdminError('next: expected a fault spec or a list of them, like ["503", "slow=1"]')
    specs = [str(item) for item in items]  # a bare status (503) is its own spec
    try:
        for spec in specs:
            parse_faults(spec)
    except ValueError as exc:
        raise AdminError(f"next: {exc}") from None
    return specs
