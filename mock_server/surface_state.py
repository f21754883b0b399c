"""The state of the rest of the surface (issue 14), kept on the store as `store.surface`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .account import Account
from .collaboration import Collaboration
from .nodes import NodeChoices
from .object_store import ObjectStore

__all__ = ["SurfaceState"]


@dataclass
class SurfaceState:
    """Object store, collaborators and locks, node choices, and the account's charges."""

    object_store: ObjectStore = field(default_factory=ObjectStore)
    collaboration: Collaboration = field(default_factory=Collaboration)
    nodes: NodeChoices = field(default_factory=NodeChoices)
    account: Account = field(default_factory=Account)

    def forget_project(self, project_id: int) -> None:
        """What `delete_project` removes with the project."""
        self.collaboration.forget(project_id)
        self.nodes.forget(project_id)
