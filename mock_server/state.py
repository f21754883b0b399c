"""Everything one mock server instance holds, shared by its API endpoint and its admin endpoints."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from .clock import Clock
from .demo import DemoIds
from .faults import FaultPlan
from .settings import Settings
from .spec import ApiSpec
from .store import Store

__all__ = ["MockState", "SimulationClock"]


class SimulationClock:
    """The injected clock plus an offset that `POST /_mock/clock` can push forward to finish work early.

    Progress and `created` times use it; signatures and the `Date` header use the injected clock (and skew).
    """

    def __init__(self, base: Clock) -> None:
        self._base = base
        self._offset = 0.0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._base() + self._offset

    @property
    def offset(self) -> float:
        with self._lock:
            return self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds


@dataclass
class MockState:
    settings: Settings
    spec: ApiSpec
    store: Store
    faults: FaultPlan
    clock: Clock
    simulation_clock: SimulationClock
    demo: DemoIds | None
