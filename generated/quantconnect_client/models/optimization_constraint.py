from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.constraint_operator import ConstraintOperator, check_constraint_operator
from ..models.optimization_target_statistic import OptimizationTargetStatistic, check_optimization_target_statistic
from ..types import model_repr

T = TypeVar("T", bound="OptimizationConstraint")


@_attrs_define(repr=False)
class OptimizationConstraint:
    """A condition a backtest must meet to count in the optimization's result."""

    target: OptimizationTargetStatistic
    """ Statistic an optimization minimizes, maximizes or constrains. """
    operator: ConstraintOperator
    """ Comparison a constraint applies. """
    target_value: float
    """ Threshold compared with the statistic. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target: str = self.target

        operator: str = self.operator

        target_value = self.target_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "operator": operator,
                "targetValue": target_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = check_optimization_target_statistic(d.pop("target"))

        operator = check_constraint_operator(d.pop("operator"))

        target_value = d.pop("targetValue")

        optimization_constraint = cls(
            target=target,
            operator=operator,
            target_value=target_value,
        )

        optimization_constraint.additional_properties = d
        return optimization_constraint

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
    "target",
    "operator",
    "target_value",
)
