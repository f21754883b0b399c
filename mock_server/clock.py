"""Time sources: the server's wall clock, injectable so tests can move time without sleeping."""

from __future__ import annotations

import time
from collections.abc import Callable
from threading import Lock

__all__ = ["Clock", "ManualClock", "system_clock"]

Clock = Callable[[], float]
"""Returns Unix seconds. The mock reads it for signatures, `Date` headers and simulation progress."""


def system_clock() -> float:
    """The real wall clock."""
    return time.time()


class ManualClock:
    """A clock that only moves when told to, for deterministic tests.

    Starts at `start` (default: the real time, so signatures made with `time.time()` are accepted).
    """

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else start
        self._lock = Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Moves the clock forward by `seconds` and returns the new time."""
        with self._lock:
            self._now += seconds
            return self._now

    def set(self, now: float) -> None:
        with self._lock:
            self._now = now
