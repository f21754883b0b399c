from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BacktestSummaryResponse")


@_attrs_define
class BacktestSummaryResponse:
    """Summaries of a project's backtests."""

    success: bool
    """ Whether the request did what it asked. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    backtests: list[BacktestSummaryResult] | Unset = UNSET
    """ One summary per backtest. """
    count: int | Unset = UNSET
    """ Number of summaries. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        backtests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.backtests, Unset):
            backtests = []
            for backtests_item_data in self.backtests:
                backtests_item = backtests_item_data.to_dict()
                backtests.append(backtests_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if backtests is not UNSET:
            field_dict["backtests"] = backtests
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        errors = cast("list[str]", d.pop("errors", UNSET))

        _backtests = d.pop("backtests", UNSET)
        backtests: list[BacktestSummaryResult] | Unset = UNSET
        if _backtests is not UNSET:
            backtests = []
            for backtests_item_data in _backtests:
                backtests_item = BacktestSummaryResult.from_dict(backtests_item_data)

                backtests.append(backtests_item)

        count = d.pop("count", UNSET)

        backtest_summary_response = cls(
            success=success,
            errors=errors,
            backtests=backtests,
            count=count,
        )

        backtest_summary_response.additional_properties = d
        return backtest_summary_response

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


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.backtest_summary_result import BacktestSummaryResult  # noqa: E402
