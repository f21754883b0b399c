from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scatter_marker_symbol import ScatterMarkerSymbol, check_scatter_marker_symbol
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Series")


@_attrs_define(repr=False)
class Series:
    """A series of a chart and how to draw it."""

    name: str
    """ Series name, unique within its chart. """
    values: list[ChartPoint | list[float | None]]
    """ The points, oldest first. Each is an array `[time, value]` (`[time, open, high, low, close]` for
    candles), time in Unix seconds and values possibly null, or an object with `x` and `y`.
     """
    unit: str | Unset = UNSET
    """ Unit of the values, shown on the axis (`$`, `%`, ...). """
    index: int | Unset = UNSET
    """ Which pane of the chart the series is drawn in. """
    series_type: int | Unset = UNSET
    """ How the series is drawn: 0 line, 1 scatter, 2 candles, 3 bars, 4 flags, 5 stacked area, 6 pie,
    7 treemap, 9 heatmap, 10 3-D scatter (QuantConnect's document lists 19 for the last). Other
    values may appear later.
     """
    color: str | Unset = UNSET
    """ Colour of the series, such as `#ff9914`; empty for the default. """
    scatter_marker_symbol: ScatterMarkerSymbol | str | Unset = UNSET
    """ Marker of a scatter series (see ScatterMarkerSymbol; any string is accepted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        values = []
        for values_item_data in self.values:
            values_item: dict[str, Any] | list[float | None]
            if isinstance(values_item_data, list):
                values_item = []
                for values_item_type_0_item_data in values_item_data:
                    values_item_type_0_item: float | None
                    values_item_type_0_item = values_item_type_0_item_data
                    values_item.append(values_item_type_0_item)

            else:
                values_item = values_item_data.to_dict()

            values.append(values_item)

        unit = self.unit

        index = self.index

        series_type = self.series_type

        color = self.color

        scatter_marker_symbol: str | Unset
        if isinstance(self.scatter_marker_symbol, Unset):
            scatter_marker_symbol = UNSET
        elif isinstance(self.scatter_marker_symbol, str):
            scatter_marker_symbol = self.scatter_marker_symbol
        else:
            scatter_marker_symbol = self.scatter_marker_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "values": values,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if index is not UNSET:
            field_dict["index"] = index
        if series_type is not UNSET:
            field_dict["seriesType"] = series_type
        if color is not UNSET:
            field_dict["color"] = color
        if scatter_marker_symbol is not UNSET:
            field_dict["scatterMarkerSymbol"] = scatter_marker_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:

            def _parse_values_item(data: object) -> ChartPoint | list[float | None]:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    values_item_type_0 = []
                    _values_item_type_0 = data
                    for values_item_type_0_item_data in _values_item_type_0:
                        values_item_type_0_item: float | None = values_item_type_0_item_data

                        values_item_type_0.append(values_item_type_0_item)

                    return values_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                values_item_type_1 = ChartPoint.from_dict(data)

                return values_item_type_1

            values_item = _parse_values_item(values_item_data)

            values.append(values_item)

        unit = d.pop("unit", UNSET)

        index = d.pop("index", UNSET)

        series_type = d.pop("seriesType", UNSET)

        color = d.pop("color", UNSET)

        def _parse_scatter_marker_symbol(data: object) -> ScatterMarkerSymbol | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scatter_marker_symbol_type_0 = check_scatter_marker_symbol(data)

                return scatter_marker_symbol_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ScatterMarkerSymbol | str | Unset, data)

        scatter_marker_symbol = _parse_scatter_marker_symbol(d.pop("scatterMarkerSymbol", UNSET))

        series = cls(
            name=name,
            values=values,
            unit=unit,
            index=index,
            series_type=series_type,
            color=color,
            scatter_marker_symbol=scatter_marker_symbol,
        )

        series.additional_properties = d
        return series

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
    "values",
    "unit",
    "index",
    "series_type",
    "color",
    "scatter_marker_symbol",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.chart_point import ChartPoint  # noqa: E402
