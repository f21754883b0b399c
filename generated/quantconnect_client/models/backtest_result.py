from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.backtest_status import BacktestStatus, check_backtest_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BacktestResult")


@_attrs_define(repr=False)
class BacktestResult:
    """A backtest, its state and (once completed) its results. The platform may mark a backtest completed a
    moment before its results are stored: `completed` is true while `totalPerformance` is still null and
    `statistics`, `charts` and `rollingWindow` are `[]`. Read it again until `totalPerformance` is there
    (QuantConnect's CLI re-reads up to six times, 10 s apart).

    """

    backtest_id: str
    """ Id of a backtest. """
    name: str
    """ Name of the backtest. """
    note: str | None
    """ The user's note on the backtest. """
    status: BacktestStatus | str
    """ State of the backtest (see BacktestStatus; any string is accepted). """
    completed: bool
    """ True once the backtest has finished, successfully or not. """
    progress: float
    """ Fraction of the backtest done, from 0 to 1; it is 1 only once the backtest completed, and while it
    runs it agrees with the `Running: <n>%` status.
     """
    created: datetime.datetime
    """ When the backtest was created (UTC). """
    backtest_start: datetime.datetime | None
    """ First date the algorithm simulates (UTC). """
    backtest_end: datetime.datetime | None
    """ Last date the algorithm simulates (UTC). """
    optimization_id: str | None
    """ The optimization this backtest belongs to, if any. """
    error: str | None
    """ Error message of a failed backtest. """
    stacktrace: str | None
    """ Stack trace of a failed backtest. """
    snapshot_id: int | None
    """ Id of the project snapshot the backtest ran. """
    node_name: str | None
    """ Name of the node that ran the backtest. """
    out_of_sample_max_end_date: datetime.datetime | None
    """ Last date of the out-of-sample period, if one was held back. """
    out_of_sample_days: int | None
    """ Number of out-of-sample days. """
    charts: BacktestResultCharts
    """ Names of the charts the backtest produced, by chart name (`[]` when none). """
    runtime_statistics: RuntimeStatistics
    """ Banner statistics, as display strings: the values so far while the backtest runs, the final ones once
    it completed. QuantConnect's CLI reads this as a map (or null), so an object is sent even before the
    first update; `[]` is still accepted from other sources.
     """
    statistics: StatisticsResult
    """ Result statistics as display strings such as `"1.234"`, `"$100,000.00"`, `"12.5%"` (`[]` until completed).
    """
    rolling_window: BacktestResultRollingWindow
    """ Performance over rolling windows, keyed like `M1_20231231` (`[]` when none). """
    total_performance: AlgorithmPerformance | None
    """ Performance over the whole backtest; null until it completes and its results are stored. """
    project_id: int | Unset = UNSET
    """ Id of a project. """
    organization_id: str | Unset = UNSET
    """ Id of the organization that owns the project. """
    has_initialize_error: bool | Unset = UNSET
    """ Whether the algorithm failed in its initialization. """
    tradeable_dates: int | Unset = UNSET
    """ Number of tradeable days simulated. """
    research_guide: ResearchGuide | Unset = UNSET
    """ Indicators of overfitting risk; time spent, backtests run and parameters used. """
    parameter_set: ParameterSet | Unset = UNSET
    """ Algorithm parameters by name (an empty array when there are none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backtest_id = self.backtest_id

        name = self.name

        note: str | None
        note = self.note

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        completed = self.completed

        progress = self.progress

        created = self.created.isoformat()

        backtest_start: str | None
        if isinstance(self.backtest_start, datetime.datetime):
            backtest_start = self.backtest_start.isoformat()
        else:
            backtest_start = self.backtest_start

        backtest_end: str | None
        if isinstance(self.backtest_end, datetime.datetime):
            backtest_end = self.backtest_end.isoformat()
        else:
            backtest_end = self.backtest_end

        optimization_id: str | None
        optimization_id = self.optimization_id

        error: str | None
        error = self.error

        stacktrace: str | None
        stacktrace = self.stacktrace

        snapshot_id: int | None
        snapshot_id = self.snapshot_id

        node_name: str | None
        node_name = self.node_name

        out_of_sample_max_end_date: str | None
        if isinstance(self.out_of_sample_max_end_date, datetime.datetime):
            out_of_sample_max_end_date = self.out_of_sample_max_end_date.isoformat()
        else:
            out_of_sample_max_end_date = self.out_of_sample_max_end_date

        out_of_sample_days: int | None
        out_of_sample_days = self.out_of_sample_days

        charts = self.charts.to_dict()

        runtime_statistics = self.runtime_statistics.to_dict()

        statistics = self.statistics.to_dict()

        rolling_window = self.rolling_window.to_dict()

        total_performance: dict[str, Any] | None
        if isinstance(self.total_performance, AlgorithmPerformance):
            total_performance = self.total_performance.to_dict()
        else:
            total_performance = self.total_performance

        project_id = self.project_id

        organization_id = self.organization_id

        has_initialize_error = self.has_initialize_error

        tradeable_dates = self.tradeable_dates

        research_guide: dict[str, Any] | Unset = UNSET
        if not isinstance(self.research_guide, Unset):
            research_guide = self.research_guide.to_dict()

        parameter_set: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter_set, Unset):
            parameter_set = self.parameter_set.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backtestId": backtest_id,
                "name": name,
                "note": note,
                "status": status,
                "completed": completed,
                "progress": progress,
                "created": created,
                "backtestStart": backtest_start,
                "backtestEnd": backtest_end,
                "optimizationId": optimization_id,
                "error": error,
                "stacktrace": stacktrace,
                "snapshotId": snapshot_id,
                "nodeName": node_name,
                "outOfSampleMaxEndDate": out_of_sample_max_end_date,
                "outOfSampleDays": out_of_sample_days,
                "charts": charts,
                "runtimeStatistics": runtime_statistics,
                "statistics": statistics,
                "rollingWindow": rolling_window,
                "totalPerformance": total_performance,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if has_initialize_error is not UNSET:
            field_dict["hasInitializeError"] = has_initialize_error
        if tradeable_dates is not UNSET:
            field_dict["tradeableDates"] = tradeable_dates
        if research_guide is not UNSET:
            field_dict["researchGuide"] = research_guide
        if parameter_set is not UNSET:
            field_dict["parameterSet"] = parameter_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backtest_id = d.pop("backtestId")

        name = d.pop("name")

        note: str | None = d.pop("note", None)

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

        completed = d.pop("completed")

        progress = d.pop("progress")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        def _parse_backtest_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                backtest_start_type_0 = datetime.datetime.fromisoformat(data)

                return backtest_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        backtest_start = _parse_backtest_start(d.pop("backtestStart", None))

        def _parse_backtest_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                backtest_end_type_0 = datetime.datetime.fromisoformat(data)

                return backtest_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        backtest_end = _parse_backtest_end(d.pop("backtestEnd", None))

        optimization_id: str | None = d.pop("optimizationId", None)

        error: str | None = d.pop("error", None)

        stacktrace: str | None = d.pop("stacktrace", None)

        snapshot_id: int | None = d.pop("snapshotId", None)

        node_name: str | None = d.pop("nodeName", None)

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

        out_of_sample_days: int | None = d.pop("outOfSampleDays", None)

        charts = BacktestResultCharts.from_dict(d.pop("charts"))

        runtime_statistics = RuntimeStatistics.from_dict(d.pop("runtimeStatistics"))

        statistics = StatisticsResult.from_dict(d.pop("statistics"))

        rolling_window = BacktestResultRollingWindow.from_dict(d.pop("rollingWindow"))

        def _parse_total_performance(data: object) -> AlgorithmPerformance | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_performance_type_0 = AlgorithmPerformance.from_dict(data)

                return total_performance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlgorithmPerformance | None, data)

        total_performance = _parse_total_performance(d.pop("totalPerformance", None))

        project_id = d.pop("projectId", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        has_initialize_error = d.pop("hasInitializeError", UNSET)

        tradeable_dates = d.pop("tradeableDates", UNSET)

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

        backtest_result = cls(
            backtest_id=backtest_id,
            name=name,
            note=note,
            status=status,
            completed=completed,
            progress=progress,
            created=created,
            backtest_start=backtest_start,
            backtest_end=backtest_end,
            optimization_id=optimization_id,
            error=error,
            stacktrace=stacktrace,
            snapshot_id=snapshot_id,
            node_name=node_name,
            out_of_sample_max_end_date=out_of_sample_max_end_date,
            out_of_sample_days=out_of_sample_days,
            charts=charts,
            runtime_statistics=runtime_statistics,
            statistics=statistics,
            rolling_window=rolling_window,
            total_performance=total_performance,
            project_id=project_id,
            organization_id=organization_id,
            has_initialize_error=has_initialize_error,
            tradeable_dates=tradeable_dates,
            research_guide=research_guide,
            parameter_set=parameter_set,
        )

        backtest_result.additional_properties = d
        return backtest_result

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
    "note",
    "status",
    "completed",
    "progress",
    "created",
    "backtest_start",
    "backtest_end",
    "optimization_id",
    "error",
    "stacktrace",
    "snapshot_id",
    "node_name",
    "out_of_sample_max_end_date",
    "out_of_sample_days",
    "charts",
    "runtime_statistics",
    "statistics",
    "rolling_window",
    "total_performance",
    "project_id",
    "organization_id",
    "has_initialize_error",
    "tradeable_dates",
    "research_guide",
    "parameter_set",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.algorithm_performance import AlgorithmPerformance  # noqa: E402
from ..models.backtest_result_charts import BacktestResultCharts  # noqa: E402
from ..models.backtest_result_rolling_window import BacktestResultRollingWindow  # noqa: E402
from ..models.parameter_set import ParameterSet  # noqa: E402
from ..models.research_guide import ResearchGuide  # noqa: E402
from ..models.runtime_statistics import RuntimeStatistics  # noqa: E402
from ..models.statistics_result import StatisticsResult  # noqa: E402
