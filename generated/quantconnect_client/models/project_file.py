from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectFile")


@_attrs_define(repr=False)
class ProjectFile:
    """A file of a project with its content."""

    id: int | None
    """ Id of the file. """
    name: str
    """ Path of the file inside the project. """
    content: str
    """ Content of the file. """
    project_id: int | Unset = UNSET
    """ Id of a project. """
    modified: datetime.datetime | Unset = UNSET
    """ When the file last changed (UTC). """
    open_: bool | Unset = UNSET
    """ Whether the file is open in the web editor. """
    is_library: bool | Unset = UNSET
    """ Whether the file belongs to a linked library project rather than this one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        name = self.name

        content = self.content

        project_id = self.project_id

        modified: str | Unset = UNSET
        if not isinstance(self.modified, Unset):
            modified = self.modified.isoformat()

        open_ = self.open_

        is_library = self.is_library

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "content": content,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if modified is not UNSET:
            field_dict["modified"] = modified
        if open_ is not UNSET:
            field_dict["open"] = open_
        if is_library is not UNSET:
            field_dict["isLibrary"] = is_library

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None = d.pop("id", None)

        name = d.pop("name")

        content = d.pop("content")

        project_id = d.pop("projectId", UNSET)

        _modified = d.pop("modified", UNSET)
        modified: datetime.datetime | Unset
        if isinstance(_modified, Unset):
            modified = UNSET
        else:
            modified = datetime.datetime.fromisoformat(_modified)

        open_ = d.pop("open", UNSET)

        is_library = d.pop("isLibrary", UNSET)

        project_file = cls(
            id=id,
            name=name,
            content=content,
            project_id=project_id,
            modified=modified,
            open_=open_,
            is_library=is_library,
        )

        project_file.additional_properties = d
        return project_file

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
    "name",
    "content",
    "project_id",
    "modified",
    "open_",
    "is_library",
)
