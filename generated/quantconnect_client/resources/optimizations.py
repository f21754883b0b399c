"""Optimizations: Run parameter optimizations, each a grid of backtests."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource
from auth_plugin.waiting import Progress, WaitRule, wait_async, wait_sync

from .._operations import (
    ABORT_OPTIMIZATION,
    CREATE_OPTIMIZATION,
    DELETE_OPTIMIZATION,
    ESTIMATE_OPTIMIZATION,
    LIST_OPTIMIZATIONS,
    READ_OPTIMIZATION,
    UPDATE_OPTIMIZATION,
)
from ..models.abort_optimization_request import AbortOptimizationRequest
from ..models.create_optimization_request import CreateOptimizationRequest
from ..models.delete_optimization_request import DeleteOptimizationRequest
from ..models.estimate import Estimate
from ..models.estimate_optimization_request import EstimateOptimizationRequest
from ..models.estimate_optimization_response import EstimateOptimizationResponse
from ..models.list_optimization_request import ListOptimizationRequest
from ..models.list_optimization_response import ListOptimizationResponse
from ..models.optimization import Optimization
from ..models.optimization_constraint import OptimizationConstraint
from ..models.optimization_node_type import OptimizationNodeType
from ..models.optimization_parameter import OptimizationParameter
from ..models.optimization_strategy import OptimizationStrategy
from ..models.optimization_summary import OptimizationSummary
from ..models.optimization_target_statistic import OptimizationTargetStatistic
from ..models.optimization_target_to import OptimizationTargetTo
from ..models.read_optimization_request import ReadOptimizationRequest
from ..models.read_optimization_response import ReadOptimizationResponse
from ..models.update_optimization_request import UpdateOptimizationRequest
from ..types import UNSET, Unset

__all__ = ["AsyncOptimizations", "Optimizations"]


class Optimizations(SyncResource):
    """Run parameter optimizations, each a grid of backtests."""

    @overload
    def estimate(self, body: EstimateOptimizationRequest, /) -> Estimate: ...

    @overload
    def estimate(
        self,
        *,
        project_id: int,
        name: str,
        target: OptimizationTargetStatistic,
        target_to: OptimizationTargetTo,
        strategy: OptimizationStrategy,
        compile_id: str,
        parameters: builtins.list[OptimizationParameter],
        target_value: float | Unset | None = UNSET,
        constraints: builtins.list[OptimizationConstraint] | Unset = UNSET,
    ) -> Estimate: ...

    def estimate(self, body: EstimateOptimizationRequest | None = None, **fields: Any) -> Estimate:
        """Estimate the run time of an optimization

        Estimates how long the optimization described would run, from the size of its parameter grid,
        and reports the organization's QCC balance. Nothing is started.

        Takes the fields of `EstimateOptimizationRequest` as keywords, or a prebuilt one. `estimateOptimization`: POST /optimizations/estimate.
        """
        request = body if body is not None else EstimateOptimizationRequest(**fields)
        return self._client._request(ESTIMATE_OPTIMIZATION, request.to_dict(), _estimate_optimization)

    @overload
    def create(self, body: CreateOptimizationRequest, /) -> OptimizationSummary: ...

    @overload
    def create(
        self,
        *,
        project_id: int,
        name: str,
        target: OptimizationTargetStatistic,
        target_to: OptimizationTargetTo,
        strategy: OptimizationStrategy,
        compile_id: str,
        parameters: builtins.list[OptimizationParameter],
        estimated_cost: float,
        node_type: OptimizationNodeType,
        parallel_nodes: int,
        target_value: float | Unset | None = UNSET,
        constraints: builtins.list[OptimizationConstraint] | Unset = UNSET,
    ) -> OptimizationSummary: ...

    def create(self, body: CreateOptimizationRequest | None = None, **fields: Any) -> OptimizationSummary:
        """Start an optimization

        Launches an optimization of a compiled project: one backtest for every point of the parameter grid,
        run on `parallelNodes` nodes of `nodeType`. Answers with the new optimization in an array.

        Takes the fields of `CreateOptimizationRequest` as keywords, or a prebuilt one. `createOptimization`: POST /optimizations/create.
        """
        request = body if body is not None else CreateOptimizationRequest(**fields)
        return self._client._request(CREATE_OPTIMIZATION, request.to_dict(), _create_optimization)

    def create_and_wait(
        self,
        *,
        project_id: int,
        name: str,
        target: OptimizationTargetStatistic,
        target_to: OptimizationTargetTo,
        strategy: OptimizationStrategy,
        compile_id: str,
        parameters: builtins.list[OptimizationParameter],
        estimated_cost: float,
        node_type: OptimizationNodeType,
        parallel_nodes: int,
        target_value: float | Unset | None = UNSET,
        constraints: builtins.list[OptimizationConstraint] | Unset = UNSET,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[Optimization]], None] | None = None,
    ) -> Optimization:
        """`create`, then `wait` until the optimization is finished; returns it."""
        request = CreateOptimizationRequest(
            project_id=project_id,
            name=name,
            target=target,
            target_to=target_to,
            strategy=strategy,
            compile_id=compile_id,
            parameters=parameters,
            estimated_cost=estimated_cost,
            node_type=node_type,
            parallel_nodes=parallel_nodes,
            target_value=target_value,
            constraints=constraints,
        )
        created = self.create(request)
        return self.wait(
            optimization_id=created.optimization_id,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
        )

    @overload
    def update(self, body: UpdateOptimizationRequest, /) -> None: ...

    @overload
    def update(self, *, optimization_id: str, name: str) -> None: ...

    def update(self, body: UpdateOptimizationRequest | None = None, **fields: Any) -> None:
        """Rename an optimization

        Gives the optimization a new name; nothing else about it changes.

        Takes the fields of `UpdateOptimizationRequest` as keywords, or a prebuilt one. `updateOptimization`: POST /optimizations/update.
        """
        request = body if body is not None else UpdateOptimizationRequest(**fields)
        return self._client._request(UPDATE_OPTIMIZATION, request.to_dict(), _update_optimization)

    @overload
    def read(self, body: ReadOptimizationRequest, /) -> Optimization: ...

    @overload
    def read(self, *, optimization_id: str) -> Optimization: ...

    def read(self, body: ReadOptimizationRequest | None = None, **fields: Any) -> Optimization:
        """Read an optimization and its backtests

        Returns the optimization with its status, runtime statistics and its backtests, a map keyed by
        backtest id (an empty array while none has started).

        Takes the fields of `ReadOptimizationRequest` as keywords, or a prebuilt one. `readOptimization`: POST /optimizations/read.
        """
        request = body if body is not None else ReadOptimizationRequest(**fields)
        return self._client._request(READ_OPTIMIZATION, request.to_dict(), _read_optimization)

    def wait(
        self,
        *,
        optimization_id: str,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[Optimization]], None] | None = None,
    ) -> Optimization:
        """Wait until the optimization is finished and return it (`readOptimization` polled).

        Raises OptimizationError when it fails and WaitTimeout after `timeout` seconds. `poll` is the delays between
        reads (default: lean-cli's 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then 10 s); `on_progress` gets the status
        and progress whenever they change. An interrupted wait leaves the optimization running.
        """
        return wait_sync(
            lambda: self.read(optimization_id=optimization_id),
            _WAIT_READ_OPTIMIZATION_WAIT,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._clock,
            ids={
                "optimization_id": optimization_id,
            },
        )

    @overload
    def abort(self, body: AbortOptimizationRequest, /) -> None: ...

    @overload
    def abort(self, *, optimization_id: str) -> None: ...

    def abort(self, body: AbortOptimizationRequest | None = None, **fields: Any) -> None:
        """Abort a running optimization

        Stops the optimization; backtests that finished keep their results, the rest are not run.

        Takes the fields of `AbortOptimizationRequest` as keywords, or a prebuilt one. `abortOptimization`: POST /optimizations/abort.
        """
        request = body if body is not None else AbortOptimizationRequest(**fields)
        return self._client._request(ABORT_OPTIMIZATION, request.to_dict(), _abort_optimization)

    @overload
    def delete(self, body: DeleteOptimizationRequest, /) -> None: ...

    @overload
    def delete(self, *, optimization_id: str) -> None: ...

    def delete(self, body: DeleteOptimizationRequest | None = None, **fields: Any) -> None:
        """Delete an optimization

        Removes the optimization and its backtests. Reading it afterwards fails.

        Takes the fields of `DeleteOptimizationRequest` as keywords, or a prebuilt one. `deleteOptimization`: POST /optimizations/delete.
        """
        request = body if body is not None else DeleteOptimizationRequest(**fields)
        return self._client._request(DELETE_OPTIMIZATION, request.to_dict(), _delete_optimization)

    @overload
    def list(self, body: ListOptimizationRequest, /) -> builtins.list[OptimizationSummary]: ...

    @overload
    def list(self, *, project_id: int) -> builtins.list[OptimizationSummary]: ...

    def list(self, body: ListOptimizationRequest | None = None, **fields: Any) -> builtins.list[OptimizationSummary]:
        """List the optimizations of a project

        Returns a summary of every optimization of the project, newest first.

        Takes the fields of `ListOptimizationRequest` as keywords, or a prebuilt one. `listOptimizations`: POST /optimizations/list.
        """
        request = body if body is not None else ListOptimizationRequest(**fields)
        return self._client._request(LIST_OPTIMIZATIONS, request.to_dict(), _list_optimizations)


class AsyncOptimizations(AsyncResource):
    """Run parameter optimizations, each a grid of backtests."""

    @overload
    async def estimate(self, body: EstimateOptimizationRequest, /) -> Estimate: ...

    @overload
    async def estimate(
        self,
        *,
        project_id: int,
        name: str,
        target: OptimizationTargetStatistic,
        target_to: OptimizationTargetTo,
        strategy: OptimizationStrategy,
        compile_id: str,
        parameters: builtins.list[OptimizationParameter],
        target_value: float | Unset | None = UNSET,
        constraints: builtins.list[OptimizationConstraint] | Unset = UNSET,
    ) -> Estimate: ...

    async def estimate(self, body: EstimateOptimizationRequest | None = None, **fields: Any) -> Estimate:
        """Estimate the run time of an optimization

        Estimates how long the optimization described would run, from the size of its parameter grid,
        and reports the organization's QCC balance. Nothing is started.

        Takes the fields of `EstimateOptimizationRequest` as keywords, or a prebuilt one. `estimateOptimization`: POST /optimizations/estimate.
        """
        request = body if body is not None else EstimateOptimizationRequest(**fields)
        return await self._client._request(ESTIMATE_OPTIMIZATION, request.to_dict(), _estimate_optimization)

    @overload
    async def create(self, body: CreateOptimizationRequest, /) -> OptimizationSummary: ...

    @overload
    async def create(
        self,
        *,
        project_id: int,
        name: str,
        target: OptimizationTargetStatistic,
        target_to: OptimizationTargetTo,
        strategy: OptimizationStrategy,
        compile_id: str,
        parameters: builtins.list[OptimizationParameter],
        estimated_cost: float,
        node_type: OptimizationNodeType,
        parallel_nodes: int,
        target_value: float | Unset | None = UNSET,
        constraints: builtins.list[OptimizationConstraint] | Unset = UNSET,
    ) -> OptimizationSummary: ...

    async def create(self, body: CreateOptimizationRequest | None = None, **fields: Any) -> OptimizationSummary:
        """Start an optimization

        Launches an optimization of a compiled project: one backtest for every point of the parameter grid,
        run on `parallelNodes` nodes of `nodeType`. Answers with the new optimization in an array.

        Takes the fields of `CreateOptimizationRequest` as keywords, or a prebuilt one. `createOptimization`: POST /optimizations/create.
        """
        request = body if body is not None else CreateOptimizationRequest(**fields)
        return await self._client._request(CREATE_OPTIMIZATION, request.to_dict(), _create_optimization)

    async def create_and_wait(
        self,
        *,
        project_id: int,
        name: str,
        target: OptimizationTargetStatistic,
        target_to: OptimizationTargetTo,
        strategy: OptimizationStrategy,
        compile_id: str,
        parameters: builtins.list[OptimizationParameter],
        estimated_cost: float,
        node_type: OptimizationNodeType,
        parallel_nodes: int,
        target_value: float | Unset | None = UNSET,
        constraints: builtins.list[OptimizationConstraint] | Unset = UNSET,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[Optimization]], None] | None = None,
    ) -> Optimization:
        """`create`, then `wait` until the optimization is finished; returns it."""
        request = CreateOptimizationRequest(
            project_id=project_id,
            name=name,
            target=target,
            target_to=target_to,
            strategy=strategy,
            compile_id=compile_id,
            parameters=parameters,
            estimated_cost=estimated_cost,
            node_type=node_type,
            parallel_nodes=parallel_nodes,
            target_value=target_value,
            constraints=constraints,
        )
        created = await self.create(request)
        return await self.wait(
            optimization_id=created.optimization_id,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
        )

    @overload
    async def update(self, body: UpdateOptimizationRequest, /) -> None: ...

    @overload
    async def update(self, *, optimization_id: str, name: str) -> None: ...

    async def update(self, body: UpdateOptimizationRequest | None = None, **fields: Any) -> None:
        """Rename an optimization

        Gives the optimization a new name; nothing else about it changes.

        Takes the fields of `UpdateOptimizationRequest` as keywords, or a prebuilt one. `updateOptimization`: POST /optimizations/update.
        """
        request = body if body is not None else UpdateOptimizationRequest(**fields)
        return await self._client._request(UPDATE_OPTIMIZATION, request.to_dict(), _update_optimization)

    @overload
    async def read(self, body: ReadOptimizationRequest, /) -> Optimization: ...

    @overload
    async def read(self, *, optimization_id: str) -> Optimization: ...

    async def read(self, body: ReadOptimizationRequest | None = None, **fields: Any) -> Optimization:
        """Read an optimization and its backtests

        Returns the optimization with its status, runtime statistics and its backtests, a map keyed by
        backtest id (an empty array while none has started).

        Takes the fields of `ReadOptimizationRequest` as keywords, or a prebuilt one. `readOptimization`: POST /optimizations/read.
        """
        request = body if body is not None else ReadOptimizationRequest(**fields)
        return await self._client._request(READ_OPTIMIZATION, request.to_dict(), _read_optimization)

    async def wait(
        self,
        *,
        optimization_id: str,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[Optimization]], None] | None = None,
    ) -> Optimization:
        """Wait until the optimization is finished and return it (`readOptimization` polled).

        Raises OptimizationError when it fails and WaitTimeout after `timeout` seconds. `poll` is the delays between
        reads (default: lean-cli's 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then 10 s); `on_progress` gets the status
        and progress whenever they change. An interrupted wait leaves the optimization running.
        """
        return await wait_async(
            lambda: self.read(optimization_id=optimization_id),
            _WAIT_READ_OPTIMIZATION_WAIT,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._clock,
            ids={
                "optimization_id": optimization_id,
            },
        )

    @overload
    async def abort(self, body: AbortOptimizationRequest, /) -> None: ...

    @overload
    async def abort(self, *, optimization_id: str) -> None: ...

    async def abort(self, body: AbortOptimizationRequest | None = None, **fields: Any) -> None:
        """Abort a running optimization

        Stops the optimization; backtests that finished keep their results, the rest are not run.

        Takes the fields of `AbortOptimizationRequest` as keywords, or a prebuilt one. `abortOptimization`: POST /optimizations/abort.
        """
        request = body if body is not None else AbortOptimizationRequest(**fields)
        return await self._client._request(ABORT_OPTIMIZATION, request.to_dict(), _abort_optimization)

    @overload
    async def delete(self, body: DeleteOptimizationRequest, /) -> None: ...

    @overload
    async def delete(self, *, optimization_id: str) -> None: ...

    async def delete(self, body: DeleteOptimizationRequest | None = None, **fields: Any) -> None:
        """Delete an optimization

        Removes the optimization and its backtests. Reading it afterwards fails.

        Takes the fields of `DeleteOptimizationRequest` as keywords, or a prebuilt one. `deleteOptimization`: POST /optimizations/delete.
        """
        request = body if body is not None else DeleteOptimizationRequest(**fields)
        return await self._client._request(DELETE_OPTIMIZATION, request.to_dict(), _delete_optimization)

    @overload
    async def list(self, body: ListOptimizationRequest, /) -> builtins.list[OptimizationSummary]: ...

    @overload
    async def list(self, *, project_id: int) -> builtins.list[OptimizationSummary]: ...

    async def list(
        self, body: ListOptimizationRequest | None = None, **fields: Any
    ) -> builtins.list[OptimizationSummary]:
        """List the optimizations of a project

        Returns a summary of every optimization of the project, newest first.

        Takes the fields of `ListOptimizationRequest` as keywords, or a prebuilt one. `listOptimizations`: POST /optimizations/list.
        """
        request = body if body is not None else ListOptimizationRequest(**fields)
        return await self._client._request(LIST_OPTIMIZATIONS, request.to_dict(), _list_optimizations)


def _estimate_optimization(body: dict[str, Any]) -> Estimate:
    return EstimateOptimizationResponse.from_dict(body).estimate


def _create_optimization(body: dict[str, Any]) -> OptimizationSummary:
    return ListOptimizationResponse.from_dict(body).optimizations[0]


def _update_optimization(body: dict[str, Any]) -> None:
    return None


def _read_optimization(body: dict[str, Any]) -> Optimization:
    return ReadOptimizationResponse.from_dict(body).optimization


def _abort_optimization(body: dict[str, Any]) -> None:
    return None


def _delete_optimization(body: dict[str, Any]) -> None:
    return None


def _list_optimizations(body: dict[str, Any]) -> builtins.list[OptimizationSummary]:
    return ListOptimizationResponse.from_dict(body).optimizations


_WAIT_READ_OPTIMIZATION_WAIT = WaitRule(
    what="optimization",
    operation="readOptimization",
    status="status",
    progress=None,
    done={
        "status": (
            "completed",
            "aborted",
            "failed",
        ),
    },
    failed={
        "status": (
            "aborted",
            "failed",
        ),
    },
    failed_when_set=(),
    settle=None,
    settle_attempts=6,
    settle_interval=10.0,
    progress_ratio=("runtime_statistics.completed", "runtime_statistics.total"),
    error="OptimizationError",
    stop_hint="stop it with client.optimizations.abort(optimization_id={optimization_id!r})",
)
