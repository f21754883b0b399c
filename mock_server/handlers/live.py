"""Live trading: deploy, read, list, liquidate, stop, portfolio, orders, insights, logs, chart, commands (issue 13)."""

from __future__ import annotations

from .base import Handler

__all__ = ["HANDLERS"]

HANDLERS: dict[str, Handler] = {}
