from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ReadLiveLogsRequest")


@_attrs_define(repr=False)
class ReadLiveLogsRequest:
    """Which deployment's log to read, by line range (`endLine - startLine` at most 250)."""

    project_id: int
    """ Id of a project. """
    algorithm_id: str
    """ Id of a live deployment (`L-` and 32 hexadecimal digits). """
    start_line: int
    """ Index of the first line, counting from 0. """
    end_line: int
    """ Index after the last line. """
    format_: str | Unset = "json"
    """ Form of the answer; `json` is the only one documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        algorithm_id = self.algorithm_id

        start_line = self.start_line

        end_line = self.end_line

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "algorithmId": algorithm_id,
                "startLine": start_line,
                "endLine": end_line,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        algorithm_id = d.pop("algorithmId")

        start_line = d.pop("startLine")

        end_line = d.pop("endLine")

        format_ = d.pop("format", UNSET)

        read_live_logs_request = cls(
            project_id=project_id,
            algorithm_id=algorithm_id,
            start_line=start_line,
            end_line=end_line,
            format_=format_,
        )

        read_live_logs_request.additional_properties = d
        return read_live_logs_request

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
    "algorithm_id",
    "start_line",
    "end_line",
    "format_",
)
