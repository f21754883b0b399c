"""Test-only endpoints under `/_mock` (unauthenticated, outside the API): faults, clock, health."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .state import MockState

__all__ = ["admin_routes"]


def admin_routes(state: MockState) -> list[Route]:
    async def health(request: Request) -> Response:
        demo = state.demo.as_dict() if state.demo else None
        return JSONResponse({"ok": True, "demo": demo})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            state.faults.reset()
        elif request.method == "POST":
            try:
                body = await request.json()
                if not isinstance(body, dict):
                    raise ValueError('expected a JSON object like {"next": ["503"], "skew": 0}')
                if body.get("reset"):
                    state.faults.reset()
                if "next" in body:
                    specs = body["next"]
                    state.faults.enqueue([specs] if isinstance(specs, str) else [str(s) for s in specs])
                if "skew" in body:
                    state.faults.set_skew(float(body["skew"]))
            except (ValueError, TypeError) as exc:
                return JSONResponse({"ok": False, "error": str(exc)}, status_code=400)
        return JSONResponse(state.faults.describe())

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            try:
                body: Any = await request.json()
                state.simulation_clock.advance(float(body["advance"]))
            except (ValueError, TypeError, KeyError) as exc:
                return JSONResponse({"ok": False, "error": f'expected {{"advance": seconds}}: {exc}'}, 400)
        return JSONResponse(
            {
                "serverTime": state.clock() + state.faults.skew,
                "simulationTime": state.simulation_clock(),
                "simulationOffset": state.simulation_clock.offset,
            }
        )

    return [
        Route("/_mock/health", health, methods=["GET"]),
        Route("/_mock/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/_mock/clock", clock, methods=["GET", "POST"]),
    ]
