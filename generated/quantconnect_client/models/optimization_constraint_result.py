from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OptimizationConstraintResult")


@_attrs_define
class OptimizationConstraintResult:
    """A constraint of an optimization as the platform reports it back."""

    target: str | Unset = UNSET
    """ Statistic constrained (any string is accepted). """
    operator: str | Unset = UNSET
    """ Comparison applied (any string is accepted). """
    target_value: float | Unset | None = UNSET
    """ Threshold. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        operator = self.operator

        target_value: float | Unset | None
        if isinstance(self.target_value, Unset):
            target_value = UNSET
        else:
            target_value = self.target_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target
        if operator is not UNSET:
            field_dict["operator"] = operator
        if target_value is not UNSET:
            field_dict["targetValue"] = target_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = d.pop("target", UNSET)

        operator = d.pop("operator", UNSET)

        target_value: float | Unset | None = d.pop("targetValue", UNSET)

        optimization_constraint_result = cls(
            target=target,
            operator=operator,
            target_value=target_value,
        )

        optimization_constraint_result.additional_properties = d
        return optimization_constraint_result

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
