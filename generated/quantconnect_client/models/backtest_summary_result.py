from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backtest_status import BacktestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BacktestSummaryResult")


@_attrs_define
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
    progress: float | Unset = UNSET
    """ Fraction done, 0 to 1. """
    optimization_id: str | Unset | None = UNSET
    """ The optimization this backtest belongs to, if any. """
    tradeable_dates: int | Unset | None = UNSET
    """ Number of tradeable days. """
    parameter_set: ParameterSet | Unset = UNSET
    """ Algorithm parameters by name (an empty array when there are none). """
    snapshot_id: int | Unset | None = UNSET
    """ Id of the project snapshot the backtest ran. """
    tags: list[str] | Unset = UNSET
    """ Tags of the backtest. """
    sharpe_ratio: float | Unset | None = UNSET
    """ Sharpe ratio. """
    alpha: float | Unset | None = UNSET
    """ Alpha against the benchmark. """
    beta: float | Unset | None = UNSET
    """ Beta against the benchmark. """
    compounding_annual_return: float | Unset | None = UNSET
    """ Annualized compounded return. """
    drawdown: float | Unset | None = UNSET
    """ Largest peak-to-trough fall. """
    loss_rate: float | Unset | None = UNSET
    """ Share of losing trades. """
    net_profit: float | Unset | None = UNSET
    """ Net profit as a fraction. """
    parameters: int | Unset | None = UNSET
    """ Number of parameters. """
    psr: float | Unset | None = UNSET
    """ Probabilistic Sharpe ratio. """
    security_types: int | Unset | None = UNSET
    """ Number of security types traded. """
    sortino_ratio: float | Unset | None = UNSET
    """ Sortino ratio. """
    trades: int | Unset | None = UNSET
    """ Number of trades. """
    treynor_ratio: float | Unset | None = UNSET
    """ Treynor ratio. """
    win_rate: float | Unset | None = UNSET
    """ Share of winning trades. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backtest_id = self.backtest_id

        name = self.name

        status: str
        if isinstance(self.status, BacktestStatus):
            status = self.status.value
        else:
            status = self.status

        created = self.created.isoformat()

        progress = self.progress

        optimization_id: str | Unset | None
        if isinstance(self.optimization_id, Unset):
            optimization_id = UNSET
        else:
            optimization_id = self.optimization_id

        tradeable_dates: int | Unset | None
        if isinstance(self.tradeable_dates, Unset):
            tradeable_dates = UNSET
        else:
            tradeable_dates = self.tradeable_dates

        parameter_set: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter_set, Unset):
            parameter_set = self.parameter_set.to_dict()

        snapshot_id: int | Unset | None
        if isinstance(self.snapshot_id, Unset):
            snapshot_id = UNSET
        else:
            snapshot_id = self.snapshot_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        sharpe_ratio: float | Unset | None
        if isinstance(self.sharpe_ratio, Unset):
            sharpe_ratio = UNSET
        else:
            sharpe_ratio = self.sharpe_ratio

        alpha: float | Unset | None
        if isinstance(self.alpha, Unset):
            alpha = UNSET
        else:
            alpha = self.alpha

        beta: float | Unset | None
        if isinstance(self.beta, Unset):
            beta = UNSET
        else:
            beta = self.beta

        compounding_annual_return: float | Unset | None
        if isinstance(self.compounding_annual_return, Unset):
            compounding_annual_return = UNSET
        else:
            compounding_annual_return = self.compounding_annual_return

        drawdown: float | Unset | None
        if isinstance(self.drawdown, Unset):
            drawdown = UNSET
        else:
            drawdown = self.drawdown

        loss_rate: float | Unset | None
        if isinstance(self.loss_rate, Unset):
            loss_rate = UNSET
        else:
            loss_rate = self.loss_rate

        net_profit: float | Unset | None
        if isinstance(self.net_profit, Unset):
            net_profit = UNSET
        else:
            net_profit = self.net_profit

        parameters: int | Unset | None
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        else:
            parameters = self.parameters

        psr: float | Unset | None
        if isinstance(self.psr, Unset):
            psr = UNSET
        else:
            psr = self.psr

        security_types: int | Unset | None
        if isinstance(self.security_types, Unset):
            security_types = UNSET
        else:
            security_types = self.security_types

        sortino_ratio: float | Unset | None
        if isinstance(self.sortino_ratio, Unset):
            sortino_ratio = UNSET
        else:
            sortino_ratio = self.sortino_ratio

        trades: int | Unset | None
        if isinstance(self.trades, Unset):
            trades = UNSET
        else:
            trades = self.trades

        treynor_ratio: float | Unset | None
        if isinstance(self.treynor_ratio, Unset):
            treynor_ratio = UNSET
        else:
            treynor_ratio = self.treynor_ratio

        win_rate: float | Unset | None
        if isinstance(self.win_rate, Unset):
            win_rate = UNSET
        else:
            win_rate = self.win_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backtestId": backtest_id,
                "name": name,
                "status": status,
                "created": created,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if optimization_id is not UNSET:
            field_dict["optimizationId"] = optimization_id
        if tradeable_dates is not UNSET:
            field_dict["tradeableDates"] = tradeable_dates
        if parameter_set is not UNSET:
            field_dict["parameterSet"] = parameter_set
        if snapshot_id is not UNSET:
            field_dict["snapshotId"] = snapshot_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if sharpe_ratio is not UNSET:
            field_dict["sharpeRatio"] = sharpe_ratio
        if alpha is not UNSET:
            field_dict["alpha"] = alpha
        if beta is not UNSET:
            field_dict["beta"] = beta
        if compounding_annual_return is not UNSET:
            field_dict["compoundingAnnualReturn"] = compounding_annual_return
        if drawdown is not UNSET:
            field_dict["drawdown"] = drawdown
        if loss_rate is not UNSET:
            field_dict["lossRate"] = loss_rate
        if net_profit is not UNSET:
            field_dict["netProfit"] = net_profit
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if psr is not UNSET:
            field_dict["psr"] = psr
        if security_types is not UNSET:
            field_dict["securityTypes"] = security_types
        if sortino_ratio is not UNSET:
            field_dict["sortinoRatio"] = sortino_ratio
        if trades is not UNSET:
            field_dict["trades"] = trades
        if treynor_ratio is not UNSET:
            field_dict["treynorRatio"] = treynor_ratio
        if win_rate is not UNSET:
            field_dict["winRate"] = win_rate

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
                status_type_0 = BacktestStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BacktestStatus | str, data)

        status = _parse_status(d.pop("status"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        progress = d.pop("progress", UNSET)

        optimization_id: str | Unset | None = d.pop("optimizationId", UNSET)

        tradeable_dates: int | Unset | None = d.pop("tradeableDates", UNSET)

        _parameter_set = d.pop("parameterSet", UNSET)
        parameter_set: ParameterSet | Unset
        if isinstance(_parameter_set, Unset):
            parameter_set = UNSET
        else:
            parameter_set = ParameterSet.from_dict(_parameter_set)

        snapshot_id: int | Unset | None = d.pop("snapshotId", UNSET)

        tags = cast("list[str]", d.pop("tags", UNSET))

        sharpe_ratio: float | Unset | None = d.pop("sharpeRatio", UNSET)

        alpha: float | Unset | None = d.pop("alpha", UNSET)

        beta: float | Unset | None = d.pop("beta", UNSET)

        compounding_annual_return: float | Unset | None = d.pop("compoundingAnnualReturn", UNSET)

        drawdown: float | Unset | None = d.pop("drawdown", UNSET)

        loss_rate: float | Unset | None = d.pop("lossRate", UNSET)

        net_profit: float | Unset | None = d.pop("netProfit", UNSET)

        parameters: int | Unset | None = d.pop("parameters", UNSET)

        psr: float | Unset | None = d.pop("psr", UNSET)

        security_types: int | Unset | None = d.pop("securityTypes", UNSET)

        sortino_ratio: float | Unset | None = d.pop("sortinoRatio", UNSET)

        trades: int | Unset | None = d.pop("trades", UNSET)

        treynor_ratio: float | Unset | None = d.pop("treynorRatio", UNSET)

        win_rate: float | Unset | None = d.pop("winRate", UNSET)

        backtest_summary_result = cls(
            backtest_id=backtest_id,
            name=name,
            status=status,
            created=created,
            progress=progress,
            optimization_id=optimization_id,
            tradeable_dates=tradeable_dates,
            parameter_set=parameter_set,
            snapshot_id=snapshot_id,
            tags=tags,
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
        )

        backtest_summary_result.additional_properties = d
        return backtest_summary_result

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
from ..models.parameter_set import ParameterSet  # noqa: E402
