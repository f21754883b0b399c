from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collaborator_permission import CollaboratorPermission
from ..types import UNSET, Unset

T = TypeVar("T", bound="Collaborator")


@_attrs_define
class Collaborator:
    """A user who shares a project."""

    uid: int | Unset = UNSET
    """ User id. """
    live_control: bool | Unset = UNSET
    """ Whether the user may start and stop live deployments. """
    permission: CollaboratorPermission | str | Unset = UNSET
    """ Access to the code (see CollaboratorPermission; any string is accepted). """
    public_id: str | Unset = UNSET
    """ The user's public profile id. """
    profile_image: str | Unset | None = UNSET
    """ Address of the user's profile picture. """
    email: str | Unset | None = UNSET
    """ The user's e-mail address. """
    name: str | Unset = UNSET
    """ The user's display name. """
    bio: str | Unset | None = UNSET
    """ The user's self-description. """
    owner: bool | Unset = UNSET
    """ Whether the user owns the project. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        live_control = self.live_control

        permission: str | Unset
        if isinstance(self.permission, Unset):
            permission = UNSET
        elif isinstance(self.permission, CollaboratorPermission):
            permission = self.permission.value
        else:
            permission = self.permission

        public_id = self.public_id

        profile_image: str | Unset | None
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        else:
            profile_image = self.profile_image

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name = self.name

        bio: str | Unset | None
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if bio is not UNSET:
            field_dict["bio"] = bio
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uid = d.pop("uid", UNSET)

        live_control = d.pop("liveControl", UNSET)

        def _parse_permission(data: object) -> CollaboratorPermission | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permission_type_0 = CollaboratorPermission(data)

                return permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollaboratorPermission | str | Unset, data)

        permission = _parse_permission(d.pop("permission", UNSET))

        public_id = d.pop("publicId", UNSET)

        profile_image: str | Unset | None = d.pop("profileImage", UNSET)

        email: str | Unset | None = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        bio: str | Unset | None = d.pop("bio", UNSET)

        owner = d.pop("owner", UNSET)

        collaborator = cls(
            uid=uid,
            live_control=live_control,
            permission=permission,
            public_id=public_id,
            profile_image=profile_image,
            email=email,
            name=name,
            bio=bio,
            owner=owner,
        )

        collaborator.additional_properties = d
        return collaborator

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
