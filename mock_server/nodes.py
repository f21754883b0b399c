"""The organization's compute nodes, and the ones each project is set to use.

The nodes are fixed (two backtest nodes, a research node and a live node). A backtest node shows as busy while a
backtest runs on it: running backtests take the backtest nodes in the order they started, the project's chosen
ones first. A project with no node chosen lets the platform pick (`autoSelectNode`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import ApiError

__all__ = ["NODES", "NodeChoices", "NodeSpec"]


@dataclass(frozen=True)
class NodeSpec:
    node_id: str
    name: str
    sku: str
    kind: str  # backtest, research or live
    description: str
    cpu: int
    ram: float
    speed: float
    assets: int
    monthly: int
    yearly: int
    has_gpu: bool = False


NODES: tuple[NodeSpec, ...] = (
    NodeSpec("BN-2f1c8e4a9b7d", "Backtest node 1", "B2-8", "backtest", "2 cores, 8 GB RAM", 2, 8, 3.3, 25, 28, 24),
    NodeSpec("BN-6d3e0a7c51f2", "Backtest node 2", "B4-12", "backtest", "4 cores, 12 GB RAM", 4, 12, 3.3, 50, 36, 32),
    NodeSpec("RN-5a0d3b6c2e1f", "Research node 1", "R1-4", "research", "1 core, 4 GB RAM", 1, 4, 2.4, 10, 14, 12),
    NodeSpec("LN-9c7b2d4e6f10", "Live node 1", "L1-1", "live", "1 core, 1 GB RAM", 1, 1, 2.4, 5, 24, 20),
)
NODE_IDS = {spec.node_id: spec for spec in NODES}


@dataclass
class NodeChoices:
    """Node ids chosen per project; a project absent (or with none) auto-selects."""

    chosen: dict[int, list[str]] = field(default_factory=dict)

    def choose(self, project_id: int, node_ids: list[str]) -> None:
        unknown = [node_id for node_id in node_ids if node_id not in NODE_IDS]
        if unknown:
            raise ApiError(f"nodes: {', '.join(map(repr, unknown))} is not a node of the organization.")
        if node_ids:
            self.chosen[project_id] = list(dict.fromkeys(node_ids))
        else:
            self.chosen.pop(project_id, None)

    def of(self, project_id: int) -> list[str]:
        return self.chosen.get(project_id, [])

    def forget(self, project_id: int) -> None:
        self.chosen.pop(project_id, None)
