from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ProjectParameter")


@_attrs_define(repr=False)
class ProjectParameter:
    """A saved parameter of a project, with the range an optimization may vary it over."""

    key: str
    """ Parameter name as the algorithm reads it. """
    value: float | str
    """ Value of an algorithm parameter; the platform sends them as strings. """
    min: float | None
    """ Smallest value to optimize over. """
    max: float | None
    """ Largest value to optimize over. """
    step: float | None
    """ Increment to optimize with. """
    type_: str | None
    """ Kind of value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value: float | str
        value = self.value

        min: float | None
        min = self.min

        max: float | None
        max = self.max

        step: float | None
        step = self.step

        type_: str | None
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
                "min": min,
                "max": max,
                "step": step,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        value: float | str = d.pop("value")

        min: float | None = d.pop("min", None)

        max: float | None = d.pop("max", None)

        step: float | None = d.pop("step", None)

        type_: str | None = d.pop("type", None)

        project_parameter = cls(
            key=key,
            value=value,
            min=min,
            max=max,
            step=step,
            type_=type_,
        )

        project_parameter.additional_properties = d
        return project_parameter

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
    "key",
    "value",
    "min",
    "max",
    "step",
    "type_",
)
