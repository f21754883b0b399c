from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OptimizationParameterResult")


@_attrs_define(repr=False)
class OptimizationParameterResult:
    """A parameter of an optimization as the platform reports it back."""

    name: str
    """ Parameter name. """
    min_step: float | None
    """ Smallest increment for the Euler strategy. """
    min: float | Unset = UNSET
    """ Smallest value tried. """
    max: float | Unset = UNSET
    """ Largest value tried. """
    step: float | Unset = UNSET
    """ Increment between values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        min_step: float | None
        min_step = self.min_step

        min = self.min

        max = self.max

        step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "minStep": min_step,
            }
        )
        if min is not UNSET:
            field_dict["min"] = min
        if max is not UNSET:
            field_dict["max"] = max
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        min_step: float | None = d.pop("minStep", None)

        min = d.pop("min", UNSET)

        max = d.pop("max", UNSET)

        step = d.pop("step", UNSET)

        optimization_parameter_result = cls(
            name=name,
            min_step=min_step,
            min=min,
            max=max,
            step=step,
        )

        optimization_parameter_result.additional_properties = d
        return optimization_parameter_result

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
    "min_step",
    "min",
    "max",
    "step",
)
