"""`/account/read` and `/lean/versions/read`: the organization's balance, and the LEAN versions."""

from __future__ import annotations

from ..account import balance
from ..errors import ApiError
from .base import Body, Context, Handler, Result
from .projects import LEAN_VERSION

__all__ = ["HANDLERS", "LEAN_VERSIONS"]

# The version projects run on (mock_server.handlers.projects) and two older ones, newest first.
LEAN_VERSIONS = (
    dict(LEAN_VERSION),
    {
        "id": 16690,
        "created": "2024-10-30 15:30:00",
        "description": "Mock LEAN release: faster universe selection.",
        "leanHash": "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f",
        "leanCloudHash": None,
        "name": "master",
        "ref": "refs/heads/master",
        "public": True,
    },
    {
        "id": 16650,
        "created": "2024-09-12 09:00:00",
        "description": None,
        "leanHash": "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",
        "leanCloudHash": None,
        "name": "master",
        "ref": "refs/heads/master",
        "public": True,
    },
)
CARD = {"brand": "Visa", "expiration": "12/30", "last4": "4242"}


def read_account(ctx: Context, body: Body) -> Result:
    organization = body.get("organizationId", ctx.store.organization_id)
    if organization != ctx.store.organization_id:
        raise ApiError(f"Organization not found: {organization!r} is not an organization of this user.")
    return {"organizationId": organization, "creditBalance": balance(ctx), "card": dict(CARD)}


def read_lean_versions(ctx: Context, body: Body) -> Result:
    return {"versions": [dict(version) for version in LEAN_VERSIONS]}


HANDLERS: dict[str, Handler] = {"/account/read": read_account, "/lean/versions/read": read_lean_versions}
