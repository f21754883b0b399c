from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BacktestSummaryResponse")


@_attrs_define(repr=False)
class BacktestSummaryResponse:
    """Summaries of a project's backtests."""

    success: bool
    """ Whether the request did what it asked. """
    backtests: list[BacktestSummaryResult]
    """ One summary per backtest. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    count: int | Unset = UNSET
    """ Number of summaries. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        backtests = []
        for backtests_item_data in self.backtests:
            backtests_item = backtests_item_data.to_dict()
            backtests.append(backtests_item)

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "backtests": backtests,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        backtests = []
        _backtests = d.pop("backtests")
        for backtests_item_data in _backtests:
            backtests_item = BacktestSummaryResult.from_dict(backtests_item_data)

            backtests.append(backtests_item)

        errors = cast("list[str]", d.pop("errors", UNSET))

        count = d.pop("count", UNSET)

        backtest_summary_response = cls(
            success=success,
            backtests=backtests,
            errors=errors,
            count=count,
        )

        backtest_summary_response.additional_properties = d
        return backtest_summary_response

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
    "success",
    "backtests",
    "errors",
    "count",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.backtest_summary_result import BacktestSummaryResult  # noqa: E402
