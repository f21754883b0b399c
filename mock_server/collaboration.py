"""Who shares each project, with which rights, and which tool holds its editing lock.

The owner (the mock's user) is not stored: `readProject` has always listed it, and the views here put it first.
Collaborators are other users, by public id, from a small directory of users the mock knows. The lock is held by
one `codeSourceId` at a time; acquiring from another tool moves it there (the platform has no release call), and
while it is held, file changes from any other source are refused (mock_server.handlers.files calls `check_lock`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError, look_up

__all__ = ["USERS", "Collaboration", "Share", "User", "collaborator_view"]

# The picture the platform links for users who have not uploaded one (seen in lean-cli issue #307's log).
DEFAULT_PROFILE_IMAGE = "https://cdn.quantconnect.com/web/i/users/profile/default.jpg"


@dataclass(frozen=True)
class User:
    uid: int
    public_id: str
    name: str
    email: str | None = None
    bio: str | None = None
    profile_image: str = DEFAULT_PROFILE_IMAGE


# The users a project can be shared with, by public id (`collaboratorUserId`). `mia-ai` is the name QuantConnect's
# document uses in its examples.
USERS: dict[str, User] = {
    user.public_id: user
    for user in (
        User(7_654_321, "mia-ai", "Mia AI", bio="Research assistant."),
        User(2_345_678, "jane_quant", "Jane Quant", "jane@example.com"),
        User(3_456_789, "sam-trader", "Sam Trader", "sam@example.com", "Futures and FX."),
    )
}


@dataclass
class Share:
    """A project shared with a user: may they edit the code, and deploy or stop live algorithms?"""

    user: User
    write: bool
    live_control: bool


@dataclass
class Collaboration:
    """Shares by project id (in the order they were made), and each project's lock holder."""

    shares: dict[int, dict[str, Share]] = field(default_factory=dict)
    locks: dict[int, str] = field(default_factory=dict)

    def of(self, project_id: int) -> dict[str, Share]:
        return self.shares.setdefault(project_id, {})

    def share(self, project_id: int, public_id: str, *, write: bool, live_control: bool, owner: str) -> None:
        if public_id == owner:
            raise ApiError(f"collaboratorUserId: {public_id!r} owns the project; the owner is always a collaborator.")
        user = USERS.get(public_id)
        if user is None:
            raise ApiError(f"User not found: no user with the public id {public_id!r}.")
        shares = self.of(project_id)
        if public_id in shares:
            raise ApiError(f"{public_id!r} already collaborates on project {project_id}; update their rights instead.")
        shares[public_id] = Share(user, write, live_control)

    def change(self, project_id: int, public_id: str, *, write: bool, live_control: bool, owner: str) -> None:
        if public_id == owner:
            raise ApiError(f"collaboratorUserId: {public_id!r} owns the project; the owner's rights cannot change.")
        share = self._share(project_id, public_id)
        share.write, share.live_control = write, live_control

    def remove(self, project_id: int, public_id: str) -> None:
        self._share(project_id, public_id)
        del self.of(project_id)[public_id]

    def _share(self, project_id: int, public_id: str) -> Share:
        missing = f"Collaborator not found: {public_id!r} does not collaborate on project {project_id}."
        return look_up(self.of(project_id), public_id, missing)

    def acquire(self, project_id: int, code_source_id: str) -> None:
        self.locks[project_id] = code_source_id

    def check_lock(self, project_id: int, code_source_id: Any) -> None:
        """ApiError when another tool than `code_source_id` (None: the request named none) holds the lock."""
        holder = self.locks.get(project_id)
        if holder is not None and code_source_id != holder:
            sent = "no codeSourceId" if code_source_id is None else f"codeSourceId {code_source_id!r}"
            raise ApiError(
                f"Project {project_id} is locked for editing by {holder!r}, and this change came with {sent}; "
                "send that codeSourceId, or take the lock with /projects/collaboration/lock/acquire."
            )

    def forget(self, project_id: int) -> None:
        self.shares.pop(project_id, None)
        self.locks.pop(project_id, None)


def collaborator_view(share: Share) -> dict[str, Any]:
    """A collaborator as `readProject` and the collaboration operations answer it."""
    user = share.user
    return {
        "uid": user.uid,
        "liveControl": share.live_control,
        "permission": "write" if share.write else "read",
        "publicId": user.public_id,
        "profileImage": user.profile_image,
        "email": user.email,
        "name": user.name,
        "bio": user.bio,
        "owner": False,
    }
