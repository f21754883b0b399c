from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PortfolioStatistics")


@_attrs_define(repr=False)
class PortfolioStatistics:
    """Statistics computed from the equity curve and the benchmark."""

    average_win_rate: float | Unset = UNSET
    """ Mean return of winning trades. """
    average_loss_rate: float | Unset = UNSET
    """ Mean return of losing trades. """
    profit_loss_ratio: float | Unset = UNSET
    """ Mean win over mean loss. """
    win_rate: float | Unset = UNSET
    """ Share of winning trades. """
    loss_rate: float | Unset = UNSET
    """ Share of losing trades. """
    expectancy: float | Unset = UNSET
    """ Expected return per trade. """
    start_equity: float | Unset = UNSET
    """ Equity at the start. """
    end_equity: float | Unset = UNSET
    """ Equity at the end. """
    compounding_annual_return: float | Unset = UNSET
    """ Annualized compounded return. """
    drawdown: float | Unset = UNSET
    """ Largest peak-to-trough fall. """
    total_net_profit: float | Unset = UNSET
    """ Net profit as a fraction. """
    sharpe_ratio: float | Unset = UNSET
    """ Sharpe ratio. """
    probabilistic_sharpe_ratio: float | Unset = UNSET
    """ Probability that the true Sharpe ratio beats the benchmark's. """
    sortino_ratio: float | Unset = UNSET
    """ Sortino ratio. """
    alpha: float | Unset = UNSET
    """ Alpha against the benchmark. """
    beta: float | Unset = UNSET
    """ Beta against the benchmark. """
    annual_standard_deviation: float | Unset = UNSET
    """ Annualized standard deviation. """
    annual_variance: float | Unset = UNSET
    """ Annualized variance. """
    information_ratio: float | Unset = UNSET
    """ Information ratio. """
    tracking_error: float | Unset = UNSET
    """ Tracking error. """
    treynor_ratio: float | Unset = UNSET
    """ Treynor ratio. """
    portfolio_turnover: float | Unset = UNSET
    """ Average portfolio turnover. """
    value_at_risk_99: float | Unset = UNSET
    """ One-day value at risk at 99% confidence. """
    value_at_risk_95: float | Unset = UNSET
    """ One-day value at risk at 95% confidence. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_win_rate = self.average_win_rate

        average_loss_rate = self.average_loss_rate

        profit_loss_ratio = self.profit_loss_ratio

        win_rate = self.win_rate

        loss_rate = self.loss_rate

        expectancy = self.expectancy

        start_equity = self.start_equity

        end_equity = self.end_equity

        compounding_annual_return = self.compounding_annual_return

        drawdown = self.drawdown

        total_net_profit = self.total_net_profit

        sharpe_ratio = self.sharpe_ratio

        probabilistic_sharpe_ratio = self.probabilistic_sharpe_ratio

        sortino_ratio = self.sortino_ratio

        alpha = self.alpha

        beta = self.beta

        annual_standard_deviation = self.annual_standard_deviation

        annual_variance = self.annual_variance

        information_ratio = self.information_ratio

        tracking_error = self.tracking_error

        treynor_ratio = self.treynor_ratio

        portfolio_turnover = self.portfolio_turnover

        value_at_risk_99 = self.value_at_risk_99

        value_at_risk_95 = self.value_at_risk_95

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_win_rate is not UNSET:
            field_dict["averageWinRate"] = average_win_rate
        if average_loss_rate is not UNSET:
            field_dict["averageLossRate"] = average_loss_rate
        if profit_loss_ratio is not UNSET:
            field_dict["profitLossRatio"] = profit_loss_ratio
        if win_rate is not UNSET:
            field_dict["winRate"] = win_rate
        if loss_rate is not UNSET:
            field_dict["lossRate"] = loss_rate
        if expectancy is not UNSET:
            field_dict["expectancy"] = expectancy
        if start_equity is not UNSET:
            field_dict["startEquity"] = start_equity
        if end_equity is not UNSET:
            field_dict["endEquity"] = end_equity
        if compounding_annual_return is not UNSET:
            field_dict["compoundingAnnualReturn"] = compounding_annual_return
        if drawdown is not UNSET:
            field_dict["drawdown"] = drawdown
        if total_net_profit is not UNSET:
            field_dict["totalNetProfit"] = total_net_profit
        if sharpe_ratio is not UNSET:
            field_dict["sharpeRatio"] = sharpe_ratio
        if probabilistic_sharpe_ratio is not UNSET:
            field_dict["probabilisticSharpeRatio"] = probabilistic_sharpe_ratio
        if sortino_ratio is not UNSET:
            field_dict["sortinoRatio"] = sortino_ratio
        if alpha is not UNSET:
            field_dict["alpha"] = alpha
        if beta is not UNSET:
            field_dict["beta"] = beta
        if annual_standard_deviation is not UNSET:
            field_dict["annualStandardDeviation"] = annual_standard_deviation
        if annual_variance is not UNSET:
            field_dict["annualVariance"] = annual_variance
        if information_ratio is not UNSET:
            field_dict["informationRatio"] = information_ratio
        if tracking_error is not UNSET:
            field_dict["trackingError"] = tracking_error
        if treynor_ratio is not UNSET:
            field_dict["treynorRatio"] = treynor_ratio
        if portfolio_turnover is not UNSET:
            field_dict["portfolioTurnover"] = portfolio_turnover
        if value_at_risk_99 is not UNSET:
            field_dict["valueAtRisk99"] = value_at_risk_99
        if value_at_risk_95 is not UNSET:
            field_dict["valueAtRisk95"] = value_at_risk_95

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_win_rate = d.pop("averageWinRate", UNSET)

        average_loss_rate = d.pop("averageLossRate", UNSET)

        profit_loss_ratio = d.pop("profitLossRatio", UNSET)

        win_rate = d.pop("winRate", UNSET)

        loss_rate = d.pop("lossRate", UNSET)

        expectancy = d.pop("expectancy", UNSET)

        start_equity = d.pop("startEquity", UNSET)

        end_equity = d.pop("endEquity", UNSET)

        compounding_annual_return = d.pop("compoundingAnnualReturn", UNSET)

        drawdown = d.pop("drawdown", UNSET)

        total_net_profit = d.pop("totalNetProfit", UNSET)

        sharpe_ratio = d.pop("sharpeRatio", UNSET)

        probabilistic_sharpe_ratio = d.pop("probabilisticSharpeRatio", UNSET)

        sortino_ratio = d.pop("sortinoRatio", UNSET)

        alpha = d.pop("alpha", UNSET)

        beta = d.pop("beta", UNSET)

        annual_standard_deviation = d.pop("annualStandardDeviation", UNSET)

        annual_variance = d.pop("annualVariance", UNSET)

        information_ratio = d.pop("informationRatio", UNSET)

        tracking_error = d.pop("trackingError", UNSET)

        treynor_ratio = d.pop("treynorRatio", UNSET)

        portfolio_turnover = d.pop("portfolioTurnover", UNSET)

        value_at_risk_99 = d.pop("valueAtRisk99", UNSET)

        value_at_risk_95 = d.pop("valueAtRisk95", UNSET)

        portfolio_statistics = cls(
            average_win_rate=average_win_rate,
            average_loss_rate=average_loss_rate,
            profit_loss_ratio=profit_loss_ratio,
            win_rate=win_rate,
            loss_rate=loss_rate,
            expectancy=expectancy,
            start_equity=start_equity,
            end_equity=end_equity,
            compounding_annual_return=compounding_annual_return,
            drawdown=drawdown,
            total_net_profit=total_net_profit,
            sharpe_ratio=sharpe_ratio,
            probabilistic_sharpe_ratio=probabilistic_sharpe_ratio,
            sortino_ratio=sortino_ratio,
            alpha=alpha,
            beta=beta,
            annual_standard_deviation=annual_standard_deviation,
            annual_variance=annual_variance,
            information_ratio=information_ratio,
            tracking_error=tracking_error,
            treynor_ratio=treynor_ratio,
            portfolio_turnover=portfolio_turnover,
            value_at_risk_99=value_at_risk_99,
            value_at_risk_95=value_at_risk_95,
        )

        portfolio_statistics.additional_properties = d
        return portfolio_statistics

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
    "average_win_rate",
    "average_loss_rate",
    "profit_loss_ratio",
    "win_rate",
    "loss_rate",
    "expectancy",
    "start_equity",
    "end_equity",
    "compounding_annual_return",
    "drawdown",
    "total_net_profit",
    "sharpe_ratio",
    "probabilistic_sharpe_ratio",
    "sortino_ratio",
    "alpha",
    "beta",
    "annual_standard_deviation",
    "annual_variance",
    "information_ratio",
    "tracking_error",
    "treynor_ratio",
    "portfolio_turnover",
    "value_at_risk_99",
    "value_at_risk_95",
)
