from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Chart")


@_attrs_define(repr=False)
class Chart:
    """A chart with its series of points."""

    name: str
    """ Chart name, as listed in the backtest's `charts`. """
    series: ChartSeries
    """ The chart's series by name (`[]` when none). """
    chart_type: int | Unset = UNSET
    """ How the series are drawn: 0 overlaid on one another, 1 stacked one under the other. Other values
    may appear later.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        series = self.series.to_dict()

        chart_type = self.chart_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "series": series,
            }
        )
        if chart_type is not UNSET:
            field_dict["chartType"] = chart_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        series = ChartSeries.from_dict(d.pop("series"))

        chart_type = d.pop("chartType", UNSET)

        chart = cls(
            name=name,
            series=series,
            chart_type=chart_type,
        )

        chart.additional_properties = d
        return chart

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
    "name",
    "series",
    "chart_type",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.chart_series import ChartSeries  # noqa: E402
