"""Object store, account, collaboration, project nodes, Lean versions and AI tools (issue 14).

The handlers live in `objects`, `collaboration`, `nodes`, `account` and `ai`; their state in
mock_server.surface_state (`store.surface`). `/object/set` (multipart) and the download addresses are served by
mock_server.surface_routes. A project's collaborators (handlers.collaboration.collaborators_of) are what
`projects.read` lists.
"""

from __future__ import annotations

from . import account, ai, collaboration, nodes, objects
from .base import Handler

__all__ = ["HANDLERS"]

HANDLERS: dict[str, Handler] = {
    **objects.HANDLERS,
    **account.HANDLERS,
    **collaboration.HANDLERS,
    **nodes.HANDLERS,
    **ai.HANDLERS,
}
