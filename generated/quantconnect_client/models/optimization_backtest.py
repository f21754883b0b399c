from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OptimizationBacktest")


@_attrs_define
class OptimizationBacktest:
    """One backtest of an optimization."""

    id: str
    """ Id of a backtest. """
    name: str | Unset = UNSET
    """ Name of the backtest. """
    progress: float | Unset = UNSET
    """ Fraction done, 0 to 1. """
    exit_code: int | Unset | None = UNSET
    """ Exit code of the backtest; 0 when it succeeded. """
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
    start_date: datetime.datetime | Unset | None = UNSET
    """ First date simulated. """
    end_date: datetime.datetime | Unset | None = UNSET
    """ Last date simulated. """
    out_of_sample_days: int | Unset | None = UNSET
    """ Number of out-of-sample days. """
    out_of_sample_max_end_date: datetime.datetime | Unset | None = UNSET
    """ Last date of the out-of-sample period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        progress = self.progress

        exit_code: int | Unset | None
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
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

        start_date: str | Unset | None
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: str | Unset | None
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        out_of_sample_days: int | Unset | None
        if isinstance(self.out_of_sample_days, Unset):
            out_of_sample_days = UNSET
        else:
            out_of_sample_days = self.out_of_sample_days

        out_of_sample_max_end_date: str | Unset | None
        if isinstance(self.out_of_sample_max_end_date, Unset):
            out_of_sample_max_end_date = UNSET
        elif isinstance(self.out_of_sample_max_end_date, datetime.datetime):
            out_of_sample_max_end_date = self.out_of_sample_max_end_date.isoformat()
        else:
            out_of_sample_max_end_date = self.out_of_sample_max_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if out_of_sample_days is not UNSET:
            field_dict["outOfSampleDays"] = out_of_sample_days
        if out_of_sample_max_end_date is not UNSET:
            field_dict["outOfSampleMaxEndDate"] = out_of_sample_max_end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        progress = d.pop("progress", UNSET)

        exit_code: int | Unset | None = d.pop("exitCode", UNSET)

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

        def _parse_start_date(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        out_of_sample_days: int | Unset | None = d.pop("outOfSampleDays", UNSET)

        def _parse_out_of_sample_max_end_date(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                out_of_sample_max_end_date_type_0 = datetime.datetime.fromisoformat(data)

                return out_of_sample_max_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        out_of_sample_max_end_date = _parse_out_of_sample_max_end_date(d.pop("outOfSampleMaxEndDate", UNSET))

        optimization_backtest = cls(
            id=id,
            name=name,
            progress=progress,
            exit_code=exit_code,
            statistics=statistics,
            parameter_set=parameter_set,
            equity=equity,
            start_date=start_date,
            end_date=end_date,
            out_of_sample_days=out_of_sample_days,
            out_of_sample_max_end_date=out_of_sample_max_end_date,
        )

        optimization_backtest.additional_properties = d
        return optimization_backtest

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
