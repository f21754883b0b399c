from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UpdateFileContentsRequest")


@_attrs_define(repr=False)
class UpdateFileContentsRequest:
    """A file whose whole content to replace."""

    project_id: int
    """ Id of a project. """
    name: str
    """ Path of a file inside its project, folders separated by `/`. """
    content: str
    """ The new content. """
    code_source_id: str | Unset = UNSET
    """ Names the tool making the change, so that collaborators see who edited the file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        content = self.content

        code_source_id = self.code_source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "name": name,
                "content": content,
            }
        )
        if code_source_id is not UNSET:
            field_dict["codeSourceId"] = code_source_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        name = d.pop("name")

        content = d.pop("content")

        code_source_id = d.pop("codeSourceId", UNSET)

        update_file_contents_request = cls(
            project_id=project_id,
            name=name,
            content=content,
            code_source_id=code_source_id,
        )

        update_file_contents_request.additional_properties = d
        return update_file_contents_request

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
    "name",
    "content",
    "code_source_id",
)
