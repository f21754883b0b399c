from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="StatisticsResult")


@_attrs_define(repr=False)
class StatisticsResult:
    """Result statistics as display strings such as `"1.234"`, `"$100,000.00"`, `"12.5%"` (`[]` until completed)."""

    total_orders: str | Unset = UNSET
    """ Number of orders placed. """
    average_win: str | Unset = UNSET
    """ Mean return of winning trades. """
    average_loss: str | Unset = UNSET
    """ Mean return of losing trades. """
    compounding_annual_return: str | Unset = UNSET
    """ Annualized compounded return. """
    drawdown: str | Unset = UNSET
    """ Largest peak-to-trough fall. """
    expectancy: str | Unset = UNSET
    """ Expected return per trade. """
    start_equity: str | Unset = UNSET
    """ Equity at the start. """
    end_equity: str | Unset = UNSET
    """ Equity at the end. """
    net_profit: str | Unset = UNSET
    """ Net profit over the backtest. """
    sharpe_ratio: str | Unset = UNSET
    """ Sharpe ratio. """
    sortino_ratio: str | Unset = UNSET
    """ Sortino ratio. """
    probabilistic_sharpe_ratio: str | Unset = UNSET
    """ Probabilistic Sharpe ratio. """
    loss_rate: str | Unset = UNSET
    """ Share of losing trades. """
    win_rate: str | Unset = UNSET
    """ Share of winning trades. """
    profit_loss_ratio: str | Unset = UNSET
    """ Average win over average loss. """
    alpha: str | Unset = UNSET
    """ Alpha against the benchmark. """
    beta: str | Unset = UNSET
    """ Beta against the benchmark. """
    annual_standard_deviation: str | Unset = UNSET
    """ Annualized standard deviation of returns. """
    annual_variance: str | Unset = UNSET
    """ Annualized variance of returns. """
    information_ratio: str | Unset = UNSET
    """ Information ratio. """
    tracking_error: str | Unset = UNSET
    """ Tracking error against the benchmark. """
    treynor_ratio: str | Unset = UNSET
    """ Treynor ratio. """
    total_fees: str | Unset = UNSET
    """ Fees paid. """
    estimated_strategy_capacity: str | Unset = UNSET
    """ Estimated capacity of the strategy. """
    lowest_capacity_asset: str | Unset = UNSET
    """ The asset that limits capacity most. """
    portfolio_turnover: str | Unset = UNSET
    """ Average portfolio turnover. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_orders = self.total_orders

        average_win = self.average_win

        average_loss = self.average_loss

        compounding_annual_return = self.compounding_annual_return

        drawdown = self.drawdown

        expectancy = self.expectancy

        start_equity = self.start_equity

        end_equity = self.end_equity

        net_profit = self.net_profit

        sharpe_ratio = self.sharpe_ratio

        sortino_ratio = self.sortino_ratio

        probabilistic_sharpe_ratio = self.probabilistic_sharpe_ratio

        loss_rate = self.loss_rate

        win_rate = self.win_rate

        profit_loss_ratio = self.profit_loss_ratio

        alpha = self.alpha

        beta = self.beta

        annual_standard_deviation = self.annual_standard_deviation

        annual_variance = self.annual_variance

        information_ratio = self.information_ratio

        tracking_error = self.tracking_error

        treynor_ratio = self.treynor_ratio

        total_fees = self.total_fees

        estimated_strategy_capacity = self.estimated_strategy_capacity

        lowest_capacity_asset = self.lowest_capacity_asset

        portfolio_turnover = self.portfolio_turnover

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_orders is not UNSET:
            field_dict["Total Orders"] = total_orders
        if average_win is not UNSET:
            field_dict["Average Win"] = average_win
        if average_loss is not UNSET:
            field_dict["Average Loss"] = average_loss
        if compounding_annual_return is not UNSET:
            field_dict["Compounding Annual Return"] = compounding_annual_return
        if drawdown is not UNSET:
            field_dict["Drawdown"] = drawdown
        if expectancy is not UNSET:
            field_dict["Expectancy"] = expectancy
        if start_equity is not UNSET:
            field_dict["Start Equity"] = start_equity
        if end_equity is not UNSET:
            field_dict["End Equity"] = end_equity
        if net_profit is not UNSET:
            field_dict["Net Profit"] = net_profit
        if sharpe_ratio is not UNSET:
            field_dict["Sharpe Ratio"] = sharpe_ratio
        if sortino_ratio is not UNSET:
            field_dict["Sortino Ratio"] = sortino_ratio
        if probabilistic_sharpe_ratio is not UNSET:
            field_dict["Probabilistic Sharpe Ratio"] = probabilistic_sharpe_ratio
        if loss_rate is not UNSET:
            field_dict["Loss Rate"] = loss_rate
        if win_rate is not UNSET:
            field_dict["Win Rate"] = win_rate
        if profit_loss_ratio is not UNSET:
            field_dict["Profit-Loss Ratio"] = profit_loss_ratio
        if alpha is not UNSET:
            field_dict["Alpha"] = alpha
        if beta is not UNSET:
            field_dict["Beta"] = beta
        if annual_standard_deviation is not UNSET:
            field_dict["Annual Standard Deviation"] = annual_standard_deviation
        if annual_variance is not UNSET:
            field_dict["Annual Variance"] = annual_variance
        if information_ratio is not UNSET:
            field_dict["Information Ratio"] = information_ratio
        if tracking_error is not UNSET:
            field_dict["Tracking Error"] = tracking_error
        if treynor_ratio is not UNSET:
            field_dict["Treynor Ratio"] = treynor_ratio
        if total_fees is not UNSET:
            field_dict["Total Fees"] = total_fees
        if estimated_strategy_capacity is not UNSET:
            field_dict["Estimated Strategy Capacity"] = estimated_strategy_capacity
        if lowest_capacity_asset is not UNSET:
            field_dict["Lowest Capacity Asset"] = lowest_capacity_asset
        if portfolio_turnover is not UNSET:
            field_dict["Portfolio Turnover"] = portfolio_turnover

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_orders = d.pop("Total Orders", UNSET)

        average_win = d.pop("Average Win", UNSET)

        average_loss = d.pop("Average Loss", UNSET)

        compounding_annual_return = d.pop("Compounding Annual Return", UNSET)

        drawdown = d.pop("Drawdown", UNSET)

        expectancy = d.pop("Expectancy", UNSET)

        start_equity = d.pop("Start Equity", UNSET)

        end_equity = d.pop("End Equity", UNSET)

        net_profit = d.pop("Net Profit", UNSET)

        sharpe_ratio = d.pop("Sharpe Ratio", UNSET)

        sortino_ratio = d.pop("Sortino Ratio", UNSET)

        probabilistic_sharpe_ratio = d.pop("Probabilistic Sharpe Ratio", UNSET)

        loss_rate = d.pop("Loss Rate", UNSET)

        win_rate = d.pop("Win Rate", UNSET)

        profit_loss_ratio = d.pop("Profit-Loss Ratio", UNSET)

        alpha = d.pop("Alpha", UNSET)

        beta = d.pop("Beta", UNSET)

        annual_standard_deviation = d.pop("Annual Standard Deviation", UNSET)

        annual_variance = d.pop("Annual Variance", UNSET)

        information_ratio = d.pop("Information Ratio", UNSET)

        tracking_error = d.pop("Tracking Error", UNSET)

        treynor_ratio = d.pop("Treynor Ratio", UNSET)

        total_fees = d.pop("Total Fees", UNSET)

        estimated_strategy_capacity = d.pop("Estimated Strategy Capacity", UNSET)

        lowest_capacity_asset = d.pop("Lowest Capacity Asset", UNSET)

        portfolio_turnover = d.pop("Portfolio Turnover", UNSET)

        statistics_result = cls(
            total_orders=total_orders,
            average_win=average_win,
            average_loss=average_loss,
            compounding_annual_return=compounding_annual_return,
            drawdown=drawdown,
            expectancy=expectancy,
            start_equity=start_equity,
            end_equity=end_equity,
            net_profit=net_profit,
            sharpe_ratio=sharpe_ratio,
            sortino_ratio=sortino_ratio,
            probabilistic_sharpe_ratio=probabilistic_sharpe_ratio,
            loss_rate=loss_rate,
            win_rate=win_rate,
            profit_loss_ratio=profit_loss_ratio,
            alpha=alpha,
            beta=beta,
            annual_standard_deviation=annual_standard_deviation,
            annual_variance=annual_variance,
            information_ratio=information_ratio,
            tracking_error=tracking_error,
            treynor_ratio=treynor_ratio,
            total_fees=total_fees,
            estimated_strategy_capacity=estimated_strategy_capacity,
            lowest_capacity_asset=lowest_capacity_asset,
            portfolio_turnover=portfolio_turnover,
        )

        statistics_result.additional_properties = d
        return statistics_result

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
    "total_orders",
    "average_win",
    "average_loss",
    "compounding_annual_return",
    "drawdown",
    "expectancy",
    "start_equity",
    "end_equity",
    "net_profit",
    "sharpe_ratio",
    "sortino_ratio",
    "probabilistic_sharpe_ratio",
    "loss_rate",
    "win_rate",
    "profit_loss_ratio",
    "alpha",
    "beta",
    "annual_standard_deviation",
    "annual_variance",
    "information_ratio",
    "tracking_error",
    "treynor_ratio",
    "total_fees",
    "estimated_strategy_capacity",
    "lowest_capacity_asset",
    "portfolio_turnover",
)
