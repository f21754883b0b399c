from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collaborator_permission import CollaboratorPermission, check_collaborator_permission
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Collaborator")


@_attrs_define(repr=False)
class Collaborator:
    """A user who shares a project."""

    email: str | None
    """ The user's e-mail address. """
    bio: str | None
    """ The user's self-description. """
    uid: int | Unset = UNSET
    """ User id. """
    live_control: bool | Unset = UNSET
    """ Whether the user may start and stop live deployments. """
    permission: CollaboratorPermission | str | Unset = UNSET
    """ Access to the code (see CollaboratorPermission; any string is accepted). """
    public_id: str | Unset = UNSET
    """ The user's public profile id. """
    profile_image: str | Unset = UNSET
    """ Address of the user's profile picture; users without one get the platform's default picture, so it
    is never null (QuantConnect's CLI requires a string here).
     """
    name: str | Unset = UNSET
    """ The user's display name. """
    owner: bool | Unset = UNSET
    """ Whether the user owns the project. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: str | None
        email = self.email

        bio: str | None
        bio = self.bio

        uid = self.uid

        live_control = self.live_control

        permission: str | Unset
        if isinstance(self.permission, Unset):
            permission = UNSET
        elif isinstance(self.permission, str):
            permission = self.permission
        else:
            permission = self.permission

        public_id = self.public_id

        profile_image = self.profile_image

        name = self.name

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "bio": bio,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid
        if live_control is not UNSET:
            field_dict["liveControl"] = live_control
        if permission is not UNSET:
            field_dict["permission"] = permission
        if public_id is not UNSET:
            field_dict["publicId"] = public_id
        if profile_image is not UNSET:
            field_dict["profileImage"] = profile_image
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email: str | None = d.pop("email", None)

        bio: str | None = d.pop("bio", None)

        uid = d.pop("uid", UNSET)

        live_control = d.pop("liveControl", UNSET)

        def _parse_permission(data: object) -> CollaboratorPermission | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permission_type_0 = check_collaborator_permission(data)

                return permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollaboratorPermission | str | Unset, data)

        permission = _parse_permission(d.pop("permission", UNSET))

        public_id = d.pop("publicId", UNSET)

        profile_image = d.pop("profileImage", UNSET)

        name = d.pop("name", UNSET)

        owner = d.pop("owner", UNSET)

        collaborator = cls(
            email=email,
            bio=bio,
            uid=uid,
            live_control=live_control,
            permission=permission,
            public_id=public_id,
            profile_image=profile_image,
            name=name,
            owner=owner,
        )

        collaborator.additional_properties = d
        return collaborator

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


_FIELDS = (
    "email",
    "bio",
    "uid",
    "live_control",
    "permission",
    "public_id",
    "profile_image",
    "name",
    "owner",
)
