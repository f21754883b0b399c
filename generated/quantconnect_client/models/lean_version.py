from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LeanVersion")


@_attrs_define(repr=False)
class LeanVersion:
    """A released version of the LEAN engine."""

    id: int
    """ Id of the version. """
    description: str | None
    """ Release notes. """
    lean_cloud_hash: str | None
    """ Commit of the cloud-side repository built. """
    created: datetime.datetime | Unset = UNSET
    """ When the version was released (UTC). """
    lean_hash: str | Unset = UNSET
    """ Commit of the LEAN repository built. """
    name: str | Unset = UNSET
    """ Branch the commit is on. """
    ref: str | Unset = UNSET
    """ Git reference of that branch. """
    public: bool | Unset = UNSET
    """ Whether every user may select the version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description: str | None
        description = self.description

        lean_cloud_hash: str | None
        lean_cloud_hash = self.lean_cloud_hash

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        lean_hash = self.lean_hash

        name = self.name

        ref = self.ref

        public = self.public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "leanCloudHash": lean_cloud_hash,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if lean_hash is not UNSET:
            field_dict["leanHash"] = lean_hash
        if name is not UNSET:
            field_dict["name"] = name
        if ref is not UNSET:
            field_dict["ref"] = ref
        if public is not UNSET:
            field_dict["public"] = public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        description: str | None = d.pop("description", None)

        lean_cloud_hash: str | None = d.pop("leanCloudHash", None)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        lean_hash = d.pop("leanHash", UNSET)

        name = d.pop("name", UNSET)

        ref = d.pop("ref", UNSET)

        public = d.pop("public", UNSET)

        lean_version = cls(
            id=id,
            description=description,
            lean_cloud_hash=lean_cloud_hash,
            created=created,
            lean_hash=lean_hash,
            name=name,
            ref=ref,
            public=public,
        )

        lean_version.additional_properties = d
        return lean_version

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
    "id",
    "description",
    "lean_cloud_hash",
    "created",
    "lean_hash",
    "name",
    "ref",
    "public",
)
