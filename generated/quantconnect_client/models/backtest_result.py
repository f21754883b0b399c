from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backtest_status import BacktestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BacktestResult")


@_attrs_define
class BacktestResult:
    """A backtest, its state and (once completed) its results."""

    backtest_id: str
    """ Id of a backtest. """
    name: str
    """ Name of the backtest. """
    status: BacktestStatus | str
    """ State of the backtest (see BacktestStatus; any string is accepted). """
    completed: bool
    """ True once the backtest has finished, successfully or not. """
    progress: float
    """ Fraction of the backtest done, from 0 to 1. """
    created: datetime.datetime
    """ When the backtest was created (UTC). """
    project_id: int | Unset = UNSET
    """ Id of a project. """
    organization_id: str | Unset = UNSET
    """ Id of the organization that owns the project. """
    note: str | Unset | None = UNSET
    """ The user's note on the backtest. """
    backtest_start: datetime.datetime | Unset | None = UNSET
    """ First date the algorithm simulates (UTC). """
    backtest_end: datetime.datetime | Unset | None = UNSET
    """ Last date the algorithm simulates (UTC). """
    optimization_id: str | Unset | None = UNSET
    """ The optimization this backtest belongs to, if any. """
    error: str | Unset | None = UNSET
    """ Error message of a failed backtest. """
    stacktrace: str | Unset | None = UNSET
    """ Stack trace of a failed backtest. """
    has_initialize_error: bool | Unset = UNSET
    """ Whether the algorithm failed in its initialization. """
    tradeable_dates: int | Unset = UNSET
    """ Number of tradeable days simulated. """
    snapshot_id: int | Unset | None = UNSET
    """ Id of the project snapshot the backtest ran. """
    node_name: str | Unset | None = UNSET
    """ Name of the node that ran the backtest. """
    out_of_sample_max_end_date: datetime.datetime | Unset | None = UNSET
    """ Last date of the out-of-sample period, if one was held back. """
    out_of_sample_days: int | Unset | None = UNSET
    """ Number of out-of-sample days. """
    research_guide: ResearchGuide | Unset = UNSET
    """ Indicators of overfitting risk; time spent, backtests run and parameters used. """
    parameter_set: ParameterSet | Unset = UNSET
    """ Algorithm parameters by name (an empty array when there are none). """
    charts: BacktestResultCharts | Unset = UNSET
    """ Names of the charts the backtest produced, by chart name (`[]` when none). """
    runtime_statistics: RuntimeStatistics | Unset = UNSET
    """ Banner statistics, as display strings (`[]` before the first update). """
    statistics: StatisticsResult | Unset = UNSET
    """ Result statistics as display strings such as `"1.234"`, `"$100,000.00"`, `"12.5%"` (`[]` until completed).
    """
    rolling_window: BacktestResultRollingWindow | Unset = UNSET
    """ Performance over rolling windows, keyed like `M1_20231231` (`[]` when none). """
    total_performance: AlgorithmPerformance | Unset | None = UNSET
    """ Performance over the whole backtest; null until it completes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backtest_id = self.backtest_id

        name = self.name

        status: str
        if isinstance(self.status, BacktestStatus):
            status = self.status.value
        else:
            status = self.status

        completed = self.completed

        progress = self.progress

        created = self.created.isoformat()

        project_id = self.project_id

        organization_id = self.organization_id

        note: str | Unset | None
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        backtest_start: str | Unset | None
        if isinstance(self.backtest_start, Unset):
            backtest_start = UNSET
        elif isinstance(self.backtest_start, datetime.datetime):
            backtest_start = self.backtest_start.isoformat()
        else:
            backtest_start = self.backtest_start

        backtest_end: str | Unset | None
        if isinstance(self.backtest_end, Unset):
            backtest_end = UNSET
        elif isinstance(self.backtest_end, datetime.datetime):
            backtest_end = self.backtest_end.isoformat()
        else:
            backtest_end = self.backtest_end

        optimization_id: str | Unset | None
        if isinstance(self.optimization_id, Unset):
            optimization_id = UNSET
        else:
            optimization_id = self.optimization_id

        error: str | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        stacktrace: str | Unset | None
        if isinstance(self.stacktrace, Unset):
            stacktrace = UNSET
        else:
            stacktrace = self.stacktrace

        has_initialize_error = self.has_initialize_error

        tradeable_dates = self.tradeable_dates

        snapshot_id: int | Unset | None
        if isinstance(self.snapshot_id, Unset):
            snapshot_id = UNSET
        else:
            snapshot_id = self.snapshot_id

        node_name: str | Unset | None
        if isinstance(self.node_name, Unset):
            node_name = UNSET
        else:
            node_name = self.node_name

        out_of_sample_max_end_date: str | Unset | None
        if isinstance(self.out_of_sample_max_end_date, Unset):
            out_of_sample_max_end_date = UNSET
        elif isinstance(self.out_of_sample_max_end_date, datetime.datetime):
            out_of_sample_max_end_date = self.out_of_sample_max_end_date.isoformat()
        else:
            out_of_sample_max_end_date = self.out_of_sample_max_end_date

        out_of_sample_days: int | Unset | None
        if isinstance(self.out_of_sample_days, Unset):
            out_of_sample_days = UNSET
        else:
            out_of_sample_days = self.out_of_sample_days

        research_guide: dict[str, Any] | Unset = UNSET
        if not isinstance(self.research_guide, Unset):
            research_guide = self.research_guide.to_dict()

        parameter_set: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter_set, Unset):
            parameter_set = self.parameter_set.to_dict()

        charts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charts, Unset):
            charts = self.charts.to_dict()

        runtime_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_statistics, Unset):
            runtime_statistics = self.runtime_statistics.to_dict()

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        rolling_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rolling_window, Unset):
            rolling_window = self.rolling_window.to_dict()

        total_performance: dict[str, Any] | Unset | None
        if isinstance(self.total_performance, Unset):
            total_performance = UNSET
        elif isinstance(self.total_performance, AlgorithmPerformance):
            total_performance = self.total_performance.to_dict()
        else:
            total_performance = self.total_performance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backtestId": backtest_id,
                "name": name,
                "status": status,
                "completed": completed,
                "progress": progress,
                "created": created,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if note is not UNSET:
            field_dict["note"] = note
        if backtest_start is not UNSET:
            field_dict["backtestStart"] = backtest_start
        if backtest_end is not UNSET:
            field_dict["backtestEnd"] = backtest_end
        if optimization_id is not UNSET:
            field_dict["optimizationId"] = optimization_id
        if error is not UNSET:
            field_dict["error"] = error
        if stacktrace is not UNSET:
            field_dict["stacktrace"] = stacktrace
        if has_initialize_error is not UNSET:
            field_dict["hasInitializeError"] = has_initialize_error
        if tradeable_dates is not UNSET:
            field_dict["tradeableDates"] = tradeable_dates
        if snapshot_id is not UNSET:
            field_dict["snapshotId"] = snapshot_id
        if node_name is not UNSET:
            field_dict["nodeName"] = node_name
        if out_of_sample_max_end_date is not UNSET:
            field_dict["outOfSampleMaxEndDate"] = out_of_sample_max_end_date
        if out_of_sample_days is not UNSET:
            field_dict["outOfSampleDays"] = out_of_sample_days
        if research_guide is not UNSET:
            field_dict["researchGuide"] = research_guide
        if parameter_set is not UNSET:
            field_dict["parameterSet"] = parameter_set
        if charts is not UNSET:
            field_dict["charts"] = charts
        if runtime_statistics is not UNSET:
            field_dict["runtimeStatistics"] = runtime_statistics
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if rolling_window is not UNSET:
            field_dict["rollingWindow"] = rolling_window
        if total_performance is not UNSET:
            field_dict["totalPerformance"] = total_performance

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

        completed = d.pop("completed")

        progress = d.pop("progress")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        project_id = d.pop("projectId", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        note: str | Unset | None = d.pop("note", UNSET)

        def _parse_backtest_start(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                backtest_start_type_0 = datetime.datetime.fromisoformat(data)

                return backtest_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        backtest_start = _parse_backtest_start(d.pop("backtestStart", UNSET))

        def _parse_backtest_end(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                backtest_end_type_0 = datetime.datetime.fromisoformat(data)

                return backtest_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        backtest_end = _parse_backtest_end(d.pop("backtestEnd", UNSET))

        optimization_id: str | Unset | None = d.pop("optimizationId", UNSET)

        error: str | Unset | None = d.pop("error", UNSET)

        stacktrace: str | Unset | None = d.pop("stacktrace", UNSET)

        has_initialize_error = d.pop("hasInitializeError", UNSET)

        tradeable_dates = d.pop("tradeableDates", UNSET)

        snapshot_id: int | Unset | None = d.pop("snapshotId", UNSET)

        node_name: str | Unset | None = d.pop("nodeName", UNSET)

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

        out_of_sample_days: int | Unset | None = d.pop("outOfSampleDays", UNSET)

        _research_guide = d.pop("researchGuide", UNSET)
        research_guide: ResearchGuide | Unset
        if isinstance(_research_guide, Unset):
            research_guide = UNSET
        else:
            research_guide = ResearchGuide.from_dict(_research_guide)

        _parameter_set = d.pop("parameterSet", UNSET)
        parameter_set: ParameterSet | Unset
        if isinstance(_parameter_set, Unset):
            parameter_set = UNSET
        else:
            parameter_set = ParameterSet.from_dict(_parameter_set)

        _charts = d.pop("charts", UNSET)
        charts: BacktestResultCharts | Unset
        if isinstance(_charts, Unset):
            charts = UNSET
        else:
            charts = BacktestResultCharts.from_dict(_charts)

        _runtime_statistics = d.pop("runtimeStatistics", UNSET)
        runtime_statistics: RuntimeStatistics | Unset
        if isinstance(_runtime_statistics, Unset):
            runtime_statistics = UNSET
        else:
            runtime_statistics = RuntimeStatistics.from_dict(_runtime_statistics)

        _statistics = d.pop("statistics", UNSET)
        statistics: StatisticsResult | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = StatisticsResult.from_dict(_statistics)

        _rolling_window = d.pop("rollingWindow", UNSET)
        rolling_window: BacktestResultRollingWindow | Unset
        if isinstance(_rolling_window, Unset):
            rolling_window = UNSET
        else:
            rolling_window = BacktestResultRollingWindow.from_dict(_rolling_window)

        def _parse_total_performance(data: object) -> AlgorithmPerformance | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_performance_type_0 = AlgorithmPerformance.from_dict(data)

                return total_performance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlgorithmPerformance | None | Unset, data)

        total_performance = _parse_total_performance(d.pop("totalPerformance", UNSET))

        backtest_result = cls(
            backtest_id=backtest_id,
            name=name,
            status=status,
            completed=completed,
            progress=progress,
            created=created,
            project_id=project_id,
            organization_id=organization_id,
            note=note,
            backtest_start=backtest_start,
            backtest_end=backtest_end,
            optimization_id=optimization_id,
            error=error,
            stacktrace=stacktrace,
            has_initialize_error=has_initialize_error,
            tradeable_dates=tradeable_dates,
            snapshot_id=snapshot_id,
            node_name=node_name,
            out_of_sample_max_end_date=out_of_sample_max_end_date,
            out_of_sample_days=out_of_sample_days,
            research_guide=research_guide,
            parameter_set=parameter_set,
            charts=charts,
            runtime_statistics=runtime_statistics,
            statistics=statistics,
            rolling_window=rolling_window,
            total_performance=total_performance,
        )

        backtest_result.additional_properties = d
        return backtest_result

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
from ..models.algorithm_performance import AlgorithmPerformance  # noqa: E402
from ..models.backtest_result_charts import BacktestResultCharts  # noqa: E402
from ..models.backtest_result_rolling_window import BacktestResultRollingWindow  # noqa: E402
from ..models.parameter_set import ParameterSet  # noqa: E402
from ..models.research_guide import ResearchGuide  # noqa: E402
from ..models.runtime_statistics import RuntimeStatistics  # noqa: E402
from ..models.statistics_result import StatisticsResult  # noqa: E402
