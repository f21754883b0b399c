from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ChartPoint")


@_attrs_define(repr=False)
class ChartPoint:
    """A point of a series in object form."""

    y: float | None
    """ Value at that time. """
    x: int | str | Unset = UNSET
    """ Time of the point, Unix seconds (QuantConnect's document types it as a string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        y: float | None
        y = self.y

        x: int | str | Unset
        if isinstance(self.x, Unset):
            x = UNSET
        else:
            x = self.x

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "y": y,
            }
        )
        if x is not UNSET:
            field_dict["x"] = x

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        y: float | None = d.pop("y", None)

        x: int | str | Unset = d.pop("x", UNSET)

        chart_point = cls(
            y=y,
            x=x,
        )

        chart_point.additional_properties = d
        return chart_point

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
    "y",
    "x",
)
