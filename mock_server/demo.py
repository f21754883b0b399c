"""The data a fresh (non-`--empty`) server starts with: a project, a successful compile, a finished backtest."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .handlers.backtests import new_backtest
from .handlers.base import Context
from .handlers.compile import new_compile
from .handlers.projects import new_project
from .templates import DEMO_MAIN

__all__ = ["DEMO_PARAMETERS", "DemoIds", "seed_demo"]

DEMO_PROJECT_NAME = "Demo/EMA Cross"
DEMO_PARAMETERS = {"ema_fast": "10", "ema_slow": "20"}


@dataclass(frozen=True)
class DemoIds:
    """Ids of the demo objects, printed at start-up for scripts and tests."""

    project_id: int
    compile_id: str
    backtest_id: str
    organization_id: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def seed_demo(ctx: Context) -> DemoIds:
    """Creates the demo objects as if made an hour ago, so the compile and backtest have finished."""
    past = Context(ctx.store, ctx.settings, ctx.now - 3600)
    project = new_project(ctx.store, DEMO_PROJECT_NAME, "Py", past.now, {"main.py": DEMO_MAIN})
    project.parameters.update(DEMO_PARAMETERS)
    project.description = "EMA cross on SPY: the mock server's demo project."
    compiled = new_compile(past, project.project_id)
    later = Context(ctx.store, ctx.settings, past.now + 60)
    backtest = new_backtest(
        later, project.project_id, compiled.compile_id, "Demo backtest", dict(project.parameters), later.now
    )
    return DemoIds(project.project_id, compiled.compile_id, backtest.backtest_id, ctx.store.organization_id)
