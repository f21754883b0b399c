from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OptimizationBacktest")


@_attrs_define(repr=False)
class OptimizationBacktest:
    """One backtest of an optimization."""

    id: str
    """ Id of a backtest. """
    start_date: datetime.datetime | None
    """ First date simulated. """
    end_date: datetime.datetime | None
    """ Last date simulated. """
    out_of_sample_days: int | None
    """ Number of out-of-sample days. """
    out_of_sample_max_end_date: datetime.datetime | None
    """ Last date of the out-of-sample period. """
    name: str | Unset = UNSET
    """ Name of the backtest. """
    progress: float | Unset = UNSET
    """ Fraction done, 0 to 1. """
    exit_code: int | Unset = UNSET
    """ Exit code of the backtest, never null: 0 while it runs and once it succeeded, non-zero when it failed
    or was cancelled (QuantConnect's CLI requires an integer and keeps the backtests with 0).
     """
    statistics: list[float] | Unset = UNSET
    """ Result statistics in a fixed order: alpha, annual standard deviation, annual variance, average
    loss, average win, beta, compounding annual return, drawdown, estimated strategy capacity,
    expectancy, information ratio, loss rate, net profit, probabilistic Sharpe ratio, profit-loss
    ratio, Sharpe ratio, total fees, total orders, tracking error, Treynor ratio, win rate.
     """
    parameter_set: ParameterSet | Unset = UNSET
    """ Algorithm parameters by name (an empty array when there are none). """
    equity: list[list[float]] | Unset = UNSET
    """ Equity curve points, each `[time, open, high, low, close]`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start_date: str | None
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: str | None
        if isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        out_of_sample_days: int | None
        out_of_sample_days = self.out_of_sample_days

        out_of_sample_max_end_date: str | None
        if isinstance(self.out_of_sample_max_end_date, datetime.datetime):
            out_of_sample_max_end_date = self.out_of_sample_max_end_date.isoformat()
        else:
            out_of_sample_max_end_date = self.out_of_sample_max_end_date

        name = self.name

        progress = self.progress

        exit_code = self.exit_code

        statistics: list[float] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics

        parameter_set: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter_set, Unset):
            parameter_set = self.parameter_set.to_dict()

        equity: list[list[float]] | Unset = UNSET
        if not isinstance(self.equity, Unset):
            equity = []
            for equity_item_data in self.equity:
                equity_item = equity_item_data

                equity.append(equity_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "startDate": start_date,
                "endDate": end_date,
                "outOfSampleDays": out_of_sample_days,
                "outOfSampleMaxEndDate": out_of_sample_max_end_date,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if progress is not UNSET:
            field_dict["progress"] = progress
        if exit_code is not UNSET:
            field_dict["exitCode"] = exit_code
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if parameter_set is not UNSET:
            field_dict["parameterSet"] = parameter_set
        if equity is not UNSET:
            field_dict["equity"] = equity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_start_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_date = _parse_start_date(d.pop("startDate", None))

        def _parse_end_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_date = _parse_end_date(d.pop("endDate", None))

        out_of_sample_days: int | None = d.pop("outOfSampleDays", None)

        def _parse_out_of_sample_max_end_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                out_of_sample_max_end_date_type_0 = datetime.datetime.fromisoformat(data)

                return out_of_sample_max_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        out_of_sample_max_end_date = _parse_out_of_sample_max_end_date(d.pop("outOfSampleMaxEndDate", None))

        name = d.pop("name", UNSET)

        progress = d.pop("progress", UNSET)

        exit_code = d.pop("exitCode", UNSET)

        statistics = cast("list[float]", d.pop("statistics", UNSET))

        _parameter_set = d.pop("parameterSet", UNSET)
        parameter_set: ParameterSet | Unset
        if isinstance(_parameter_set, Unset):
            parameter_set = UNSET
        else:
            parameter_set = ParameterSet.from_dict(_parameter_set)

        _equity = d.pop("equity", UNSET)
        equity: list[list[float]] | Unset = UNSET
        if _equity is not UNSET:
            equity = []
            for equity_item_data in _equity:
                equity_item = cast("list[float]", equity_item_data)

                equity.append(equity_item)

        optimization_backtest = cls(
            id=id,
            start_date=start_date,
            end_date=end_date,
            out_of_sample_days=out_of_sample_days,
            out_of_sample_max_end_date=out_of_sample_max_end_date,
            name=name,
            progress=progress,
            exit_code=exit_code,
            statistics=statistics,
            parameter_set=parameter_set,
            equity=equity,
        )

        optimization_backtest.additional_properties = d
        return optimization_backtest

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
    "id",
    "start_date",
    "end_date",
    "out_of_sample_days",
    "out_of_sample_max_end_date",
    "name",
    "progress",
    "exit_code",
    "statistics",
    "parameter_set",
    "equity",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.parameter_set import ParameterSet  # noqa: E402
