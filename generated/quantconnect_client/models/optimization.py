from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_status import OptimizationStatus, check_optimization_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Optimization")


@_attrs_define(repr=False)
class Optimization:
    """An optimization with its backtests."""

    optimization_id: str
    """ Id of an optimization. """
    snapshot_id: int | None
    """ Id of the project snapshot optimized. """
    project_id: int
    """ Id of a project. """
    name: str
    """ Name of the optimization. """
    status: OptimizationStatus | str
    """ State of the optimization (see OptimizationStatus; any string is accepted). """
    criterion: OptimizationTarget
    """ What the optimization optimizes. """
    runtime_statistics: OptimizationRuntimeStatistics
    """ Progress counters of an optimization, as strings (`[]` before it starts). """
    parameters: list[OptimizationParameterResult]
    """ Parameters varied. """
    backtests: OptimizationBacktests
    """ The optimization's backtests keyed by backtest id (`[]` while there are none). """
    requested: datetime.datetime | None
    """ When the optimization was requested (UTC). """
    optimization_target: str | None
    """ Statistic optimized. """
    target_value: float | None
    """ Desired value of the target, if any. """
    out_of_sample_max_end_date: datetime.datetime | None
    """ Last date of the out-of-sample period. """
    out_of_sample_days: int | None
    """ Number of out-of-sample days. """
    node_type: str | Unset = UNSET
    """ Node type (see OptimizationNodeType; any string is accepted). """
    parallel_nodes: int | Unset = UNSET
    """ Number of nodes running backtests at once. """
    constraints: list[OptimizationConstraintResult] | Unset = UNSET
    """ Conditions a backtest must meet. """
    strategy: str | Unset = UNSET
    """ Search strategy (see OptimizationStrategy; any string is accepted). """
    grid_layout: list[GridChart] | Unset = UNSET
    """ Layout of the result charts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        optimization_id = self.optimization_id

        snapshot_id: int | None
        snapshot_id = self.snapshot_id

        project_id = self.project_id

        name = self.name

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        criterion = self.criterion.to_dict()

        runtime_statistics = self.runtime_statistics.to_dict()

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        backtests = self.backtests.to_dict()

        requested: str | None
        if isinstance(self.requested, datetime.datetime):
            requested = self.requested.isoformat()
        else:
            requested = self.requested

        optimization_target: str | None
        optimization_target = self.optimization_target

        target_value: float | None
        target_value = self.target_value

        out_of_sample_max_end_date: str | None
        if isinstance(self.out_of_sample_max_end_date, datetime.datetime):
            out_of_sample_max_end_date = self.out_of_sample_max_end_date.isoformat()
        else:
            out_of_sample_max_end_date = self.out_of_sample_max_end_date

        out_of_sample_days: int | None
        out_of_sample_days = self.out_of_sample_days

        node_type = self.node_type

        parallel_nodes = self.parallel_nodes

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = constraints_item_data.to_dict()
                constraints.append(constraints_item)

        strategy = self.strategy

        grid_layout: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grid_layout, Unset):
            grid_layout = []
            for grid_layout_item_data in self.grid_layout:
                grid_layout_item = grid_layout_item_data.to_dict()
                grid_layout.append(grid_layout_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "optimizationId": optimization_id,
                "snapshotId": snapshot_id,
                "projectId": project_id,
                "name": name,
                "status": status,
                "criterion": criterion,
                "runtimeStatistics": runtime_statistics,
                "parameters": parameters,
                "backtests": backtests,
                "requested": requested,
                "optimizationTarget": optimization_target,
                "targetValue": target_value,
                "outOfSampleMaxEndDate": out_of_sample_max_end_date,
                "outOfSampleDays": out_of_sample_days,
            }
        )
        if node_type is not UNSET:
            field_dict["nodeType"] = node_type
        if parallel_nodes is not UNSET:
            field_dict["parallelNodes"] = parallel_nodes
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if grid_layout is not UNSET:
            field_dict["gridLayout"] = grid_layout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        optimization_id = d.pop("optimizationId")

        snapshot_id: int | None = d.pop("snapshotId", None)

        project_id = d.pop("projectId")

        name = d.pop("name")

        def _parse_status(data: object) -> OptimizationStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_optimization_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OptimizationStatus | str, data)

        status = _parse_status(d.pop("status"))

        criterion = OptimizationTarget.from_dict(d.pop("criterion"))

        runtime_statistics = OptimizationRuntimeStatistics.from_dict(d.pop("runtimeStatistics"))

        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = OptimizationParameterResult.from_dict(parameters_item_data)

            parameters.append(parameters_item)

        backtests = OptimizationBacktests.from_dict(d.pop("backtests"))

        def _parse_requested(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_type_0 = datetime.datetime.fromisoformat(data)

                return requested_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        requested = _parse_requested(d.pop("requested", None))

        optimization_target: str | None = d.pop("optimizationTarget", None)

        target_value: float | None = d.pop("targetValue", None)

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

        node_type = d.pop("nodeType", UNSET)

        parallel_nodes = d.pop("parallelNodes", UNSET)

        _constraints = d.pop("constraints", UNSET)
        constraints: list[OptimizationConstraintResult] | Unset = UNSET
        if _constraints is not UNSET:
            constraints = []
            for constraints_item_data in _constraints:
                constraints_item = OptimizationConstraintResult.from_dict(constraints_item_data)

                constraints.append(constraints_item)

        strategy = d.pop("strategy", UNSET)

        _grid_layout = d.pop("gridLayout", UNSET)
        grid_layout: list[GridChart] | Unset = UNSET
        if _grid_layout is not UNSET:
            grid_layout = []
            for grid_layout_item_data in _grid_layout:
                grid_layout_item = GridChart.from_dict(grid_layout_item_data)

                grid_layout.append(grid_layout_item)

        optimization = cls(
            optimization_id=optimization_id,
            snapshot_id=snapshot_id,
            project_id=project_id,
            name=name,
            status=status,
            criterion=criterion,
            runtime_statistics=runtime_statistics,
            parameters=parameters,
            backtests=backtests,
            requested=requested,
            optimization_target=optimization_target,
            target_value=target_value,
            out_of_sample_max_end_date=out_of_sample_max_end_date,
            out_of_sample_days=out_of_sample_days,
            node_type=node_type,
            parallel_nodes=parallel_nodes,
            constraints=constraints,
            strategy=strategy,
            grid_layout=grid_layout,
        )

        optimization.additional_properties = d
        return optimization

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
    "optimization_id",
    "snapshot_id",
    "project_id",
    "name",
    "status",
    "criterion",
    "runtime_statistics",
    "parameters",
    "backtests",
    "requested",
    "optimization_target",
    "target_value",
    "out_of_sample_max_end_date",
    "out_of_sample_days",
    "node_type",
    "parallel_nodes",
    "constraints",
    "strategy",
    "grid_layout",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.grid_chart import GridChart  # noqa: E402
from ..models.optimization_backtests import OptimizationBacktests  # noqa: E402
from ..models.optimization_constraint_result import OptimizationConstraintResult  # noqa: E402
from ..models.optimization_parameter_result import OptimizationParameterResult  # noqa: E402
from ..models.optimization_runtime_statistics import OptimizationRuntimeStatistics  # noqa: E402
from ..models.optimization_target import OptimizationTarget  # noqa: E402
