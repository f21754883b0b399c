from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ReadLiveChartRequest")


@_attrs_define(repr=False)
class ReadLiveChartRequest:
    """Which chart of a live algorithm to read, over which period, with about how many points."""

    project_id: int
    """ Id of a project. """
    name: str
    """ Name of the chart, as listed in the deployment's `charts`. """
    count: int
    """ About how many points to sample each series to. """
    start: int
    """ Start of the period, Unix seconds. """
    end: int
    """ End of the period, Unix seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        count = self.count

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "name": name,
                "count": count,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        name = d.pop("name")

        count = d.pop("count")

        start = d.pop("start")

        end = d.pop("end")

        read_live_chart_request = cls(
            project_id=project_id,
            name=name,
            count=count,
            start=start,
            end=end,
        )

        read_live_chart_request.additional_properties = d
        return read_live_chart_request

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
    "count",
    "start",
    "end",
)
