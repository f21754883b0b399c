"""create_app(): a Starlette app serving the mock API in-process or under uvicorn."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from starlette.applications import Starlette
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from .admin import admin_routes
from .api import api_endpoint
from .clock import Clock, system_clock
from .demo import DemoIds, seed_demo
from .faults import FaultPlan
from .handlers import Context
from .live_routes import live_routes
from .middleware import ServerMiddleware, Sleep
from .settings import DEFAULT_API_TOKEN, DEFAULT_USER_ID, Settings
from .spec import load_spec
from .state import MockState, SimulationClock
from .store import Store
from .surface_routes import surface_routes

__all__ = ["MockApp", "create_app", "option_names"]

SETTING_NAMES = frozenset(setting.name for setting in fields(Settings)) - {"user_id", "api_token"}


def option_names() -> list[str]:
    """Every keyword create_app() takes."""
    return sorted({"user_id", "api_token", "clock", "faults", "skew", "sleep", *SETTING_NAMES})


ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"]


class MockApp(Starlette):
    """The Starlette app, with the mock's state in `.mock` (store, faults, clocks, demo ids)."""

    def __init__(self, state: MockState, routes: Sequence[BaseRoute], sleep: Sleep) -> None:
        self.mock = state
        self._sleep = sleep
        super().__init__(routes=routes)

    def build_middleware_stack(self) -> ASGIApp:
        # Outermost, outside Starlette's error middleware, so `drop` still gets the server's own `send`.
        return ServerMiddleware(super().build_middleware_stack(), self.mock.faults, self.mock.clock, self._sleep)

    @property
    def demo(self) -> DemoIds | None:
        return self.mock.demo


def create_app(
    user_id: str = DEFAULT_USER_ID,
    api_token: str = DEFAULT_API_TOKEN,
    *,
    clock: Clock = system_clock,
    faults: FaultPlan | Sequence[str] | None = None,
    skew: float = 0.0,
    sleep: Sleep = asyncio.sleep,
    **settings: Any,
) -> MockApp:
    """A mock of the QuantConnect API v2 under `/api/v2`, accepting requests signed with these credentials.

    `clock` (Unix seconds) drives signatures, `Date` headers and progress; pass a `ManualClock` to move time in
    tests. `faults` is a FaultPlan or fault specs for the next requests (see mock_server.faults); `skew` moves the
    server clock for every request. `sleep` is what `slow` faults await. `settings` are the fields of
    `mock_server.settings.Settings` (`backtest_seconds=0.5`, `empty=True`, `check_responses=True`, ...), whose
    defaults and meaning are written there.
    """
    unknown = sorted(set(settings) - SETTING_NAMES)
    if unknown:
        raise TypeError(f"create_app() got unknown setting(s) {', '.join(unknown)}; known: {', '.join(option_names())}")
    chosen = Settings(user_id=user_id, api_token=api_token, **settings)
    plan = faults if isinstance(faults, FaultPlan) else FaultPlan(faults or (), skew=skew)
    if isinstance(faults, FaultPlan) and skew:
        plan.set_skew(skew)
    store = Store(chosen.seed)
    simulation_clock = SimulationClock(clock)
    demo = None if chosen.empty else seed_demo(Context(store, chosen, simulation_clock()))
    state = MockState(chosen, load_spec(chosen.spec_path), store, plan, clock, simulation_clock, demo)
    # Every method reaches the endpoint, which answers non-POST with a JSON 405 and `Allow: POST`.
    routes = [
        *admin_routes(state),
        *live_routes(state),
        *surface_routes(state),
        Route("/api/v2/{operation:path}", api_endpoint(state), methods=ALL_METHODS),
    ]
    return MockApp(state, routes, sleep)
