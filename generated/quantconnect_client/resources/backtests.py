"""Backtests: Run backtests of a compiled project and read their results."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource
from auth_plugin.paging import AsyncPager, SyncPager
from auth_plugin.waiting import Progress, WaitRule, wait_async, wait_sync

from .._operations import (
    CREATE_BACKTEST,
    DELETE_BACKTEST,
    LIST_BACKTESTS,
    READ_BACKTEST,
    READ_BACKTEST_CHART,
    READ_BACKTEST_INSIGHTS,
    READ_BACKTEST_LOG,
    READ_BACKTEST_ORDERS,
    READ_BACKTEST_REPORT,
    UPDATE_BACKTEST,
)
from ..models.backtest_insights_response import BacktestInsightsResponse
from ..models.backtest_orders_response import BacktestOrdersResponse
from ..models.backtest_report_request import BacktestReportRequest
from ..models.backtest_report_response import BacktestReportResponse
from ..models.backtest_response import BacktestResponse
from ..models.backtest_result import BacktestResult
from ..models.backtest_summary_response import BacktestSummaryResponse
from ..models.backtest_summary_result import BacktestSummaryResult
from ..models.create_backtest_request import CreateBacktestRequest
from ..models.create_backtest_request_parameters import CreateBacktestRequestParameters
from ..models.delete_backtest_request import DeleteBacktestRequest
from ..models.insight import Insight
from ..models.list_backtest_request import ListBacktestRequest
from ..models.order import Order
from ..models.read_backtest_chart_request import ReadBacktestChartRequest
from ..models.read_backtest_insights_request import ReadBacktestInsightsRequest
from ..models.read_backtest_log_request import ReadBacktestLogRequest
from ..models.read_backtest_log_response import ReadBacktestLogResponse
from ..models.read_backtest_orders_request import ReadBacktestOrdersRequest
from ..models.read_backtest_request import ReadBacktestRequest
from ..models.read_chart_response import ReadChartResponse
from ..models.update_backtest_request import UpdateBacktestRequest
from ..types import UNSET, Unset

__all__ = ["AsyncBacktests", "Backtests"]


class Backtests(SyncResource):
    """Run backtests of a compiled project and read their results."""

    @overload
    def create(self, body: CreateBacktestRequest, /) -> BacktestResult: ...

    @overload
    def create(
        self,
        *,
        project_id: int,
        compile_id: str,
        backtest_name: str,
        parameters: CreateBacktestRequestParameters | Unset = UNSET,
    ) -> BacktestResult: ...

    def create(self, body: CreateBacktestRequest | None = None, **fields: Any) -> BacktestResult:
        """Start a backtest

        Queues a backtest of a successful compile of the project. The answer carries the new backtest's id;
        poll `readBacktest` until `completed` is true to get its results.

        Takes the fields of `CreateBacktestRequest` as keywords, or a prebuilt one. `createBacktest`: POST /backtests/create.
        """
        request = body if body is not None else CreateBacktestRequest(**fields)
        return self._client._request(CREATE_BACKTEST, request.to_dict(), _create_backtest)

    def create_and_wait(
        self,
        *,
        project_id: int,
        compile_id: str,
        backtest_name: str,
        parameters: CreateBacktestRequestParameters | Unset = UNSET,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[BacktestResult]], None] | None = None,
    ) -> BacktestResult:
        """`create`, then `wait` until the backtest is finished; returns it."""
        request = CreateBacktestRequest(
            project_id=project_id, compile_id=compile_id, backtest_name=backtest_name, parameters=parameters
        )
        created = self.create(request)
        return self.wait(
            project_id=request.project_id,
            backtest_id=created.backtest_id,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
        )

    @overload
    def read(self, body: ReadBacktestRequest, /) -> BacktestResult: ...

    @overload
    def read(self, *, project_id: int, backtest_id: str) -> BacktestResult: ...

    def read(self, body: ReadBacktestRequest | None = None, **fields: Any) -> BacktestResult:
        """Read a backtest and its results

        Returns the backtest with its status and progress; once `completed` is true it also carries the
        statistics, runtime statistics, chart names, rolling-window and total performance.

        Takes the fields of `ReadBacktestRequest` as keywords, or a prebuilt one. `readBacktest`: POST /backtests/read.
        """
        request = body if body is not None else ReadBacktestRequest(**fields)
        return self._client._request(READ_BACKTEST, request.to_dict(), _read_backtest)

    def wait(
        self,
        *,
        project_id: int,
        backtest_id: str,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[BacktestResult]], None] | None = None,
    ) -> BacktestResult:
        """Wait until the backtest is finished and return it (`readBacktest` polled).

        Raises BacktestError when it fails and WaitTimeout after `timeout` seconds. `poll` is the delays between
        reads (default: lean-cli's 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then 10 s); `on_progress` gets the status
        and progress whenever they change. An interrupted wait leaves the backtest running.
        """
        return wait_sync(
            lambda: self.read(project_id=project_id, backtest_id=backtest_id),
            _WAIT_READ_BACKTEST_WAIT,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._clock,
            ids={
                "project_id": project_id,
                "backtest_id": backtest_id,
            },
        )

    @overload
    def update(self, body: UpdateBacktestRequest, /) -> None: ...

    @overload
    def update(
        self, *, project_id: int, backtest_id: str, name: str | Unset = UNSET, note: str | Unset = UNSET
    ) -> None: ...

    def update(self, body: UpdateBacktestRequest | None = None, **fields: Any) -> None:
        """Rename a backtest or change its note

        Sets a new name, a new note, or both. Fields left out keep their value.

        Takes the fields of `UpdateBacktestRequest` as keywords, or a prebuilt one. `updateBacktest`: POST /backtests/update.
        """
        request = body if body is not None else UpdateBacktestRequest(**fields)
        return self._client._request(UPDATE_BACKTEST, request.to_dict(), _update_backtest)

    @overload
    def delete(self, body: DeleteBacktestRequest, /) -> None: ...

    @overload
    def delete(self, *, project_id: int, backtest_id: str) -> None: ...

    def delete(self, body: DeleteBacktestRequest | None = None, **fields: Any) -> None:
        """Delete a backtest

        Removes the backtest and its results from the project. Reading it afterwards fails.

        Takes the fields of `DeleteBacktestRequest` as keywords, or a prebuilt one. `deleteBacktest`: POST /backtests/delete.
        """
        request = body if body is not None else DeleteBacktestRequest(**fields)
        return self._client._request(DELETE_BACKTEST, request.to_dict(), _delete_backtest)

    @overload
    def list(self, body: ListBacktestRequest, /) -> builtins.list[BacktestSummaryResult]: ...

    @overload
    def list(
        self, *, project_id: int, include_statistics: bool | Unset = False
    ) -> builtins.list[BacktestSummaryResult]: ...

    def list(self, body: ListBacktestRequest | None = None, **fields: Any) -> builtins.list[BacktestSummaryResult]:
        """List the backtests of a project

        Returns a summary of every backtest of the project, optimization backtests included. With
        `includeStatistics` the summaries also carry the headline statistics of completed backtests.

        Takes the fields of `ListBacktestRequest` as keywords, or a prebuilt one. `listBacktests`: POST /backtests/list.
        """
        request = body if body is not None else ListBacktestRequest(**fields)
        return self._client._request(LIST_BACKTESTS, request.to_dict(), _list_backtests)

    @overload
    def read_chart(self, body: ReadBacktestChartRequest, /) -> ReadChartResponse: ...

    @overload
    def read_chart(
        self, *, project_id: int, backtest_id: str, name: str, count: int, start: int, end: int
    ) -> ReadChartResponse: ...

    def read_chart(self, body: ReadBacktestChartRequest | None = None, **fields: Any) -> ReadChartResponse:
        """Read the points of a backtest chart

        Returns one chart of the backtest, sampled to about `count` points between the Unix times `start`
        and `end`. The platform builds the sampled chart on the first request: until it is ready the
        answer has no `chart` but `status: loading` and a `progress`, so ask again a little later.

        Takes the fields of `ReadBacktestChartRequest` as keywords, or a prebuilt one. `readBacktestChart`: POST /backtests/chart/read.
        """
        request = body if body is not None else ReadBacktestChartRequest(**fields)
        return self._client._request(READ_BACKTEST_CHART, request.to_dict(), _read_backtest_chart)

    @overload
    def read_orders(self, body: ReadBacktestOrdersRequest, /) -> BacktestOrdersResponse: ...

    @overload
    def read_orders(self, *, project_id: int, backtest_id: str, start: int, end: int) -> BacktestOrdersResponse: ...

    def read_orders(self, body: ReadBacktestOrdersRequest | None = None, **fields: Any) -> BacktestOrdersResponse:
        """Read a page of a backtest's orders

        Returns the orders of the backtest with index from `start` (inclusive) to `end` (exclusive), at
        most 100 per request, oldest first, each with its fill events. `length` is the total number of
        orders of the backtest.

        Takes the fields of `ReadBacktestOrdersRequest` as keywords, or a prebuilt one. `readBacktestOrders`: POST /backtests/orders/read.
        """
        request = body if body is not None else ReadBacktestOrdersRequest(**fields)
        return self._client._request(READ_BACKTEST_ORDERS, request.to_dict(), _read_backtest_orders)

    def iter_orders(self, *, project_id: int, backtest_id: str) -> SyncPager[Order]:
        """Every item of `read_orders`, fetching windows of 100 as iteration needs them; `pager.length` is the total."""

        def fetch(start: int, end: int) -> tuple[builtins.list[Order], int]:
            page = self.read_orders(project_id=project_id, backtest_id=backtest_id, start=start, end=end)
            return page.orders, page.length

        return SyncPager(fetch, window=100)

    @overload
    def read_insights(self, body: ReadBacktestInsightsRequest, /) -> BacktestInsightsResponse: ...

    @overload
    def read_insights(self, *, project_id: int, backtest_id: str, start: int, end: int) -> BacktestInsightsResponse: ...

    def read_insights(self, body: ReadBacktestInsightsRequest | None = None, **fields: Any) -> BacktestInsightsResponse:
        """Read a page of a backtest's insights

        Returns the insights (alpha-model predictions) the backtest emitted with index from `start`
        (inclusive) to `end` (exclusive), at most 100 per request. `length` is the total number of insights.

        Takes the fields of `ReadBacktestInsightsRequest` as keywords, or a prebuilt one. `readBacktestInsights`: POST /backtests/read/insights.
        """
        request = body if body is not None else ReadBacktestInsightsRequest(**fields)
        return self._client._request(READ_BACKTEST_INSIGHTS, request.to_dict(), _read_backtest_insights)

    def iter_insights(self, *, project_id: int, backtest_id: str) -> SyncPager[Insight]:
        """Every item of `read_insights`, fetching windows of 100 as iteration needs them; `pager.length` is the total."""

        def fetch(start: int, end: int) -> tuple[builtins.list[Insight], int]:
            page = self.read_insights(project_id=project_id, backtest_id=backtest_id, start=start, end=end)
            return page.insights, page.length

        return SyncPager(fetch, window=100)

    @overload
    def read_log(self, body: ReadBacktestLogRequest, /) -> ReadBacktestLogResponse: ...

    @overload
    def read_log(
        self, *, project_id: int, backtest_id: str, start: int, end: int, query: str | None = None
    ) -> ReadBacktestLogResponse: ...

    def read_log(self, body: ReadBacktestLogRequest | None = None, **fields: Any) -> ReadBacktestLogResponse:
        """Read a window of a backtest's log

        Returns the lines the algorithm logged, oldest first: those with index from `start` (inclusive) to
        `end` (exclusive) among the lines that contain `query` (ignoring case; `""` or null for every line).
        A window holds at most 200 lines: a larger `end - start` is refused with `success` false. `length`
        counts all the matching lines, so `start` can step by 200 until it reaches `length`. A running
        backtest has the lines logged so far. QuantConnect's document added this operation in 2026; the
        platform terms forbid using it to export market data.

        Takes the fields of `ReadBacktestLogRequest` as keywords, or a prebuilt one. `readBacktestLog`: POST /backtests/read/log.
        """
        fields.setdefault("query", None)
        request = body if body is not None else ReadBacktestLogRequest(**fields)
        return self._client._request(READ_BACKTEST_LOG, request.to_dict(), _read_backtest_log)

    def iter_log(self, *, project_id: int, backtest_id: str, query: str | None = None) -> SyncPager[str]:
        """Every item of `read_log`, fetching windows of 200 as iteration needs them; `pager.length` is the total."""

        def fetch(start: int, end: int) -> tuple[builtins.list[str], int]:
            page = self.read_log(project_id=project_id, backtest_id=backtest_id, query=query, start=start, end=end)
            return page.logs, page.length

        return SyncPager(fetch, window=200)

    @overload
    def read_report(self, body: BacktestReportRequest, /) -> BacktestReportResponse: ...

    @overload
    def read_report(self, *, project_id: int, backtest_id: str) -> BacktestReportResponse: ...

    def read_report(self, body: BacktestReportRequest | None = None, **fields: Any) -> BacktestReportResponse:
        """Read the report of a backtest

        Returns the backtest's report as one HTML document (charts embedded as base64 images). The first
        request starts building the report: until it is ready the answer has no `report` but
        `generating: true`, so ask again a little later. Only completed backtests have a report.

        Takes the fields of `BacktestReportRequest` as keywords, or a prebuilt one. `readBacktestReport`: POST /backtests/read/report.
        """
        request = body if body is not None else BacktestReportRequest(**fields)
        return self._client._request(READ_BACKTEST_REPORT, request.to_dict(), _read_backtest_report)


class AsyncBacktests(AsyncResource):
    """Run backtests of a compiled project and read their results."""

    @overload
    async def create(self, body: CreateBacktestRequest, /) -> BacktestResult: ...

    @overload
    async def create(
        self,
        *,
        project_id: int,
        compile_id: str,
        backtest_name: str,
        parameters: CreateBacktestRequestParameters | Unset = UNSET,
    ) -> BacktestResult: ...

    async def create(self, body: CreateBacktestRequest | None = None, **fields: Any) -> BacktestResult:
        """Start a backtest

        Queues a backtest of a successful compile of the project. The answer carries the new backtest's id;
        poll `readBacktest` until `completed` is true to get its results.

        Takes the fields of `CreateBacktestRequest` as keywords, or a prebuilt one. `createBacktest`: POST /backtests/create.
        """
        request = body if body is not None else CreateBacktestRequest(**fields)
        return await self._client._request(CREATE_BACKTEST, request.to_dict(), _create_backtest)

    async def create_and_wait(
        self,
        *,
        project_id: int,
        compile_id: str,
        backtest_name: str,
        parameters: CreateBacktestRequestParameters | Unset = UNSET,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[BacktestResult]], None] | None = None,
    ) -> BacktestResult:
        """`create`, then `wait` until the backtest is finished; returns it."""
        request = CreateBacktestRequest(
            project_id=project_id, compile_id=compile_id, backtest_name=backtest_name, parameters=parameters
        )
        created = await self.create(request)
        return await self.wait(
            project_id=request.project_id,
            backtest_id=created.backtest_id,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
        )

    @overload
    async def read(self, body: ReadBacktestRequest, /) -> BacktestResult: ...

    @overload
    async def read(self, *, project_id: int, backtest_id: str) -> BacktestResult: ...

    async def read(self, body: ReadBacktestRequest | None = None, **fields: Any) -> BacktestResult:
        """Read a backtest and its results

        Returns the backtest with its status and progress; once `completed` is true it also carries the
        statistics, runtime statistics, chart names, rolling-window and total performance.

        Takes the fields of `ReadBacktestRequest` as keywords, or a prebuilt one. `readBacktest`: POST /backtests/read.
        """
        request = body if body is not None else ReadBacktestRequest(**fields)
        return await self._client._request(READ_BACKTEST, request.to_dict(), _read_backtest)

    async def wait(
        self,
        *,
        project_id: int,
        backtest_id: str,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[BacktestResult]], None] | None = None,
    ) -> BacktestResult:
        """Wait until the backtest is finished and return it (`readBacktest` polled).

        Raises BacktestError when it fails and WaitTimeout after `timeout` seconds. `poll` is the delays between
        reads (default: lean-cli's 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then 10 s); `on_progress` gets the status
        and progress whenever they change. An interrupted wait leaves the backtest running.
        """
        return await wait_async(
            lambda: self.read(project_id=project_id, backtest_id=backtest_id),
            _WAIT_READ_BACKTEST_WAIT,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._clock,
            ids={
                "project_id": project_id,
                "backtest_id": backtest_id,
            },
        )

    @overload
    async def update(self, body: UpdateBacktestRequest, /) -> None: ...

    @overload
    async def update(
        self, *, project_id: int, backtest_id: str, name: str | Unset = UNSET, note: str | Unset = UNSET
    ) -> None: ...

    async def update(self, body: UpdateBacktestRequest | None = None, **fields: Any) -> None:
        """Rename a backtest or change its note

        Sets a new name, a new note, or both. Fields left out keep their value.

        Takes the fields of `UpdateBacktestRequest` as keywords, or a prebuilt one. `updateBacktest`: POST /backtests/update.
        """
        request = body if body is not None else UpdateBacktestRequest(**fields)
        return await self._client._request(UPDATE_BACKTEST, request.to_dict(), _update_backtest)

    @overload
    async def delete(self, body: DeleteBacktestRequest, /) -> None: ...

    @overload
    async def delete(self, *, project_id: int, backtest_id: str) -> None: ...

    async def delete(self, body: DeleteBacktestRequest | None = None, **fields: Any) -> None:
        """Delete a backtest

        Removes the backtest and its results from the project. Reading it afterwards fails.

        Takes the fields of `DeleteBacktestRequest` as keywords, or a prebuilt one. `deleteBacktest`: POST /backtests/delete.
        """
        request = body if body is not None else DeleteBacktestRequest(**fields)
        return await self._client._request(DELETE_BACKTEST, request.to_dict(), _delete_backtest)

    @overload
    async def list(self, body: ListBacktestRequest, /) -> builtins.list[BacktestSummaryResult]: ...

    @overload
    async def list(
        self, *, project_id: int, include_statistics: bool | Unset = False
    ) -> builtins.list[BacktestSummaryResult]: ...

    async def list(
        self, body: ListBacktestRequest | None = None, **fields: Any
    ) -> builtins.list[BacktestSummaryResult]:
        """List the backtests of a project

        Returns a summary of every backtest of the project, optimization backtests included. With
        `includeStatistics` the summaries also carry the headline statistics of completed backtests.

        Takes the fields of `ListBacktestRequest` as keywords, or a prebuilt one. `listBacktests`: POST /backtests/list.
        """
        request = body if body is not None else ListBacktestRequest(**fields)
        return await self._client._request(LIST_BACKTESTS, request.to_dict(), _list_backtests)

    @overload
    async def read_chart(self, body: ReadBacktestChartRequest, /) -> ReadChartResponse: ...

    @overload
    async def read_chart(
        self, *, project_id: int, backtest_id: str, name: str, count: int, start: int, end: int
    ) -> ReadChartResponse: ...

    async def read_chart(self, body: ReadBacktestChartRequest | None = None, **fields: Any) -> ReadChartResponse:
        """Read the points of a backtest chart

        Returns one chart of the backtest, sampled to about `count` points between the Unix times `start`
        and `end`. The platform builds the sampled chart on the first request: until it is ready the
        answer has no `chart` but `status: loading` and a `progress`, so ask again a little later.

        Takes the fields of `ReadBacktestChartRequest` as keywords, or a prebuilt one. `readBacktestChart`: POST /backtests/chart/read.
        """
        request = body if body is not None else ReadBacktestChartRequest(**fields)
        return await self._client._request(READ_BACKTEST_CHART, request.to_dict(), _read_backtest_chart)

    @overload
    async def read_orders(self, body: ReadBacktestOrdersRequest, /) -> BacktestOrdersResponse: ...

    @overload
    async def read_orders(
        self, *, project_id: int, backtest_id: str, start: int, end: int
    ) -> BacktestOrdersResponse: ...

    async def read_orders(self, body: ReadBacktestOrdersRequest | None = None, **fields: Any) -> BacktestOrdersResponse:
        """Read a page of a backtest's orders

        Returns the orders of the backtest with index from `start` (inclusive) to `end` (exclusive), at
        most 100 per request, oldest first, each with its fill events. `length` is the total number of
        orders of the backtest.

        Takes the fields of `ReadBacktestOrdersRequest` as keywords, or a prebuilt one. `readBacktestOrders`: POST /backtests/orders/read.
        """
        request = body if body is not None else ReadBacktestOrdersRequest(**fields)
        return await self._client._request(READ_BACKTEST_ORDERS, request.to_dict(), _read_backtest_orders)

    def iter_orders(self, *, project_id: int, backtest_id: str) -> AsyncPager[Order]:
        """Every item of `read_orders`, fetching windows of 100 as iteration needs them; `await pager.total()` is the total."""

        async def fetch(start: int, end: int) -> tuple[builtins.list[Order], int]:
            page = await self.read_orders(project_id=project_id, backtest_id=backtest_id, start=start, end=end)
            return page.orders, page.length

        return AsyncPager(fetch, window=100)

    @overload
    async def read_insights(self, body: ReadBacktestInsightsRequest, /) -> BacktestInsightsResponse: ...

    @overload
    async def read_insights(
        self, *, project_id: int, backtest_id: str, start: int, end: int
    ) -> BacktestInsightsResponse: ...

    async def read_insights(
        self, body: ReadBacktestInsightsRequest | None = None, **fields: Any
    ) -> BacktestInsightsResponse:
        """Read a page of a backtest's insights

        Returns the insights (alpha-model predictions) the backtest emitted with index from `start`
        (inclusive) to `end` (exclusive), at most 100 per request. `length` is the total number of insights.

        Takes the fields of `ReadBacktestInsightsRequest` as keywords, or a prebuilt one. `readBacktestInsights`: POST /backtests/read/insights.
        """
        request = body if body is not None else ReadBacktestInsightsRequest(**fields)
        return await self._client._request(READ_BACKTEST_INSIGHTS, request.to_dict(), _read_backtest_insights)

    def iter_insights(self, *, project_id: int, backtest_id: str) -> AsyncPager[Insight]:
        """Every item of `read_insights`, fetching windows of 100 as iteration needs them; `await pager.total()` is the total."""

        async def fetch(start: int, end: int) -> tuple[builtins.list[Insight], int]:
            page = await self.read_insights(project_id=project_id, backtest_id=backtest_id, start=start, end=end)
            return page.insights, page.length

        return AsyncPager(fetch, window=100)

    @overload
    async def read_log(self, body: ReadBacktestLogRequest, /) -> ReadBacktestLogResponse: ...

    @overload
    async def read_log(
        self, *, project_id: int, backtest_id: str, start: int, end: int, query: str | None = None
    ) -> ReadBacktestLogResponse: ...

    async def read_log(self, body: ReadBacktestLogRequest | None = None, **fields: Any) -> ReadBacktestLogResponse:
        """Read a window of a backtest's log

        Returns the lines the algorithm logged, oldest first: those with index from `start` (inclusive) to
        `end` (exclusive) among the lines that contain `query` (ignoring case; `""` or null for every line).
        A window holds at most 200 lines: a larger `end - start` is refused with `success` false. `length`
        counts all the matching lines, so `start` can step by 200 until it reaches `length`. A running
        backtest has the lines logged so far. QuantConnect's document added this operation in 2026; the
        platform terms forbid using it to export market data.

        Takes the fields of `ReadBacktestLogRequest` as keywords, or a prebuilt one. `readBacktestLog`: POST /backtests/read/log.
        """
        fields.setdefault("query", None)
        request = body if body is not None else ReadBacktestLogRequest(**fields)
        return await self._client._request(READ_BACKTEST_LOG, request.to_dict(), _read_backtest_log)

    def iter_log(self, *, project_id: int, backtest_id: str, query: str | None = None) -> AsyncPager[str]:
        """Every item of `read_log`, fetching windows of 200 as iteration needs them; `await pager.total()` is the total."""

        async def fetch(start: int, end: int) -> tuple[builtins.list[str], int]:
            page = await self.read_log(
                project_id=project_id, backtest_id=backtest_id, query=query, start=start, end=end
            )
            return page.logs, page.length

        return AsyncPager(fetch, window=200)

    @overload
    async def read_report(self, body: BacktestReportRequest, /) -> BacktestReportResponse: ...

    @overload
    async def read_report(self, *, project_id: int, backtest_id: str) -> BacktestReportResponse: ...

    async def read_report(self, body: BacktestReportRequest | None = None, **fields: Any) -> BacktestReportResponse:
        """Read the report of a backtest

        Returns the backtest's report as one HTML document (charts embedded as base64 images). The first
        request starts building the report: until it is ready the answer has no `report` but
        `generating: true`, so ask again a little later. Only completed backtests have a report.

        Takes the fields of `BacktestReportRequest` as keywords, or a prebuilt one. `readBacktestReport`: POST /backtests/read/report.
        """
        request = body if body is not None else BacktestReportRequest(**fields)
        return await self._client._request(READ_BACKTEST_REPORT, request.to_dict(), _read_backtest_report)


def _create_backtest(body: dict[str, Any]) -> BacktestResult:
    return BacktestResponse.from_dict(body).backtest


def _read_backtest(body: dict[str, Any]) -> BacktestResult:
    return BacktestResponse.from_dict(body).backtest


def _update_backtest(body: dict[str, Any]) -> None:
    return None


def _delete_backtest(body: dict[str, Any]) -> None:
    return None


def _list_backtests(body: dict[str, Any]) -> builtins.list[BacktestSummaryResult]:
    return BacktestSummaryResponse.from_dict(body).backtests


def _read_backtest_chart(body: dict[str, Any]) -> ReadChartResponse:
    return ReadChartResponse.from_dict(body)


def _read_backtest_orders(body: dict[str, Any]) -> BacktestOrdersResponse:
    return BacktestOrdersResponse.from_dict(body)


def _read_backtest_insights(body: dict[str, Any]) -> BacktestInsightsResponse:
    return BacktestInsightsResponse.from_dict(body)


def _read_backtest_log(body: dict[str, Any]) -> ReadBacktestLogResponse:
    return ReadBacktestLogResponse.from_dict(body)


def _read_backtest_report(body: dict[str, Any]) -> BacktestReportResponse:
    return BacktestReportResponse.from_dict(body)


_WAIT_READ_BACKTEST_WAIT = WaitRule(
    what="backtest",
    operation="readBacktest",
    status="status",
    progress="progress",
    done={
        "completed": (True,),
    },
    failed={
        "status": (
            "Runtime Error",
            "Aborted",
            "Cancelled.",
        ),
    },
    failed_when_set=("error",),
    settle="total_performance",
    settle_attempts=6,
    settle_interval=10.0,
    progress_ratio=None,
    error="BacktestError",
    stop_hint="stop it with client.backtests.delete(project_id={project_id!r}, backtest_id={backtest_id!r})",
)
