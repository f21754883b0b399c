from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_target_to import OptimizationTargetTo, check_optimization_target_to
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OptimizationTarget")


@_attrs_define(repr=False)
class OptimizationTarget:
    """What the optimization optimizes."""

    target_value: float | None
    """ Desired value of the target, if any. """
    target: str | Unset = UNSET
    """ Target statistic (see OptimizationTargetStatistic; any string is accepted). """
    extremum: OptimizationTargetTo | str | Unset = UNSET
    """ min or max (any string is accepted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_value: float | None
        target_value = self.target_value

        target = self.target

        extremum: str | Unset
        if isinstance(self.extremum, Unset):
            extremum = UNSET
        elif isinstance(self.extremum, str):
            extremum = self.extremum
        else:
            extremum = self.extremum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetValue": target_value,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target
        if extremum is not UNSET:
            field_dict["extremum"] = extremum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_value: float | None = d.pop("targetValue", None)

        target = d.pop("target", UNSET)

        def _parse_extremum(data: object) -> OptimizationTargetTo | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                extremum_type_0 = check_optimization_target_to(data)

                return extremum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OptimizationTargetTo | str | Unset, data)

        extremum = _parse_extremum(d.pop("extremum", UNSET))

        optimization_target = cls(
            target_value=target_value,
            target=target,
            extremum=extremum,
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
    "target_value",
    "target",
    "extremum",
)
