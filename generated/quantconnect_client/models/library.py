from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Library")


@_attrs_define(repr=False)
class Library:
    """A library project linked to a project."""

    project_id: int
    """ Id of a project. """
    library_name: str | Unset = UNSET
    """ The library project's name. """
    owner_name: str | Unset = UNSET
    """ Name of the library's owner. """
    access: bool | Unset = UNSET
    """ Whether the caller may open the library. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        library_name = self.library_name

        owner_name = self.owner_name

        access = self.access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
            }
        )
        if library_name is not UNSET:
            field_dict["libraryName"] = library_name
        if owner_name is not UNSET:
            field_dict["ownerName"] = owner_name
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        library_name = d.pop("libraryName", UNSET)

        owner_name = d.pop("ownerName", UNSET)

        access = d.pop("access", UNSET)

        library = cls(
            project_id=project_id,
            library_name=library_name,
            owner_name=owner_name,
            access=access,
        )

        library.additional_properties = d
        return library

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
    "project_id",
    "library_name",
    "owner_name",
    "access",
)
