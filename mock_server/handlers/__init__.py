"""Operation handlers by path; each takes the validated body and returns the fields to add to the answer."""

from __future__ import annotations

from . import authentication, backtest_results, backtests, compile, files, live, optimizations, projects, surface
from .base import Body, Context, Handler, Result

__all__ = ["HANDLERS", "Body", "Context", "Handler", "Result"]

HANDLERS: dict[str, Handler] = {
    **authentication.HANDLERS,
    **projects.HANDLERS,
    **files.HANDLERS,
    **compile.HANDLERS,
    **backtests.HANDLERS,
    **backtest_results.HANDLERS,
    **optimizations.HANDLERS,
    **live.HANDLERS,
    **surface.HANDLERS,
}
