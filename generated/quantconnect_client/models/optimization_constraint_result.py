from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OptimizationConstraintResult")


@_attrs_define(repr=False)
class OptimizationConstraintResult:
    """A constraint of an optimization as the platform reports it back."""

    target_value: float | None
    """ Threshold. """
    target: str | Unset = UNSET
    """ Statistic constrained (any string is accepted). """
    operator: str | Unset = UNSET
    """ Comparison applied (any string is accepted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_value: float | None
        target_value = self.target_value

        target = self.target

        operator = self.operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetValue": target_value,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_value: float | None = d.pop("targetValue", None)

        target = d.pop("target", UNSET)

        operator = d.pop("operator", UNSET)

        optimization_constraint_result = cls(
            target_value=target_value,
            target=target,
            operator=operator,
        )

        optimization_constraint_result.additional_properties = d
        return optimization_constraint_result

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
    "target_value",
    "target",
    "operator",
)
