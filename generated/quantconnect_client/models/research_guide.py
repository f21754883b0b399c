from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ResearchGuide")


@_attrs_define(repr=False)
class ResearchGuide:
    """Indicators of overfitting risk; time spent, backtests run and parameters used."""

    minutes: int | Unset = UNSET
    """ Minutes spent developing the project. """
    backtest_count: int | Unset = UNSET
    """ Backtests run in the project. """
    parameters: int | Unset = UNSET
    """ Parameters detected in the algorithm. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minutes = self.minutes

        backtest_count = self.backtest_count

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if backtest_count is not UNSET:
            field_dict["backtestCount"] = backtest_count
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        minutes = d.pop("minutes", UNSET)

        backtest_count = d.pop("backtestCount", UNSET)

        parameters = d.pop("parameters", UNSET)

        research_guide = cls(
            minutes=minutes,
            backtest_count=backtest_count,
            parameters=parameters,
        )

        research_guide.additional_properties = d
        return research_guide

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
    "minutes",
    "backtest_count",
    "parameters",
)
