"""`/projects/collaboration/*`: a project's collaborators and its editing lock (state in mock_server.collaboration).

`readProject` lists the same collaborators: `collaborators_of` is the list both answer.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..collaboration import DEFAULT_PROFILE_IMAGE, collaborator_view
from ..errors import ApiError
from ..store import Project
from .base import Body, Context, Handler, Result

__all__ = ["HANDLERS", "OWNER_PUBLIC_ID", "check_file_lock", "collaborators_of"]


class SetRights(Protocol):
    """Collaboration.share or Collaboration.change: the two ways a request sets a collaborator's rights."""

    def __call__(self, project_id: int, public_id: str, *, write: bool, live_control: bool, owner: str) -> None: ...


# The mock's user, who owns every project (as mock_server.handlers.projects shows the owner).
OWNER_PUBLIC_ID = "mock_user"


def _owner(ctx: Context) -> dict[str, Any]:
    return {
        "uid": int(ctx.settings.user_id) if ctx.settings.user_id.isdigit() else 0,
        "liveControl": True,
        "permission": "write",
        "publicId": OWNER_PUBLIC_ID,
        "profileImage": DEFAULT_PROFILE_IMAGE,
        "email": None,
        "name": "Mock User",
        "bio": None,
        "owner": True,
    }


def collaborators_of(ctx: Context, project: Project) -> list[dict[str, Any]]:
    """Everyone who shares the project: its owner first, then the collaborators in the order they were added."""
    shares = ctx.store.surface.collaboration.of(project.project_id)
    return [_owner(ctx), *(collaborator_view(share) for share in shares.values())]


def check_file_lock(ctx: Context, project: Project, body: Body) -> None:
    """Refuses a change to the project's files from another tool than the lock's holder (if any holds it)."""
    ctx.store.surface.collaboration.check_lock(project.project_id, body.get("codeSourceId"))


def create(ctx: Context, body: Body) -> Result:
    """Shares the project with a user; this request names the rights `collaborationWrite` and
    `collaborationLiveControl`."""
    collaboration = ctx.store.surface.collaboration
    return _set_rights(ctx, body, collaboration.share, "collaborationWrite", "collaborationLiveControl")


def read(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    return {"collaborators": collaborators_of(ctx, project), "userLiveControl": True, "userPermissions": "write"}


def update(ctx: Context, body: Body) -> Result:
    """Changes a collaborator's rights; this request names them `write` and `liveControl`."""
    return _set_rights(ctx, body, ctx.store.surface.collaboration.change, "write", "liveControl")


def _set_rights(ctx: Context, body: Body, set_rights: SetRights, write_field: str, live_control_field: str) -> Result:
    """Gives `body["collaboratorUserId"]` the rights in the two named fields with `set_rights` (Collaboration.share
    or .change), and answers the collaborators as they are afterwards."""
    project = ctx.store.project(body["projectId"])
    set_rights(
        project.project_id,
        body["collaboratorUserId"],
        write=body[write_field],
        live_control=body[live_control_field],
        owner=OWNER_PUBLIC_ID,
    )
    return {"collaborators": collaborators_of(ctx, project)}


def delete(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    named = {body[name] for name in ("collaboratorId", "collaboratorUserId") if name in body}
    if not named:
        raise ApiError("collaboratorId: required (the collaborator's public id; collaboratorUserId is accepted too).")
    if len(named) > 1:
        raise ApiError("collaboratorId and collaboratorUserId name different users; send one of them.")
    ctx.store.surface.collaboration.remove(project.project_id, named.pop())
    return {"collaborators": collaborators_of(ctx, project)}


def acquire_lock(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    ctx.store.surface.collaboration.acquire(project.project_id, body["codeSourceId"])
    return {}


HANDLERS: dict[str, Handler] = {
    "/projects/collaboration/create": create,
    "/projects/collaboration/read": read,
    "/projects/collaboration/update": update,
    "/projects/collaboration/delete": delete,
    "/projects/collaboration/lock/acquire": acquire_lock,
}
