from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="RuntimeStatistics")


@_attrs_define(repr=False)
class RuntimeStatistics:
    """Banner statistics, as display strings: the values so far while the backtest runs, the final ones once
    it completed. QuantConnect's CLI reads this as a map (or null), so an object is sent even before the
    first update; `[]` is still accepted from other sources.

    """

    equity: str | Unset = UNSET
    """ Total portfolio value. """
    fees: str | Unset = UNSET
    """ Fees paid so far. """
    holdings: str | Unset = UNSET
    """ Value of the holdings. """
    net_profit: str | Unset = UNSET
    """ Net profit. """
    probabilistic_sharpe_ratio: str | Unset = UNSET
    """ Probabilistic Sharpe ratio. """
    return_: str | Unset = UNSET
    """ Return so far. """
    unrealized: str | Unset = UNSET
    """ Unrealized profit or loss. """
    volume: str | Unset = UNSET
    """ Traded volume. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equity = self.equity

        fees = self.fees

        holdings = self.holdings

        net_profit = self.net_profit

        probabilistic_sharpe_ratio = self.probabilistic_sharpe_ratio

        return_ = self.return_

        unrealized = self.unrealized

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if equity is not UNSET:
            field_dict["Equity"] = equity
        if fees is not UNSET:
            field_dict["Fees"] = fees
        if holdings is not UNSET:
            field_dict["Holdings"] = holdings
        if net_profit is not UNSET:
            field_dict["Net Profit"] = net_profit
        if probabilistic_sharpe_ratio is not UNSET:
            field_dict["Probabilistic Sharpe Ratio"] = probabilistic_sharpe_ratio
        if return_ is not UNSET:
            field_dict["Return"] = return_
        if unrealized is not UNSET:
            field_dict["Unrealized"] = unrealized
        if volume is not UNSET:
            field_dict["Volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        equity = d.pop("Equity", UNSET)

        fees = d.pop("Fees", UNSET)

        holdings = d.pop("Holdings", UNSET)

        net_profit = d.pop("Net Profit", UNSET)

        probabilistic_sharpe_ratio = d.pop("Probabilistic Sharpe Ratio", UNSET)

        return_ = d.pop("Return", UNSET)

        unrealized = d.pop("Unrealized", UNSET)

        volume = d.pop("Volume", UNSET)

        runtime_statistics = cls(
            equity=equity,
            fees=fees,
            holdings=holdings,
            net_profit=net_profit,
            probabilistic_sharpe_ratio=probabilistic_sharpe_ratio,
            return_=return_,
            unrealized=unrealized,
            volume=volume,
        )

        runtime_statistics.additional_properties = d
        return runtime_statistics

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


_FIELDS = (
    "equity",
    "fees",
    "holdings",
    "net_profit",
    "probabilistic_sharpe_ratio",
    "return_",
    "unrealized",
    "volume",
)
