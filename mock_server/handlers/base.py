"""What every operation handler receives, and small helpers they share."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..settings import Settings
from ..store import Store
from ..wire import parameter_text

__all__ = ["Body", "Context", "Handler", "Result", "parameter_set", "parameter_text"]

Body = dict[str, Any]
Result = dict[str, Any]


@dataclass(frozen=True)
class Context:
    """The state to act on, the settings, and the current time of the simulation clock (Unix s)."""

    store: Store
    settings: Settings
    now: float


Handler = Callable[[Context, Body], Result]


def parameter_set(base: Mapping[str, str], overrides: Mapping[str, Any] | None) -> dict[str, str]:
    """The project's parameters with a run's overrides on top, as strings."""
    merged = dict(base)
    for key, value in (overrides or {}).items():
        merged[str(key)] = parameter_text(value)
    return merged
