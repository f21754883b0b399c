from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backtest_status import BacktestStatus, check_backtest_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BacktestSummaryResult")


@_attrs_define(repr=False)
class BacktestSummaryResult:
    """A backtest in a list. The statistics fields are present when `includeStatistics` was asked for, and
    null while the backtest has none.

    """

    backtest_id: str
    """ Id of a backtest. """
    name: str
    """ Name of the backtest. """
    status: BacktestStatus | str
    """ State of the backtest (see BacktestStatus; any string is accepted). """
    created: datetime.datetime
    """ When the backtest was created (UTC). """
    optimization_id: str | None
    """ The optimization this backtest belongs to, if any. """
    tradeable_dates: int | None
    """ Number of tradeable days. """
    snapshot_id: int | None
    """ Id of the project snapshot the backtest ran. """
    sharpe_ratio: float | None
    """ Sharpe ratio. """
    alpha: float | None
    """ Alpha against the benchmark. """
    beta: float | None
    """ Beta against the benchmark. """
    compounding_annual_return: float | None
    """ Annualized compounded return. """
    drawdown: float | None
    """ Largest peak-to-trough fall. """
    loss_rate: float | None
    """ Share of losing trades. """
    net_profit: float | None
    """ Net profit as a fraction. """
    parameters: int | None
    """ Number of parameters. """
    psr: float | None
    """ Probabilistic Sharpe ratio. """
    security_types: int | None
    """ Number of security types traded. """
    sortino_ratio: float | None
    """ Sortino ratio. """
    trades: int | None
    """ Number of trades. """
    treynor_ratio: float | None
    """ Treynor ratio. """
    win_rate: float | None
    """ Share of winning trades. """
    progress: float | Unset = UNSET
    """ Fraction done, 0 to 1. """
    parameter_set: ParameterSet | Unset = UNSET
    """ Algorithm parameters by name (an empty array when there are none). """
    tags: list[str] | Unset = UNSET
    """ Tags of the backtest. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backtest_id = self.backtest_id

        name = self.name

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        created = self.created.isoformat()

        optimization_id: str | None
        optimization_id = self.optimization_id

        tradeable_dates: int | None
        tradeable_dates = self.tradeable_dates

        snapshot_id: int | None
        snapshot_id = self.snapshot_id

        sharpe_ratio: float | None
        sharpe_ratio = self.sharpe_ratio

        alpha: float | None
        alpha = self.alpha

        beta: float | None
        beta = self.beta

        compounding_annual_return: float | None
        compounding_annual_return = self.compounding_annual_return

        drawdown: float | None
        drawdown = self.drawdown

        loss_rate: float | None
        loss_rate = self.loss_rate

        net_profit: float | None
        net_profit = self.net_profit

        parameters: int | None
        parameters = self.parameters

        psr: float | None
        psr = self.psr

        security_types: int | None
        security_types = self.security_types

        sortino_ratio: float | None
        sortino_ratio = self.sortino_ratio

        trades: int | None
        trades = self.trades

        treynor_ratio: float | None
        treynor_ratio = self.treynor_ratio

        win_rate: float | None
        win_rate = self.win_rate

        progress = self.progress

        parameter_set: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter_set, Unset):
            parameter_set = self.parameter_set.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backtestId": backtest_id,
                "name": name,
                "status": status,
                "created": created,
                "optimizationId": optimization_id,
                "tradeableDates": tradeable_dates,
                "snapshotId": snapshot_id,
                "sharpeRatio": sharpe_ratio,
                "alpha": alpha,
                "beta": beta,
                "compoundingAnnualReturn": compounding_annual_return,
                "drawdown": drawdown,
                "lossRate": loss_rate,
                "netProfit": net_profit,
                "parameters": parameters,
                "psr": psr,
                "securityTypes": security_types,
                "sortinoRatio": sortino_ratio,
                "trades": trades,
                "treynorRatio": treynor_ratio,
                "winRate": win_rate,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if parameter_set is not UNSET:
            field_dict["parameterSet"] = parameter_set
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backtest_id = d.pop("backtestId")

        name = d.pop("name")

        def _parse_status(data: object) -> BacktestStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_backtest_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BacktestStatus | str, data)

        status = _parse_status(d.pop("status"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        optimization_id: str | None = d.pop("optimizationId", None)

        tradeable_dates: int | None = d.pop("tradeableDates", None)

        snapshot_id: int | None = d.pop("snapshotId", None)

        sharpe_ratio: float | None = d.pop("sharpeRatio", None)

        alpha: float | None = d.pop("alpha", None)

        beta: float | None = d.pop("beta", None)

        compounding_annual_return: float | None = d.pop("compoundingAnnualReturn", None)

        drawdown: float | None = d.pop("drawdown", None)

        loss_rate: float | None = d.pop("lossRate", None)

        net_profit: float | None = d.pop("netProfit", None)

        parameters: int | None = d.pop("parameters", None)

        psr: float | None = d.pop("psr", None)

        security_types: int | None = d.pop("securityTypes", None)

        sortino_ratio: float | None = d.pop("sortinoRatio", None)

        trades: int | None = d.pop("trades", None)

        treynor_ratio: float | None = d.pop("treynorRatio", None)

        win_rate: float | None = d.pop("winRate", None)

        progress = d.pop("progress", UNSET)

        _parameter_set = d.pop("parameterSet", UNSET)
        parameter_set: ParameterSet | Unset
        if isinstance(_parameter_set, Unset):
            parameter_set = UNSET
        else:
            parameter_set = ParameterSet.from_dict(_parameter_set)

        tags = cast("list[str]", d.pop("tags", UNSET))

        backtest_summary_result = cls(
            backtest_id=backtest_id,
            name=name,
            status=status,
            created=created,
            optimization_id=optimization_id,
            tradeable_dates=tradeable_dates,
            snapshot_id=snapshot_id,
            sharpe_ratio=sharpe_ratio,
            alpha=alpha,
            beta=beta,
            compounding_annual_return=compounding_annual_return,
            drawdown=drawdown,
            loss_rate=loss_rate,
            net_profit=net_profit,
            parameters=parameters,
            psr=psr,
            security_types=security_types,
            sortino_ratio=sortino_ratio,
            trades=trades,
            treynor_ratio=treynor_ratio,
            win_rate=win_rate,
            progress=progress,
            parameter_set=parameter_set,
            tags=tags,
        )

        backtest_summary_result.additional_properties = d
        return backtest_summary_result

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
    "backtest_id",
    "name",
    "status",
    "created",
    "optimization_id",
    "tradeable_dates",
    "snapshot_id",
    "sharpe_ratio",
    "alpha",
    "beta",
    "compounding_annual_return",
    "drawdown",
    "loss_rate",
    "net_profit",
    "parameters",
    "psr",
    "security_types",
    "sortino_ratio",
    "trades",
    "treynor_ratio",
    "win_rate",
    "progress",
    "parameter_set",
    "tags",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.parameter_set import ParameterSet  # noqa: E402
