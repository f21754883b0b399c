from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_target_to import OptimizationTargetTo, check_optimization_target_to
from ..types import model_repr

T = TypeVar("T", bound="OptimizationTarget")


@_attrs_define(repr=False)
class OptimizationTarget:
    """What the optimization optimizes."""

    target: str
    """ Target statistic (see OptimizationTargetStatistic; any string is accepted). """
    extremum: OptimizationTargetTo | str
    """ min or max (any string is accepted). """
    target_value: float | None
    """ Desired value of the target, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        extremum: str
        if isinstance(self.extremum, str):
            extremum = self.extremum
        else:
            extremum = self.extremum

        target_value: float | None
        target_value = self.target_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "extremum": extremum,
                "targetValue": target_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = d.pop("target")

        def _parse_extremum(data: object) -> OptimizationTargetTo | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                extremum_type_0 = check_optimization_target_to(data)

                return extremum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OptimizationTargetTo | str, data)

        extremum = _parse_extremum(d.pop("extremum"))

        target_value: float | None = d.pop("targetValue", None)

        optimization_target = cls(
            target=target,
            extremum=extremum,
            target_value=target_value,
        )

        optimization_target.additional_properties = d
        return optimization_target

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
    "extremum",
    "target_value",
)
