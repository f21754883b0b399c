"""`/authenticate`: the signature was already checked before any handler runs."""

from __future__ import annotations

from .base import Body, Context, Handler, Result

__all__ = ["HANDLERS"]


def authenticate(ctx: Context, body: Body) -> Result:
    return {}


HANDLERS: dict[str, Handler] = {"/authenticate": authenticate}
