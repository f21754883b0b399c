from typing import Literal

CollaboratorPermission = Literal["read", "write"]

COLLABORATOR_PERMISSION_VALUES: set[CollaboratorPermission] = {
    "read",
    "write",
}


def check_collaborator_permission(value: str) -> CollaboratorPermission:
    if value in COLLABORATOR_PERMISSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLABORATOR_PERMISSION_VALUES!r}")
