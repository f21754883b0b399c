"""`/projects/nodes/*`: the organization's nodes, and the ones a project uses (state in mock_server.nodes)."""

from __future__ import annotations

from typing import Any

from ..nodes import NODES, NodeSpec
from ..timeline import backtest_phase
from .base import Body, Context, Handler, Result

__all__ = ["HANDLERS"]

KINDS = ("backtest", "research", "live")


def _running_on(ctx: Context) -> dict[str, tuple[str, int]]:
    """Backtest node id -> (project name, project id) of the backtest running on it now.

    Running backtests take the backtest nodes in the order they started, their project's chosen nodes first.
    """
    free = [spec.node_id for spec in NODES if spec.kind == "backtest"]
    taken: dict[str, tuple[str, int]] = {}
    running = sorted(
        (b for b in ctx.store.backtests.values() if _running(b, ctx.now) and b.project_id in ctx.store.projects),
        key=lambda b: (b.start_at, b.backtest_id),
    )
    for backtest in running:
        chosen = ctx.store.surface.nodes.of(backtest.project_id)
        node = next((n for n in chosen if n in free), None) or next(iter(free), None)
        if node is None:
            break
        free.remove(node)
        project = ctx.store.projects[backtest.project_id]
        taken[node] = (project.name, project.project_id)
    return taken


def _running(backtest: Any, now: float) -> bool:
    phase = backtest_phase(backtest, now)
    return phase.started and not phase.finished


def _node(spec: NodeSpec, active: bool, busy: tuple[str, int] | None) -> dict[str, Any]:
    return {
        "id": spec.node_id,
        "name": spec.name,
        "sku": spec.sku,
        "description": spec.description,
        "cpu": spec.cpu,
        "ram": spec.ram,
        "speed": spec.speed,
        "hasGpu": 1 if spec.has_gpu else 0,
        "assets": spec.assets,
        "host": None,
        "price": {"monthly": spec.monthly, "yearly": spec.yearly},
        "busy": busy is not None,
        "usedBy": "Mock User" if busy else "",
        "userProfile": "https://www.quantconnect.com/u/mock_user" if busy else None,
        "projectName": busy[0] if busy else "",
        "projectId": busy[1] if busy else None,
        "active": active,
    }


def nodes_view(ctx: Context, project_id: int) -> Result:
    chosen = set(ctx.store.surface.nodes.of(project_id))
    busy = _running_on(ctx)
    nodes = {
        kind: [_node(spec, spec.node_id in chosen, busy.get(spec.node_id)) for spec in NODES if spec.kind == kind]
        for kind in KINDS
    }
    return {"nodes": nodes, "autoSelectNode": not chosen}


def read(ctx: Context, body: Body) -> Result:
    return nodes_view(ctx, ctx.store.project(body["projectId"]).project_id)


def update(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    ctx.store.surface.nodes.choose(project.project_id, list(body.get("nodes", [])))
    return nodes_view(ctx, project.project_id)


HANDLERS: dict[str, Handler] = {"/projects/nodes/read": read, "/projects/nodes/update": update}
