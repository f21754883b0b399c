from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ReadProjectRequest")


@_attrs_define(repr=False)
class ReadProjectRequest:
    """Which projects to read: the one with `projectId`, or, without it, all of them (optionally the slice
    from index `start`, inclusive, to `end`, exclusive).

        Example:
            {}

    """

    project_id: int | Unset = UNSET
    """ Id of a project. """
    start: int | Unset = 0
    """ Index of the first project to list, counting from 0. """
    end: int | Unset = UNSET
    """ Index after the last project to list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        read_project_request = cls(
            project_id=project_id,
            start=start,
            end=end,
        )

        read_project_request.additional_properties = d
        return read_project_request

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
    "start",
    "end",
)
