from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="TradeStatistics")


@_attrs_define(repr=False)
class TradeStatistics:
    """Statistics computed from the closed trades. Durations are .NET TimeSpan strings (`d.hh:mm:ss`)."""

    start_date_time: datetime.datetime | None
    """ Entry time of the first trade. """
    end_date_time: datetime.datetime | None
    """ Exit time of the last trade. """
    total_number_of_trades: int | Unset = UNSET
    """ Number of trades. """
    number_of_winning_trades: int | Unset = UNSET
    """ Number of winning trades. """
    number_of_losing_trades: int | Unset = UNSET
    """ Number of losing trades. """
    total_profit_loss: float | Unset = UNSET
    """ Total profit or loss. """
    total_profit: float | Unset = UNSET
    """ Total profit of winning trades. """
    total_loss: float | Unset = UNSET
    """ Total loss of losing trades. """
    largest_profit: float | Unset = UNSET
    """ Largest profit of one trade. """
    largest_loss: float | Unset = UNSET
    """ Largest loss of one trade. """
    average_profit_loss: float | Unset = UNSET
    """ Mean profit or loss per trade. """
    average_profit: float | Unset = UNSET
    """ Mean profit of winning trades. """
    average_loss: float | Unset = UNSET
    """ Mean loss of losing trades. """
    average_trade_duration: str | Unset = UNSET
    """ Mean trade duration. """
    average_winning_trade_duration: str | Unset = UNSET
    """ Mean duration of winning trades. """
    average_losing_trade_duration: str | Unset = UNSET
    """ Mean duration of losing trades. """
    median_trade_duration: str | Unset = UNSET
    """ Median trade duration. """
    median_winning_trade_duration: str | Unset = UNSET
    """ Median duration of winning trades. """
    median_losing_trade_duration: str | Unset = UNSET
    """ Median duration of losing trades. """
    max_consecutive_winning_trades: int | Unset = UNSET
    """ Longest run of winning trades. """
    max_consecutive_losing_trades: int | Unset = UNSET
    """ Longest run of losing trades. """
    profit_loss_ratio: float | Unset = UNSET
    """ Mean profit over mean loss. """
    win_loss_ratio: float | Unset = UNSET
    """ Winning trades over losing trades. """
    win_rate: float | Unset = UNSET
    """ Share of winning trades. """
    loss_rate: float | Unset = UNSET
    """ Share of losing trades. """
    average_mae: float | Unset = UNSET
    """ Mean maximum adverse excursion. """
    average_mfe: float | Unset = UNSET
    """ Mean maximum favorable excursion. """
    largest_mae: float | Unset = UNSET
    """ Largest maximum adverse excursion. """
    largest_mfe: float | Unset = UNSET
    """ Largest maximum favorable excursion. """
    maximum_closed_trade_drawdown: float | Unset = UNSET
    """ Largest closed-trade drawdown. """
    maximum_intra_trade_drawdown: float | Unset = UNSET
    """ Largest intra-trade drawdown. """
    profit_loss_standard_deviation: float | Unset = UNSET
    """ Standard deviation of trade results. """
    profit_loss_downside_deviation: float | Unset = UNSET
    """ Downside deviation of trade results. """
    profit_factor: float | Unset = UNSET
    """ Total profit over total loss. """
    sharpe_ratio: float | Unset = UNSET
    """ Mean trade result over its standard deviation. """
    sortino_ratio: float | Unset = UNSET
    """ Mean trade result over its downside deviation. """
    profit_to_max_drawdown_ratio: float | Unset = UNSET
    """ Total result over the largest closed-trade drawdown. """
    maximum_end_trade_drawdown: float | Unset = UNSET
    """ Most profit given back by one trade before exit. """
    average_end_trade_drawdown: float | Unset = UNSET
    """ Mean profit given back before exit. """
    maximum_drawdown_duration: str | Unset = UNSET
    """ Longest time between equity highs. """
    total_fees: float | Unset = UNSET
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
            }
        )
        if total_number_of_trades is not UNSET:
            field_dict["totalNumberOfTrades"] = total_number_of_trades
        if number_of_winning_trades is not UNSET:
            field_dict["numberOfWinningTrades"] = number_of_winning_trades
        if number_of_losing_trades is not UNSET:
            field_dict["numberOfLosingTrades"] = number_of_losing_trades
        if total_profit_loss is not UNSET:
            field_dict["totalProfitLoss"] = total_profit_loss
        if total_profit is not UNSET:
            field_dict["totalProfit"] = total_profit
        if total_loss is not UNSET:
            field_dict["totalLoss"] = total_loss
        if largest_profit is not UNSET:
            field_dict["largestProfit"] = largest_profit
        if largest_loss is not UNSET:
            field_dict["largestLoss"] = largest_loss
        if average_profit_loss is not UNSET:
            field_dict["averageProfitLoss"] = average_profit_loss
        if average_profit is not UNSET:
            field_dict["averageProfit"] = average_profit
        if average_loss is not UNSET:
            field_dict["averageLoss"] = average_loss
        if average_trade_duration is not UNSET:
            field_dict["averageTradeDuration"] = average_trade_duration
        if average_winning_trade_duration is not UNSET:
            field_dict["averageWinningTradeDuration"] = average_winning_trade_duration
        if average_losing_trade_duration is not UNSET:
            field_dict["averageLosingTradeDuration"] = average_losing_trade_duration
        if median_trade_duration is not UNSET:
            field_dict["medianTradeDuration"] = median_trade_duration
        if median_winning_trade_duration is not UNSET:
            field_dict["medianWinningTradeDuration"] = median_winning_trade_duration
        if median_losing_trade_duration is not UNSET:
            field_dict["medianLosingTradeDuration"] = median_losing_trade_duration
        if max_consecutive_winning_trades is not UNSET:
            field_dict["maxConsecutiveWinningTrades"] = max_consecutive_winning_trades
        if max_consecutive_losing_trades is not UNSET:
            field_dict["maxConsecutiveLosingTrades"] = max_consecutive_losing_trades
        if profit_loss_ratio is not UNSET:
            field_dict["profitLossRatio"] = profit_loss_ratio
        if win_loss_ratio is not UNSET:
            field_dict["winLossRatio"] = win_loss_ratio
        if win_rate is not UNSET:
            field_dict["winRate"] = win_rate
        if loss_rate is not UNSET:
            field_dict["lossRate"] = loss_rate
        if average_mae is not UNSET:
            field_dict["averageMAE"] = average_mae
        if average_mfe is not UNSET:
            field_dict["averageMFE"] = average_mfe
        if largest_mae is not UNSET:
            field_dict["largestMAE"] = largest_mae
        if largest_mfe is not UNSET:
            field_dict["largestMFE"] = largest_mfe
        if maximum_closed_trade_drawdown is not UNSET:
            field_dict["maximumClosedTradeDrawdown"] = maximum_closed_trade_drawdown
        if maximum_intra_trade_drawdown is not UNSET:
            field_dict["maximumIntraTradeDrawdown"] = maximum_intra_trade_drawdown
        if profit_loss_standard_deviation is not UNSET:
            field_dict["profitLossStandardDeviation"] = profit_loss_standard_deviation
        if profit_loss_downside_deviation is not UNSET:
            field_dict["profitLossDownsideDeviation"] = profit_loss_downside_deviation
        if profit_factor is not UNSET:
            field_dict["profitFactor"] = profit_factor
        if sharpe_ratio is not UNSET:
            field_dict["sharpeRatio"] = sharpe_ratio
        if sortino_ratio is not UNSET:
            field_dict["sortinoRatio"] = sortino_ratio
        if profit_to_max_drawdown_ratio is not UNSET:
            field_dict["profitToMaxDrawdownRatio"] = profit_to_max_drawdown_ratio
        if maximum_end_trade_drawdown is not UNSET:
            field_dict["maximumEndTradeDrawdown"] = maximum_end_trade_drawdown
        if average_end_trade_drawdown is not UNSET:
            field_dict["averageEndTradeDrawdown"] = average_end_trade_drawdown
        if maximum_drawdown_duration is not UNSET:
            field_dict["maximumDrawdownDuration"] = maximum_drawdown_duration
        if total_fees is not UNSET:
            field_dict["totalFees"] = total_fees

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

        total_number_of_trades = d.pop("totalNumberOfTrades", UNSET)

        number_of_winning_trades = d.pop("numberOfWinningTrades", UNSET)

        number_of_losing_trades = d.pop("numberOfLosingTrades", UNSET)

        total_profit_loss = d.pop("totalProfitLoss", UNSET)

        total_profit = d.pop("totalProfit", UNSET)

        total_loss = d.pop("totalLoss", UNSET)

        largest_profit = d.pop("largestProfit", UNSET)

        largest_loss = d.pop("largestLoss", UNSET)

        average_profit_loss = d.pop("averageProfitLoss", UNSET)

        average_profit = d.pop("averageProfit", UNSET)

        average_loss = d.pop("averageLoss", UNSET)

        average_trade_duration = d.pop("averageTradeDuration", UNSET)

        average_winning_trade_duration = d.pop("averageWinningTradeDuration", UNSET)

        average_losing_trade_duration = d.pop("averageLosingTradeDuration", UNSET)

        median_trade_duration = d.pop("medianTradeDuration", UNSET)

        median_winning_trade_duration = d.pop("medianWinningTradeDuration", UNSET)

        median_losing_trade_duration = d.pop("medianLosingTradeDuration", UNSET)

        max_consecutive_winning_trades = d.pop("maxConsecutiveWinningTrades", UNSET)

        max_consecutive_losing_trades = d.pop("maxConsecutiveLosingTrades", UNSET)

        profit_loss_ratio = d.pop("profitLossRatio", UNSET)

        win_loss_ratio = d.pop("winLossRatio", UNSET)

        win_rate = d.pop("winRate", UNSET)

        loss_rate = d.pop("lossRate", UNSET)

        average_mae = d.pop("averageMAE", UNSET)

        average_mfe = d.pop("averageMFE", UNSET)

        largest_mae = d.pop("largestMAE", UNSET)

        largest_mfe = d.pop("largestMFE", UNSET)

        maximum_closed_trade_drawdown = d.pop("maximumClosedTradeDrawdown", UNSET)

        maximum_intra_trade_drawdown = d.pop("maximumIntraTradeDrawdown", UNSET)

        profit_loss_standard_deviation = d.pop("profitLossStandardDeviation", UNSET)

        profit_loss_downside_deviation = d.pop("profitLossDownsideDeviation", UNSET)

        profit_factor = d.pop("profitFactor", UNSET)

        sharpe_ratio = d.pop("sharpeRatio", UNSET)

        sortino_ratio = d.pop("sortinoRatio", UNSET)

        profit_to_max_drawdown_ratio = d.pop("profitToMaxDrawdownRatio", UNSET)

        maximum_end_trade_drawdown = d.pop("maximumEndTradeDrawdown", UNSET)

        average_end_trade_drawdown = d.pop("averageEndTradeDrawdown", UNSET)

        maximum_drawdown_duration = d.pop("maximumDrawdownDuration", UNSET)

        total_fees = d.pop("totalFees", UNSET)

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
