"""Object store, account, collaboration, project nodes, Lean versions and AI tools (issue 14)."""

from __future__ import annotations

from .base import Handler

__all__ = ["HANDLERS"]

HANDLERS: dict[str, Handler] = {}
