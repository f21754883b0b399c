"""create_app(): a Starlette app serving the mock API in-process or under uvicorn."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from .admin import admin_routes
from .api import api_endpoint
from .clock import Clock, system_clock
from .demo import DemoIds, seed_demo
from .faults import FaultPlan
from .handlers import Context
from .middleware import ServerMiddleware, Sleep
from .settings import DEFAULT_API_TOKEN, DEFAULT_SPEC_PATH, DEFAULT_USER_ID, Settings
from .spec import load_spec
from .state import MockState, SimulationClock
from .store import Store

__all__ = ["MockApp", "create_app"]


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
    empty: bool = False,
    clock: Clock = system_clock,
    faults: FaultPlan | Sequence[str] | None = None,
    skew: float = 0.0,
    sleep: Sleep = asyncio.sleep,
    auth_window: float = 300.0,
    backtest_seconds: float = 2.0,
    queue_seconds: float = 0.5,
    compile_seconds: float = 0.5,
    loading_reads: int = 1,
    results_pending_reads: int = 1,
    balance: float = 1000.0,
    max_grid: int = 10_000,
    seed: int = 0,
    spec_path: Path = DEFAULT_SPEC_PATH,
    check_responses: bool = False,
) -> MockApp:
    """A mock of the QuantConnect API v2 under `/api/v2`, accepting requests signed with these credentials.

    `clock` (Unix seconds) drives signatures, `Date` headers and progress; pass a `ManualClock` to move time in
    tests. `faults` is a FaultPlan or fault specs for the next requests (see mock_server.faults); `skew` moves the
    server clock for every request. `sleep` is what `slow` faults await. `check_responses` makes every answer be
    validated against openapi.yaml, raising on a mismatch (for tests).
    """
    settings = Settings(
        user_id=user_id,
        api_token=api_token,
        empty=empty,
        auth_window=auth_window,
        backtest_seconds=backtest_seconds,
        queue_seconds=queue_seconds,
        compile_seconds=compile_seconds,
        loading_reads=loading_reads,
        results_pending_reads=results_pending_reads,
        balance=balance,
        max_grid=max_grid,
        seed=seed,
        spec_path=spec_path,
        check_responses=check_responses,
    )
    plan = faults if isinstance(faults, FaultPlan) else FaultPlan(faults or (), skew=skew)
    if isinstance(faults, FaultPlan) and skew:
        plan.set_skew(skew)
    store = Store(seed)
    simulation_clock = SimulationClock(clock)
    demo = None if empty else seed_demo(Context(store, settings, simulation_clock()))
    state = MockState(settings, load_spec(spec_path), store, plan, clock, simulation_clock, demo)
    # Every method reaches the endpoint, which answers non-POST with a JSON 405 and `Allow: POST`.
    routes = [*admin_routes(state), Route("/api/v2/{operation:path}", api_endpoint(state), methods=ALL_METHODS)]
    return MockApp(state, routes, sleep)
