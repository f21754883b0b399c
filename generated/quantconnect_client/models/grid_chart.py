from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="GridChart")


@_attrs_define(repr=False)
class GridChart:
    """Placement of a chart in a grid layout."""

    chart_name: str | Unset = UNSET
    """ Chart name. """
    width: int | Unset = UNSET
    """ Width in grid cells. """
    height: int | Unset = UNSET
    """ Height in grid cells. """
    row: int | Unset = UNSET
    """ Row. """
    column: int | Unset = UNSET
    """ Column. """
    sort: int | Unset = UNSET
    """ Sort order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chart_name = self.chart_name

        width = self.width

        height = self.height

        row = self.row

        column = self.column

        sort = self.sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chart_name is not UNSET:
            field_dict["chartName"] = chart_name
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if row is not UNSET:
            field_dict["row"] = row
        if column is not UNSET:
            field_dict["column"] = column
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chart_name = d.pop("chartName", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        row = d.pop("row", UNSET)

        column = d.pop("column", UNSET)

        sort = d.pop("sort", UNSET)

        grid_chart = cls(
            chart_name=chart_name,
            width=width,
            height=height,
            row=row,
            column=column,
            sort=sort,
        )

        grid_chart.additional_properties = d
        return grid_chart

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
    "chart_name",
    "width",
    "height",
    "row",
    "column",
    "sort",
)
