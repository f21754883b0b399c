from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="PortfolioStatistics")


@_attrs_define(repr=False)
class PortfolioStatistics:
    """Statistics computed from the equity curve and the benchmark."""

    average_win_rate: float
    """ Mean return of winning trades. """
    average_loss_rate: float
    """ Mean return of losing trades. """
    profit_loss_ratio: float
    """ Mean win over mean loss. """
    win_rate: float
    """ Share of winning trades. """
    loss_rate: float
    """ Share of losing trades. """
    expectancy: float
    """ Expected return per trade. """
    start_equity: float
    """ Equity at the start. """
    end_equity: float
    """ Equity at the end. """
    compounding_annual_return: float
    """ Annualized compounded return. """
    drawdown: float
    """ Largest peak-to-trough fall. """
    total_net_profit: float
    """ Net profit as a fraction. """
    sharpe_ratio: float
    """ Sharpe ratio. """
    probabilistic_sharpe_ratio: float
    """ Probability that the true Sharpe ratio beats the benchmark's. """
    sortino_ratio: float
    """ Sortino ratio. """
    alpha: float
    """ Alpha against the benchmark. """
    beta: float
    """ Beta against the benchmark. """
    annual_standard_deviation: float
    """ Annualized standard deviation. """
    annual_variance: float
    """ Annualized variance. """
    information_ratio: float
    """ Information ratio. """
    tracking_error: float
    """ Tracking error. """
    treynor_ratio: float
    """ Treynor ratio. """
    portfolio_turnover: float
    """ Average portfolio turnover. """
    value_at_risk_99: float
    """ One-day value at risk at 99% confidence. """
    value_at_risk_95: float
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
        field_dict.update(
            {
                "averageWinRate": average_win_rate,
                "averageLossRate": average_loss_rate,
                "profitLossRatio": profit_loss_ratio,
                "winRate": win_rate,
                "lossRate": loss_rate,
                "expectancy": expectancy,
                "startEquity": start_equity,
                "endEquity": end_equity,
                "compoundingAnnualReturn": compounding_annual_return,
                "drawdown": drawdown,
                "totalNetProfit": total_net_profit,
                "sharpeRatio": sharpe_ratio,
                "probabilisticSharpeRatio": probabilistic_sharpe_ratio,
                "sortinoRatio": sortino_ratio,
                "alpha": alpha,
                "beta": beta,
                "annualStandardDeviation": annual_standard_deviation,
                "annualVariance": annual_variance,
                "informationRatio": information_ratio,
                "trackingError": tracking_error,
                "treynorRatio": treynor_ratio,
                "portfolioTurnover": portfolio_turnover,
                "valueAtRisk99": value_at_risk_99,
                "valueAtRisk95": value_at_risk_95,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_win_rate = d.pop("averageWinRate")

        average_loss_rate = d.pop("averageLossRate")

        profit_loss_ratio = d.pop("profitLossRatio")

        win_rate = d.pop("winRate")

        loss_rate = d.pop("lossRate")

        expectancy = d.pop("expectancy")

        start_equity = d.pop("startEquity")

        end_equity = d.pop("endEquity")

        compounding_annual_return = d.pop("compoundingAnnualReturn")

        drawdown = d.pop("drawdown")

        total_net_profit = d.pop("totalNetProfit")

        sharpe_ratio = d.pop("sharpeRatio")

        probabilistic_sharpe_ratio = d.pop("probabilisticSharpeRatio")

        sortino_ratio = d.pop("sortinoRatio")

        alpha = d.pop("alpha")

        beta = d.pop("beta")

        annual_standard_deviation = d.pop("annualStandardDeviation")

        annual_variance = d.pop("annualVariance")

        information_ratio = d.pop("informationRatio")

        tracking_error = d.pop("trackingError")

        treynor_ratio = d.pop("treynorRatio")

        portfolio_turnover = d.pop("portfolioTurnover")

        value_at_risk_99 = d.pop("valueAtRisk99")

        value_at_risk_95 = d.pop("valueAtRisk95")

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
