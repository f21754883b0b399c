from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="AlgorithmPerformance")


@_attrs_define(repr=False)
class AlgorithmPerformance:
    """Trade and portfolio statistics over a period, with the trades closed in it."""

    trade_statistics: TradeStatistics
    """ Statistics computed from the closed trades. Durations are .NET TimeSpan strings (`d.hh:mm:ss`). """
    portfolio_statistics: PortfolioStatistics
    """ Statistics computed from the equity curve and the benchmark. """
    closed_trades: list[Trade]
    """ Trades closed in the period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_statistics = self.trade_statistics.to_dict()

        portfolio_statistics = self.portfolio_statistics.to_dict()

        closed_trades = []
        for closed_trades_item_data in self.closed_trades:
            closed_trades_item = closed_trades_item_data.to_dict()
            closed_trades.append(closed_trades_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradeStatistics": trade_statistics,
                "portfolioStatistics": portfolio_statistics,
                "closedTrades": closed_trades,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trade_statistics = TradeStatistics.from_dict(d.pop("tradeStatistics"))

        portfolio_statistics = PortfolioStatistics.from_dict(d.pop("portfolioStatistics"))

        closed_trades = []
        _closed_trades = d.pop("closedTrades")
        for closed_trades_item_data in _closed_trades:
            closed_trades_item = Trade.from_dict(closed_trades_item_data)

            closed_trades.append(closed_trades_item)

        algorithm_performance = cls(
            trade_statistics=trade_statistics,
            portfolio_statistics=portfolio_statistics,
            closed_trades=closed_trades,
        )

        algorithm_performance.additional_properties = d
        return algorithm_performance

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
    "trade_statistics",
    "portfolio_statistics",
    "closed_trades",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.portfolio_statistics import PortfolioStatistics  # noqa: E402
from ..models.trade import Trade  # noqa: E402
from ..models.trade_statistics import TradeStatistics  # noqa: E402
