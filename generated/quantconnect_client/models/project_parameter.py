from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectParameter")


@_attrs_define
class ProjectParameter:
    """A saved parameter of a project, with the range an optimization may vary it over."""

    key: str
    """ Parameter name as the algorithm reads it. """
    value: float | str
    """ Value of an algorithm parameter; the platform sends them as strings. """
    min_: float | Unset | None = UNSET
    """ Smallest value to optimize over. """
    max_: float | Unset | None = UNSET
    """ Largest value to optimize over. """
    step: float | Unset | None = UNSET
    """ Increment to optimize with. """
    type_: str | Unset | None = UNSET
    """ Kind of value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value: float | str
        value = self.value

        min_: float | Unset | None
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | Unset | None
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        step: float | Unset | None
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if step is not UNSET:
            field_dict["step"] = step
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        value: float | str = d.pop("value")

        min_: float | Unset | None = d.pop("min", UNSET)

        max_: float | Unset | None = d.pop("max", UNSET)

        step: float | Unset | None = d.pop("step", UNSET)

        type_: str | Unset | None = d.pop("type", UNSET)

        project_parameter = cls(
            key=key,
            value=value,
            min_=min_,
            max_=max_,
            step=step,
            type_=type_,
        )

        project_parameter.additional_properties = d
        return project_parameter

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
