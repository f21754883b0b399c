from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="TradeStatistics")


@_attrs_define(repr=False)
class TradeStatistics:
    """Statistics computed from the closed trades. Durations are .NET TimeSpan strings (`d.hh:mm:ss`)."""

    start_date_time: datetime.datetime | None
    """ Entry time of the first trade. """
    end_date_time: datetime.datetime | None
    """ Exit time of the last trade. """
    total_number_of_trades: int
    """ Number of trades. """
    number_of_winning_trades: int
    """ Number of winning trades. """
    number_of_losing_trades: int
    """ Number of losing trades. """
    total_profit_loss: float
    """ Total profit or loss. """
    total_profit: float
    """ Total profit of winning trades. """
    total_loss: float
    """ Total loss of losing trades. """
    largest_profit: float
    """ Largest profit of one trade. """
    largest_loss: float
    """ Largest loss of one trade. """
    average_profit_loss: float
    """ Mean profit or loss per trade. """
    average_profit: float
    """ Mean profit of winning trades. """
    average_loss: float
    """ Mean loss of losing trades. """
    average_trade_duration: str
    """ Mean trade duration. """
    average_winning_trade_duration: str
    """ Mean duration of winning trades. """
    average_losing_trade_duration: str
    """ Mean duration of losing trades. """
    median_trade_duration: str
    """ Median trade duration. """
    median_winning_trade_duration: str
    """ Median duration of winning trades. """
    median_losing_trade_duration: str
    """ Median duration of losing trades. """
    max_consecutive_winning_trades: int
    """ Longest run of winning trades. """
    max_consecutive_losing_trades: int
    """ Longest run of losing trades. """
    profit_loss_ratio: float
    """ Mean profit over mean loss. """
    win_loss_ratio: float
    """ Winning trades over losing trades. """
    win_rate: float
    """ Share of winning trades. """
    loss_rate: float
    """ Share of losing trades. """
    average_mae: float
    """ Mean maximum adverse excursion. """
    average_mfe: float
    """ Mean maximum favorable excursion. """
    largest_mae: float
    """ Largest maximum adverse excursion. """
    largest_mfe: float
    """ Largest maximum favorable excursion. """
    maximum_closed_trade_drawdown: float
    """ Largest closed-trade drawdown. """
    maximum_intra_trade_drawdown: float
    """ Largest intra-trade drawdown. """
    profit_loss_standard_deviation: float
    """ Standard deviation of trade results. """
    profit_loss_downside_deviation: float
    """ Downside deviation of trade results. """
    profit_factor: float
    """ Total profit over total loss. """
    sharpe_ratio: float
    """ Mean trade result over its standard deviation. """
    sortino_ratio: float
    """ Mean trade result over its downside deviation. """
    profit_to_max_drawdown_ratio: float
    """ Total result over the largest closed-trade drawdown. """
    maximum_end_trade_drawdown: float
    """ Most profit given back by one trade before exit. """
    average_end_trade_drawdown: float
    """ Mean profit given back before exit. """
    maximum_drawdown_duration: str
    """ Longest time between equity highs. """
    total_fees: float
    """ Fees of all trades. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date_time: str | None
        if isinstance(self.start_date_time, datetime.datetime):
            start_date_time = self.start_date_time.isoformat()
        else:
            start_date_time = self.start_date_time

        end_date_time: str | None
        if isinstance(self.end_date_time, datetime.datetime):
            end_date_time = self.end_date_time.isoformat()
        else:
            end_date_time = self.end_date_time

        total_number_of_trades = self.total_number_of_trades

        number_of_winning_trades = self.number_of_winning_trades

        number_of_losing_trades = self.number_of_losing_trades

        total_profit_loss = self.total_profit_loss

        total_profit = self.total_profit

        total_loss = self.total_loss

        largest_profit = self.largest_profit

        largest_loss = self.largest_loss

        average_profit_loss = self.average_profit_loss

        average_profit = self.average_profit

        average_loss = self.average_loss

        average_trade_duration = self.average_trade_duration

        average_winning_trade_duration = self.average_winning_trade_duration

        average_losing_trade_duration = self.average_losing_trade_duration

        median_trade_duration = self.median_trade_duration

        median_winning_trade_duration = self.median_winning_trade_duration

        median_losing_trade_duration = self.median_losing_trade_duration

        max_consecutive_winning_trades = self.max_consecutive_winning_trades

        max_consecutive_losing_trades = self.max_consecutive_losing_trades

        profit_loss_ratio = self.profit_loss_ratio

        win_loss_ratio = self.win_loss_ratio

        win_rate = self.win_rate

        loss_rate = self.loss_rate

        average_mae = self.average_mae

        average_mfe = self.average_mfe

        largest_mae = self.largest_mae

        largest_mfe = self.largest_mfe

        maximum_closed_trade_drawdown = self.maximum_closed_trade_drawdown

        maximum_intra_trade_drawdown = self.maximum_intra_trade_drawdown

        profit_loss_standard_deviation = self.profit_loss_standard_deviation

        profit_loss_downside_deviation = self.profit_loss_downside_deviation

        profit_factor = self.profit_factor

        sharpe_ratio = self.sharpe_ratio

        sortino_ratio = self.sortino_ratio

        profit_to_max_drawdown_ratio = self.profit_to_max_drawdown_ratio

        maximum_end_trade_drawdown = self.maximum_end_trade_drawdown

        average_end_trade_drawdown = self.average_end_trade_drawdown

        maximum_drawdown_duration = self.maximum_drawdown_duration

        total_fees = self.total_fees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDateTime": start_date_time,
                "endDateTime": end_date_time,
                "totalNumberOfTrades": total_number_of_trades,
                "numberOfWinningTrades": number_of_winning_trades,
                "numberOfLosingTrades": number_of_losing_trades,
                "totalProfitLoss": total_profit_loss,
                "totalProfit": total_profit,
                "totalLoss": total_loss,
                "largestProfit": largest_profit,
                "largestLoss": largest_loss,
                "averageProfitLoss": average_profit_loss,
                "averageProfit": average_profit,
                "averageLoss": average_loss,
                "averageTradeDuration": average_trade_duration,
                "averageWinningTradeDuration": average_winning_trade_duration,
                "averageLosingTradeDuration": average_losing_trade_duration,
                "medianTradeDuration": median_trade_duration,
                "medianWinningTradeDuration": median_winning_trade_duration,
                "medianLosingTradeDuration": median_losing_trade_duration,
                "maxConsecutiveWinningTrades": max_consecutive_winning_trades,
                "maxConsecutiveLosingTrades": max_consecutive_losing_trades,
                "profitLossRatio": profit_loss_ratio,
                "winLossRatio": win_loss_ratio,
                "winRate": win_rate,
                "lossRate": loss_rate,
                "averageMAE": average_mae,
                "averageMFE": average_mfe,
                "largestMAE": largest_mae,
                "largestMFE": largest_mfe,
                "maximumClosedTradeDrawdown": maximum_closed_trade_drawdown,
                "maximumIntraTradeDrawdown": maximum_intra_trade_drawdown,
                "profitLossStandardDeviation": profit_loss_standard_deviation,
                "profitLossDownsideDeviation": profit_loss_downside_deviation,
                "profitFactor": profit_factor,
                "sharpeRatio": sharpe_ratio,
                "sortinoRatio": sortino_ratio,
                "profitToMaxDrawdownRatio": profit_to_max_drawdown_ratio,
                "maximumEndTradeDrawdown": maximum_end_trade_drawdown,
                "averageEndTradeDrawdown": average_end_trade_drawdown,
                "maximumDrawdownDuration": maximum_drawdown_duration,
                "totalFees": total_fees,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_start_date_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_date_time = _parse_start_date_time(d.pop("startDateTime", None))

        def _parse_end_date_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_date_time = _parse_end_date_time(d.pop("endDateTime", None))

        total_number_of_trades = d.pop("totalNumberOfTrades")

        number_of_winning_trades = d.pop("numberOfWinningTrades")

        number_of_losing_trades = d.pop("numberOfLosingTrades")

        total_profit_loss = d.pop("totalProfitLoss")

        total_profit = d.pop("totalProfit")

        total_loss = d.pop("totalLoss")

        largest_profit = d.pop("largestProfit")

        largest_loss = d.pop("largestLoss")

        average_profit_loss = d.pop("averageProfitLoss")

        average_profit = d.pop("averageProfit")

        average_loss = d.pop("averageLoss")

        average_trade_duration = d.pop("averageTradeDuration")

        average_winning_trade_duration = d.pop("averageWinningTradeDuration")

        average_losing_trade_duration = d.pop("averageLosingTradeDuration")

        median_trade_duration = d.pop("medianTradeDuration")

        median_winning_trade_duration = d.pop("medianWinningTradeDuration")

        median_losing_trade_duration = d.pop("medianLosingTradeDuration")

        max_consecutive_winning_trades = d.pop("maxConsecutiveWinningTrades")

        max_consecutive_losing_trades = d.pop("maxConsecutiveLosingTrades")

        profit_loss_ratio = d.pop("profitLossRatio")

        win_loss_ratio = d.pop("winLossRatio")

        win_rate = d.pop("winRate")

        loss_rate = d.pop("lossRate")

        average_mae = d.pop("averageMAE")

        average_mfe = d.pop("averageMFE")

        largest_mae = d.pop("largestMAE")

        largest_mfe = d.pop("largestMFE")

        maximum_closed_trade_drawdown = d.pop("maximumClosedTradeDrawdown")

        maximum_intra_trade_drawdown = d.pop("maximumIntraTradeDrawdown")

        profit_loss_standard_deviation = d.pop("profitLossStandardDeviation")

        profit_loss_downside_deviation = d.pop("profitLossDownsideDeviation")

        profit_factor = d.pop("profitFactor")

        sharpe_ratio = d.pop("sharpeRatio")

        sortino_ratio = d.pop("sortinoRatio")

        profit_to_max_drawdown_ratio = d.pop("profitToMaxDrawdownRatio")

        maximum_end_trade_drawdown = d.pop("maximumEndTradeDrawdown")

        average_end_trade_drawdown = d.pop("averageEndTradeDrawdown")

        maximum_drawdown_duration = d.pop("maximumDrawdownDuration")

        total_fees = d.pop("totalFees")

        trade_statistics = cls(
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            total_number_of_trades=total_number_of_trades,
            number_of_winning_trades=number_of_winning_trades,
            number_of_losing_trades=number_of_losing_trades,
            total_profit_loss=total_profit_loss,
            total_profit=total_profit,
            total_loss=total_loss,
            largest_profit=largest_profit,
            largest_loss=largest_loss,
            average_profit_loss=average_profit_loss,
            average_profit=average_profit,
            average_loss=average_loss,
            average_trade_duration=average_trade_duration,
            average_winning_trade_duration=average_winning_trade_duration,
            average_losing_trade_duration=average_losing_trade_duration,
            median_trade_duration=median_trade_duration,
            median_winning_trade_duration=median_winning_trade_duration,
            median_losing_trade_duration=median_losing_trade_duration,
            max_consecutive_winning_trades=max_consecutive_winning_trades,
            max_consecutive_losing_trades=max_consecutive_losing_trades,
            profit_loss_ratio=profit_loss_ratio,
            win_loss_ratio=win_loss_ratio,
            win_rate=win_rate,
            loss_rate=loss_rate,
            average_mae=average_mae,
            average_mfe=average_mfe,
            largest_mae=largest_mae,
            largest_mfe=largest_mfe,
            maximum_closed_trade_drawdown=maximum_closed_trade_drawdown,
            maximum_intra_trade_drawdown=maximum_intra_trade_drawdown,
            profit_loss_standard_deviation=profit_loss_standard_deviation,
            profit_loss_downside_deviation=profit_loss_downside_deviation,
            profit_factor=profit_factor,
            sharpe_ratio=sharpe_ratio,
            sortino_ratio=sortino_ratio,
            profit_to_max_drawdown_ratio=profit_to_max_drawdown_ratio,
            maximum_end_trade_drawdown=maximum_end_trade_drawdown,
            average_end_trade_drawdown=average_end_trade_drawdown,
            maximum_drawdown_duration=maximum_drawdown_duration,
            total_fees=total_fees,
        )

        trade_statistics.additional_properties = d
        return trade_statistics

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
    "start_date_time",
    "end_date_time",
    "total_number_of_trades",
    "number_of_winning_trades",
    "number_of_losing_trades",
    "total_profit_loss",
    "total_profit",
    "total_loss",
    "largest_profit",
    "largest_loss",
    "average_profit_loss",
    "average_profit",
    "average_loss",
    "average_trade_duration",
    "average_winning_trade_duration",
    "average_losing_trade_duration",
    "median_trade_duration",
    "median_winning_trade_duration",
    "median_losing_trade_duration",
    "max_consecutive_winning_trades",
    "max_consecutive_losing_trades",
    "profit_loss_ratio",
    "win_loss_ratio",
    "win_rate",
    "loss_rate",
    "average_mae",
    "average_mfe",
    "largest_mae",
    "largest_mfe",
    "maximum_closed_trade_drawdown",
    "maximum_intra_trade_drawdown",
    "profit_loss_standard_deviation",
    "profit_loss_downside_deviation",
    "profit_factor",
    "sharpe_ratio",
    "sortino_ratio",
    "profit_to_max_drawdown_ratio",
    "maximum_end_trade_drawdown",
    "average_end_trade_drawdown",
    "maximum_drawdown_duration",
    "total_fees",
)
