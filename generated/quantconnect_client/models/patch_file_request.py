from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PatchFileRequest")


@_attrs_define(repr=False)
class PatchFileRequest:
    """A patch to apply to files of a project."""

    project_id: int
    """ Id of a project. """
    patch: str
    """ Unified diff as `git diff` writes it: a `diff --git a/<file> b/<file>` line, an `index` line
    (any hashes), `--- a/<file>` and `+++ b/<file>` lines, then `@@` hunks whose context lines
    match the file exactly. It may change several files.
     """
    code_source_id: str | Unset = UNSET
    """ Names the tool making the change, so that collaborators see who edited the file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        patch = self.patch

        code_source_id = self.code_source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "patch": patch,
            }
        )
        if code_source_id is not UNSET:
            field_dict["codeSourceId"] = code_source_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        patch = d.pop("patch")

        code_source_id = d.pop("codeSourceId", UNSET)

        patch_file_request = cls(
            project_id=project_id,
            patch=patch,
            code_source_id=code_source_id,
        )

        patch_file_request.additional_properties = d
        return patch_file_request

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
    "patch",
    "code_source_id",
)
