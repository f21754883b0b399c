"""Pydantic v2 models of the listBacktests and readOptimization answers, field for field like the generated ones.

The comparison point for the parsing benchmark: QuantConnect's MCP server validates answers with pydantic models.
They mirror the generated attrs models' behaviour: camelCase aliases, unknown fields kept (`extra="allow"`), known
enumeration values become enum members while other strings pass through, `2021-08-31 21:02:56` date-times become
naive datetimes, and a map sent as `[]` reads as an empty dict. That last rule is a union fallback rather than a
`BeforeValidator`, so the common (non-empty) case never leaves pydantic-core for Python.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

__all__ = [
    "BacktestStatus",
    "BacktestSummaryResponse",
    "BacktestSummaryResult",
    "GridChart",
    "Optimization",
    "OptimizationBacktest",
    "OptimizationConstraintResult",
    "OptimizationParameterResult",
    "OptimizationRuntimeStatistics",
    "OptimizationStatus",
    "OptimizationTarget",
    "OptimizationTargetTo",
    "ReadOptimizationResponse",
]

V = TypeVar("V")


def _empty_dict(_: list[Any]) -> dict[str, Any]:
    return {}


# `[]` (the platform's empty map) is accepted and turned into {}; any other list is rejected as it would be.
_EmptyMapAsArray = Annotated[list[Any], Field(max_length=0), AfterValidator(_empty_dict)]
MapOrEmpty = Annotated[dict[str, V] | _EmptyMapAsArray, Field(union_mode="left_to_right")]
ParameterValue = float | str
ParameterSet = MapOrEmpty[ParameterValue]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class BacktestStatus(StrEnum):
    IN_QUEUE = "In Queue..."
    RUNNING = "Running"
    COMPLETED = "Completed."
    RUNTIME_ERROR = "Runtime Error"
    ABORTED = "Aborted"
    CANCELLED = "Cancelled."


class OptimizationStatus(StrEnum):
    NEW = "new"
    RUNNING = "running"
    COMPLETED = "completed"
    ABORTED = "aborted"
    FAILED = "failed"


class OptimizationTargetTo(StrEnum):
    MIN = "min"
    MAX = "max"


# Known values become enum members, anything else stays a string (the spec's `anyOf: [enum, string]`).
BacktestStatusOrStr = Annotated[BacktestStatus | str, Field(union_mode="left_to_right")]
OptimizationStatusOrStr = Annotated[OptimizationStatus | str, Field(union_mode="left_to_right")]
TargetToOrStr = Annotated[OptimizationTargetTo | str, Field(union_mode="left_to_right")]


class BacktestSummaryResult(_Model):
    backtest_id: str = Field(alias="backtestId")
    name: str
    status: BacktestStatusOrStr
    created: datetime.datetime
    progress: float | None = None
    optimization_id: str | None = Field(None, alias="optimizationId")
    tradeable_dates: int | None = Field(None, alias="tradeableDates")
    parameter_set: ParameterSet | None = Field(None, alias="parameterSet")
    snapshot_id: int | None = Field(None, alias="snapshotId")
    tags: list[str] | None = None
    sharpe_ratio: float | None = Field(None, alias="sharpeRatio")
    alpha: float | None = None
    beta: float | None = None
    compounding_annual_return: float | None = Field(None, alias="compoundingAnnualReturn")
    drawdown: float | None = None
    loss_rate: float | None = Field(None, alias="lossRate")
    net_profit: float | None = Field(None, alias="netProfit")
    parameters: int | None = None
    psr: float | None = None
    security_types: int | None = Field(None, alias="securityTypes")
    sortino_ratio: float | None = Field(None, alias="sortinoRatio")
    trades: int | None = None
    treynor_ratio: float | None = Field(None, alias="treynorRatio")
    win_rate: float | None = Field(None, alias="winRate")


class BacktestSummaryResponse(_Model):
    success: bool
    errors: list[str] | None = None
    backtests: list[BacktestSummaryResult] | None = None
    count: int | None = None


class OptimizationTarget(_Model):
    target: str | None = None
    extremum: TargetToOrStr | None = None
    target_value: float | None = Field(None, alias="targetValue")


class OptimizationRuntimeStatistics(_Model):
    __pydantic_extra__: dict[str, str] = Field(init=False)  # the schema's `additionalProperties: string`

    completed: str | None = Field(None, alias="Completed")
    failed: str | None = Field(None, alias="Failed")
    running: str | None = Field(None, alias="Running")
    in_queue: str | None = Field(None, alias="In Queue")
    average_length: str | None = Field(None, alias="Average Length")
    total_runtime: str | None = Field(None, alias="Total Runtime")
    total: str | None = Field(None, alias="Total")
    consumed: str | None = Field(None, alias="Consumed")


def _empty_runtime_statistics(_: list[Any]) -> OptimizationRuntimeStatistics:
    return OptimizationRuntimeStatistics.model_validate({})


RuntimeStatisticsOrEmpty = Annotated[
    OptimizationRuntimeStatistics
    | Annotated[list[Any], Field(max_length=0), AfterValidator(_empty_runtime_statistics)],
    Field(union_mode="left_to_right"),
]


class OptimizationConstraintResult(_Model):
    target: str | None = None
    operator: str | None = None
    target_value: float | None = Field(None, alias="targetValue")


class OptimizationParameterResult(_Model):
    name: str
    min_: float | None = Field(None, alias="min")
    max_: float | None = Field(None, alias="max")
    step: float | None = None
    min_step: float | None = Field(None, alias="minStep")


class OptimizationBacktest(_Model):
    id: str
    name: str | None = None
    progress: float | None = None
    exit_code: int | None = Field(None, alias="exitCode")
    statistics: list[float] | None = None
    parameter_set: ParameterSet | None = Field(None, alias="parameterSet")
    equity: list[list[float]] | None = None
    start_date: datetime.datetime | None = Field(None, alias="startDate")
    end_date: datetime.datetime | None = Field(None, alias="endDate")
    out_of_sample_days: int | None = Field(None, alias="outOfSampleDays")
    out_of_sample_max_end_date: datetime.datetime | None = Field(None, alias="outOfSampleMaxEndDate")


class GridChart(_Model):
    chart_name: str | None = Field(None, alias="chartName")
    width: int | None = None
    height: int | None = None
    row: int | None = None
    column: int | None = None
    sort: int | None = None


class Optimization(_Model):
    optimization_id: str = Field(alias="optimizationId")
    project_id: int = Field(alias="projectId")
    name: str
    status: OptimizationStatusOrStr
    snapshot_id: int | None = Field(None, alias="snapshotId")
    node_type: str | None = Field(None, alias="nodeType")
    parallel_nodes: int | None = Field(None, alias="parallelNodes")
    criterion: OptimizationTarget | None = None
    runtime_statistics: RuntimeStatisticsOrEmpty | None = Field(None, alias="runtimeStatistics")
    constraints: list[OptimizationConstraintResult] | None = None
    parameters: list[OptimizationParameterResult] | None = None
    backtests: MapOrEmpty[OptimizationBacktest] | None = None
    strategy: str | None = None
    requested: datetime.datetime | None = None
    optimization_target: str | None = Field(None, alias="optimizationTarget")
    target_value: float | None = Field(None, alias="targetValue")
    grid_layout: list[GridChart] | None = Field(None, alias="gridLayout")
    out_of_sample_max_end_date: datetime.datetime | None = Field(None, alias="outOfSampleMaxEndDate")
    out_of_sample_days: int | None = Field(None, alias="outOfSampleDays")


class ReadOptimizationResponse(_Model):
    success: bool
    errors: list[str] | None = None
    optimization: Optimization | None = None
