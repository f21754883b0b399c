from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_target_to import OptimizationTargetTo
from ..types import UNSET, Unset

T = TypeVar("T", bound="OptimizationTarget")


@_attrs_define
class OptimizationTarget:
    """What the optimization optimizes."""

    target: str | Unset = UNSET
    """ Target statistic (see OptimizationTargetStatistic; any string is accepted). """
    extremum: OptimizationTargetTo | str | Unset = UNSET
    """ min or max (any string is accepted). """
    target_value: float | Unset | None = UNSET
    """ Desired value of the target, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        extremum: str | Unset
        if isinstance(self.extremum, Unset):
            extremum = UNSET
        elif isinstance(self.extremum, OptimizationTargetTo):
            extremum = self.extremum.value
        else:
            extremum = self.extremum

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
        if extremum is not UNSET:
            field_dict["extremum"] = extremum
        if target_value is not UNSET:
            field_dict["targetValue"] = target_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = d.pop("target", UNSET)

        def _parse_extremum(data: object) -> OptimizationTargetTo | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                extremum_type_0 = OptimizationTargetTo(data)

                return extremum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OptimizationTargetTo | str | Unset, data)

        extremum = _parse_extremum(d.pop("extremum", UNSET))

        target_value: float | Unset | None = d.pop("targetValue", UNSET)

        optimization_target = cls(
            target=target,
            extremum=extremum,
            target_value=target_value,
        )

        optimization_target.additional_properties = d
        return optimization_target

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
