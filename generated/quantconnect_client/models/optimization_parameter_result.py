from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OptimizationParameterResult")


@_attrs_define
class OptimizationParameterResult:
    """A parameter of an optimization as the platform reports it back."""

    name: str
    """ Parameter name. """
    min_: float | Unset = UNSET
    """ Smallest value tried. """
    max_: float | Unset = UNSET
    """ Largest value tried. """
    step: float | Unset = UNSET
    """ Increment between values. """
    min_step: float | Unset | None = UNSET
    """ Smallest increment for the Euler strategy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        min_ = self.min_

        max_ = self.max_

        step = self.step

        min_step: float | Unset | None
        if isinstance(self.min_step, Unset):
            min_step = UNSET
        else:
            min_step = self.min_step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if step is not UNSET:
            field_dict["step"] = step
        if min_step is not UNSET:
            field_dict["minStep"] = min_step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        step = d.pop("step", UNSET)

        min_step: float | Unset | None = d.pop("minStep", UNSET)

        optimization_parameter_result = cls(
            name=name,
            min_=min_,
            max_=max_,
            step=step,
            min_step=min_step,
        )

        optimization_parameter_result.additional_properties = d
        return optimization_parameter_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
