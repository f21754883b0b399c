from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OptimizationBacktests")


@_attrs_define
class OptimizationBacktests:
    """The optimization's backtests keyed by backtest id (`[]` while there are none)."""

    additional_properties: dict[str, OptimizationBacktest] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        optimization_backtests = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = OptimizationBacktest.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        optimization_backtests.additional_properties = additional_properties
        return optimization_backtests

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> OptimizationBacktest:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: OptimizationBacktest) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.optimization_backtest import OptimizationBacktest  # noqa: E402
