from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OptimizationParameter")


@_attrs_define(repr=False)
class OptimizationParameter:
    """A parameter to vary, from `min` to `max` by `step`."""

    name: str
    """ Parameter name as the algorithm reads it. """
    min: float
    """ Smallest value tried. """
    max: float
    """ Largest value tried. """
    step: float
    """ Increment between values; positive. """
    min_step: float | Unset = UNSET
    """ Smallest increment the Euler strategy may refine to; positive. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        min = self.min

        max = self.max

        step = self.step

        min_step = self.min_step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "min": min,
                "max": max,
                "step": step,
            }
        )
        if min_step is not UNSET:
            field_dict["minStep"] = min_step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        min = d.pop("min")

        max = d.pop("max")

        step = d.pop("step")

        min_step = d.pop("minStep", UNSET)

        optimization_parameter = cls(
            name=name,
            min=min,
            max=max,
            step=step,
            min_step=min_step,
        )

        optimization_parameter.additional_properties = d
        return optimization_parameter

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
    "min",
    "max",
    "step",
    "min_step",
)
