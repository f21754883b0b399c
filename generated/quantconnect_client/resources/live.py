"""Live: Deploy a compiled project to live (or paper) trading, watch its status, portfolio, orders, insights,
logs and charts, send it commands, and liquidate or stop it. A project runs at most one live
algorithm at a time, so most operations name the project rather than the deployment.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource
from auth_plugin.paging import AsyncPager, SyncPager
from auth_plugin.waiting import Progress, WaitRule, wait_async, wait_sync

from .._operations import (
    AUTHORIZE_LIVE_AUTH_0,
    BROADCAST_LIVE_COMMAND,
    CREATE_LIVE,
    CREATE_LIVE_COMMAND,
    LIQUIDATE_LIVE,
    LIST_LIVE,
    READ_LIVE,
    READ_LIVE_AUTH_0,
    READ_LIVE_CHART,
    READ_LIVE_INSIGHTS,
    READ_LIVE_LOG,
    READ_LIVE_ORDERS,
    READ_LIVE_PORTFOLIO,
    STOP_LIVE,
)
from ..models.authorize_external_connection_request import AuthorizeExternalConnectionRequest
from ..models.authorize_external_connection_response import AuthorizeExternalConnectionResponse
from ..models.broadcast_live_command_request import BroadcastLiveCommandRequest
from ..models.create_live_algorithm_request import CreateLiveAlgorithmRequest
from ..models.create_live_algorithm_request_data_providers import CreateLiveAlgorithmRequestDataProviders
from ..models.create_live_algorithm_response import CreateLiveAlgorithmResponse
from ..models.create_live_command_request import CreateLiveCommandRequest
from ..models.insight import Insight
from ..models.liquidate_live_algorithm_request import LiquidateLiveAlgorithmRequest
from ..models.list_live_algorithms_request import ListLiveAlgorithmsRequest
from ..models.live_algorithm_list_response import LiveAlgorithmListResponse
from ..models.live_algorithm_list_status import LiveAlgorithmListStatus
from ..models.live_algorithm_results import LiveAlgorithmResults
from ..models.live_algorithm_summary import LiveAlgorithmSummary
from ..models.live_authorization import LiveAuthorization
from ..models.live_brokerage_settings import LiveBrokerageSettings
from ..models.live_command import LiveCommand
from ..models.live_insights_response import LiveInsightsResponse
from ..models.live_notification import LiveNotification
from ..models.live_orders_response import LiveOrdersResponse
from ..models.live_portfolio_response import LivePortfolioResponse
from ..models.order import Order
from ..models.portfolio import Portfolio
from ..models.read_chart_response import ReadChartResponse
from ..models.read_live_algorithm_request import ReadLiveAlgorithmRequest
from ..models.read_live_chart_request import ReadLiveChartRequest
from ..models.read_live_insights_request import ReadLiveInsightsRequest
from ..models.read_live_logs_request import ReadLiveLogsRequest
from ..models.read_live_logs_response import ReadLiveLogsResponse
from ..models.read_live_orders_request import ReadLiveOrdersRequest
from ..models.read_live_portfolio_request import ReadLivePortfolioRequest
from ..models.stop_live_algorithm_request import StopLiveAlgorithmRequest
from ..types import UNSET, Unset

__all__ = ["AsyncLive", "Live"]


class Live(SyncResource):
    """Deploy a compiled project to live (or paper) trading, watch its status, portfolio, orders, insights,
    logs and charts, send it commands, and liquidate or stop it. A project runs at most one live
    algorithm at a time, so most operations name the project rather than the deployment.
    """

    @overload
    def create(self, body: CreateLiveAlgorithmRequest, /) -> CreateLiveAlgorithmResponse: ...

    @overload
    def create(
        self,
        *,
        project_id: int,
        compile_id: str,
        node_id: str,
        brokerage: LiveBrokerageSettings,
        version_id: int | str = "-1",
        data_providers: CreateLiveAlgorithmRequestDataProviders | Unset = UNSET,
        automatic_redeploy: bool | Unset = UNSET,
        notification: LiveNotification | Unset = UNSET,
    ) -> CreateLiveAlgorithmResponse: ...

    def create(self, body: CreateLiveAlgorithmRequest | None = None, **fields: Any) -> CreateLiveAlgorithmResponse:
        """Deploy a live algorithm

        Starts live trading of a successful compile of the project on a live node, with the brokerage and the
        data providers given (`QuantConnectBrokerage` for paper trading). The deployment is queued first:
        poll `readLive` until its status is `Running`. A project runs one live algorithm at a time, so a
        deployment while another is running is refused. Not retried once the request may have been sent: a
        second deployment could start.

        Takes the fields of `CreateLiveAlgorithmRequest` as keywords, or a prebuilt one. `createLive`: POST /live/create.
        """
        request = body if body is not None else CreateLiveAlgorithmRequest(**fields)
        return self._client._request(CREATE_LIVE, request.to_dict(), _create_live)

    def create_and_wait(
        self,
        *,
        project_id: int,
        compile_id: str,
        node_id: str,
        brokerage: LiveBrokerageSettings,
        version_id: int | str = "-1",
        data_providers: CreateLiveAlgorithmRequestDataProviders | Unset = UNSET,
        automatic_redeploy: bool | Unset = UNSET,
        notification: LiveNotification | Unset = UNSET,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[LiveAlgorithmResults]], None] | None = None,
    ) -> LiveAlgorithmResults:
        """`create`, then `wait` until the live algorithm is running; returns it."""
        request = CreateLiveAlgorithmRequest(
            project_id=project_id,
            compile_id=compile_id,
            node_id=node_id,
            brokerage=brokerage,
            version_id=version_id,
            data_providers=data_providers,
            automatic_redeploy=automatic_redeploy,
            notification=notification,
        )
        created = self.create(request)
        return self.wait(
            project_id=request.project_id,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
        )

    @overload
    def read(self, body: ReadLiveAlgorithmRequest, /) -> LiveAlgorithmResults: ...

    @overload
    def read(self, *, project_id: int, deploy_id: str | Unset = UNSET) -> LiveAlgorithmResults: ...

    def read(self, body: ReadLiveAlgorithmRequest | None = None, **fields: Any) -> LiveAlgorithmResults:
        """Read the live algorithm of a project

        Returns the project's live deployment (the latest one, or the one named by `deployId`): its status,
        launch and stop times, brokerage, runtime statistics and chart names. It reads one project's
        deployment only; `listLive` lists deployments. The platform refuses a request that lists instead
        (`start`/`end` without `projectId`) with `Invalid argument`, and a project that never traded live with
        `No live deployment found`. Reading still works once the algorithm stopped.

        Takes the fields of `ReadLiveAlgorithmRequest` as keywords, or a prebuilt one. `readLive`: POST /live/read.
        """
        request = body if body is not None else ReadLiveAlgorithmRequest(**fields)
        return self._client._request(READ_LIVE, request.to_dict(), _read_live)

    def wait(
        self,
        *,
        project_id: int,
        deploy_id: str | Unset = UNSET,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[LiveAlgorithmResults]], None] | None = None,
    ) -> LiveAlgorithmResults:
        """Wait until the live algorithm is running and return it (`readLive` polled).

        Raises LiveError when it fails and WaitTimeout after `timeout` seconds. `poll` is the delays between
        reads (default: lean-cli's 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then 10 s); `on_progress` gets the status
        and progress whenever they change. An interrupted wait leaves the live algorithm running.
        """
        return wait_sync(
            lambda: self.read(project_id=project_id, deploy_id=deploy_id),
            _WAIT_READ_LIVE_WAIT,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._clock,
            ids={
                "project_id": project_id,
            },
        )

    def wait_stopped(
        self,
        *,
        project_id: int,
        deploy_id: str | Unset = UNSET,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[LiveAlgorithmResults]], None] | None = None,
    ) -> LiveAlgorithmResults:
        """Wait until the live algorithm is stopped and return it (`readLive` polled).

        Raises LiveError when it fails and WaitTimeout after `timeout` seconds. `poll` is the delays between
        reads (default: lean-cli's 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then 10 s); `on_progress` gets the status
        and progress whenever they change. An interrupted wait leaves the live algorithm running.
        """
        return wait_sync(
            lambda: self.read(project_id=project_id, deploy_id=deploy_id),
            _WAIT_READ_LIVE_WAIT_STOPPED,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._clock,
            ids={
                "project_id": project_id,
            },
        )

    @overload
    def list(self, body: ListLiveAlgorithmsRequest, /) -> builtins.list[LiveAlgorithmSummary]: ...

    @overload
    def list(
        self, *, project_id: int | Unset = UNSET, status: LiveAlgorithmListStatus | Unset = UNSET
    ) -> builtins.list[LiveAlgorithmSummary]: ...

    def list(self, body: ListLiveAlgorithmsRequest | None = None, **fields: Any) -> builtins.list[LiveAlgorithmSummary]:
        """List live deployments

        Lists past and current live deployments, newest first: every project's, or one project's
        (`projectId`), optionally only those with a given `status`. This is the operation that lists;
        `readLive` reads one project's deployment.

        Takes the fields of `ListLiveAlgorithmsRequest` as keywords, or a prebuilt one. `listLive`: POST /live/list.
        """
        request = body if body is not None else ListLiveAlgorithmsRequest(**fields)
        return self._client._request(LIST_LIVE, request.to_dict(), _list_live)

    @overload
    def liquidate(self, body: LiquidateLiveAlgorithmRequest, /) -> None: ...

    @overload
    def liquidate(self, *, project_id: int) -> None: ...

    def liquidate(self, body: LiquidateLiveAlgorithmRequest | None = None, **fields: Any) -> None:
        """Liquidate and stop a live algorithm

        Sells (or buys back) every holding of the project's live algorithm at market and then stops it; its
        status becomes `Liquidated`. The closing orders appear among its orders. Asking again once it is
        liquidated changes nothing, so the call is safe to retry; a deployment stopped without liquidating is
        refused, since it is no longer running to place the orders.

        Takes the fields of `LiquidateLiveAlgorithmRequest` as keywords, or a prebuilt one. `liquidateLive`: POST /live/update/liquidate.
        """
        request = body if body is not None else LiquidateLiveAlgorithmRequest(**fields)
        return self._client._request(LIQUIDATE_LIVE, request.to_dict(), _liquidate_live)

    @overload
    def stop(self, body: StopLiveAlgorithmRequest, /) -> None: ...

    @overload
    def stop(self, *, project_id: int) -> None: ...

    def stop(self, body: StopLiveAlgorithmRequest | None = None, **fields: Any) -> None:
        """Stop a live algorithm

        Stops the project's live algorithm without trading: its holdings stay as they are and its status
        becomes `Stopped`. Its results can still be read. Stopping a stopped algorithm changes nothing, so the
        call is safe to retry.

        Takes the fields of `StopLiveAlgorithmRequest` as keywords, or a prebuilt one. `stopLive`: POST /live/update/stop.
        """
        request = body if body is not None else StopLiveAlgorithmRequest(**fields)
        return self._client._request(STOP_LIVE, request.to_dict(), _stop_live)

    @overload
    def read_portfolio(self, body: ReadLivePortfolioRequest, /) -> Portfolio: ...

    @overload
    def read_portfolio(self, *, project_id: int) -> Portfolio: ...

    def read_portfolio(self, body: ReadLivePortfolioRequest | None = None, **fields: Any) -> Portfolio:
        """Read the holdings and cash of a live algorithm

        Returns the portfolio of the project's live algorithm: its holdings by security identifier and its
        cash by currency. The platform refreshes this snapshot about every 10 minutes; after the algorithm
        stopped it is the last state.

        Takes the fields of `ReadLivePortfolioRequest` as keywords, or a prebuilt one. `readLivePortfolio`: POST /live/portfolio/read.
        """
        request = body if body is not None else ReadLivePortfolioRequest(**fields)
        return self._client._request(READ_LIVE_PORTFOLIO, request.to_dict(), _read_live_portfolio)

    @overload
    def read_orders(self, body: ReadLiveOrdersRequest, /) -> LiveOrdersResponse: ...

    @overload
    def read_orders(self, *, project_id: int, start: int, end: int) -> LiveOrdersResponse: ...

    def read_orders(self, body: ReadLiveOrdersRequest | None = None, **fields: Any) -> LiveOrdersResponse:
        """Read a window of a live algorithm's orders

        Returns the orders of the project's live algorithm with index from `start` (inclusive) to `end`
        (exclusive), oldest first, each with its events; `length` is the number of orders in all. QuantConnect's
        document allows windows of up to 1,000 orders (a wider one is refused); the client reads 100 at a
        time. The platform may first answer that the orders are still being prepared: `status: loading` with a
        `progress` and no `orders`, which the typed client reports as an invalid answer lacking `orders`; ask
        again a little later.

        Takes the fields of `ReadLiveOrdersRequest` as keywords, or a prebuilt one. `readLiveOrders`: POST /live/orders/read.
        """
        request = body if body is not None else ReadLiveOrdersRequest(**fields)
        return self._client._request(READ_LIVE_ORDERS, request.to_dict(), _read_live_orders)

    def iter_orders(self, *, project_id: int) -> SyncPager[Order]:
        """Every item of `read_orders`, fetching windows of 100 as iteration needs them; `pager.length` is the total."""

        def fetch(start: int, end: int) -> tuple[builtins.list[Order], int]:
            page = self.read_orders(project_id=project_id, start=start, end=end)
            return page.orders, page.length

        return SyncPager(fetch, window=100)

    @overload
    def read_insights(self, body: ReadLiveInsightsRequest, /) -> LiveInsightsResponse: ...

    @overload
    def read_insights(self, *, project_id: int, end: int, start: int | Unset = 0) -> LiveInsightsResponse: ...

    def read_insights(self, body: ReadLiveInsightsRequest | None = None, **fields: Any) -> LiveInsightsResponse:
        """Read a window of a live algorithm's insights

        Returns the insights the project's live algorithm emitted with index from `start` (inclusive, 0 when
        omitted) to `end` (exclusive); `length` is the number of insights in all. A window of over 1,000 is
        refused; the client reads 100 at a time.

        Takes the fields of `ReadLiveInsightsRequest` as keywords, or a prebuilt one. `readLiveInsights`: POST /live/insights/read.
        """
        request = body if body is not None else ReadLiveInsightsRequest(**fields)
        return self._client._request(READ_LIVE_INSIGHTS, request.to_dict(), _read_live_insights)

    def iter_insights(self, *, project_id: int) -> SyncPager[Insight]:
        """Every item of `read_insights`, fetching windows of 100 as iteration needs them; `pager.length` is the total."""

        def fetch(start: int, end: int) -> tuple[builtins.list[Insight], int]:
            page = self.read_insights(project_id=project_id, start=start, end=end)
            return page.insights, page.length

        return SyncPager(fetch, window=100)

    @overload
    def read_log(self, body: ReadLiveLogsRequest, /) -> ReadLiveLogsResponse: ...

    @overload
    def read_log(
        self, *, project_id: int, algorithm_id: str, start_line: int, end_line: int, format_: str | Unset = "json"
    ) -> ReadLiveLogsResponse: ...

    def read_log(self, body: ReadLiveLogsRequest | None = None, **fields: Any) -> ReadLiveLogsResponse:
        """Read a window of a live algorithm's log

        Returns the lines the deployment `algorithmId` (its deploy id) of the project logged, oldest first,
        with index from `startLine` (inclusive) to `endLine` (exclusive) among that deployment's lines. A
        window holds at most 250 lines (QuantConnect's document and LEAN's own client); a wider one is refused.
        `length` counts the project's log lines over all its deployments and `deploymentOffset` how many of
        them come before this deployment's. The platform refreshes the log about every 5 minutes.

        Takes the fields of `ReadLiveLogsRequest` as keywords, or a prebuilt one. `readLiveLog`: POST /live/logs/read.
        """
        request = body if body is not None else ReadLiveLogsRequest(**fields)
        return self._client._request(READ_LIVE_LOG, request.to_dict(), _read_live_log)

    def iter_log(self, *, project_id: int, algorithm_id: str, format_: str | Unset = "json") -> SyncPager[str]:
        """Every item of `read_log`, fetching windows of 250 as iteration needs them; `pager.length` is the total."""

        def fetch(start: int, end: int) -> tuple[builtins.list[str], int]:
            page = self.read_log(
                project_id=project_id, algorithm_id=algorithm_id, format_=format_, start_line=start, end_line=end
            )
            return page.logs, page.length

        return SyncPager(fetch, window=250)

    @overload
    def read_chart(self, body: ReadLiveChartRequest, /) -> ReadChartResponse: ...

    @overload
    def read_chart(self, *, project_id: int, name: str, count: int, start: int, end: int) -> ReadChartResponse: ...

    def read_chart(self, body: ReadLiveChartRequest | None = None, **fields: Any) -> ReadChartResponse:
        """Read the points of a live algorithm's chart

        Returns one chart of the project's live algorithm, sampled to about `count` points between the Unix
        times `start` and `end`. The platform builds the sampled chart on the first request: until it is
        ready the answer has no `chart` but `status: loading` and a `progress`, so ask again a little later.

        Takes the fields of `ReadLiveChartRequest` as keywords, or a prebuilt one. `readLiveChart`: POST /live/chart/read.
        """
        request = body if body is not None else ReadLiveChartRequest(**fields)
        return self._client._request(READ_LIVE_CHART, request.to_dict(), _read_live_chart)

    @overload
    def create_command(self, body: CreateLiveCommandRequest, /) -> None: ...

    @overload
    def create_command(self, *, project_id: int, command: LiveCommand) -> None: ...

    def create_command(self, body: CreateLiveCommandRequest | None = None, **fields: Any) -> None:
        """Send a command to a live algorithm

        Delivers `command` to the project's running live algorithm, whose `on_command` handler receives it
        (a command with `$type` names a command class of the algorithm). Not retried once the request may have
        been sent: a command such as an order would run twice.

        Takes the fields of `CreateLiveCommandRequest` as keywords, or a prebuilt one. `createLiveCommand`: POST /live/commands/create.
        """
        request = body if body is not None else CreateLiveCommandRequest(**fields)
        return self._client._request(CREATE_LIVE_COMMAND, request.to_dict(), _create_live_command)

    @overload
    def broadcast_command(self, body: BroadcastLiveCommandRequest, /) -> None: ...

    @overload
    def broadcast_command(
        self, *, organization_id: str, command: LiveCommand, exclude_project_id: int | Unset | None = UNSET
    ) -> None: ...

    def broadcast_command(self, body: BroadcastLiveCommandRequest | None = None, **fields: Any) -> None:
        """Send a command to every live algorithm of an organization

        Delivers `command` to every running live algorithm of the organization's projects, except the
        project `excludeProjectId`. Not retried once the request may have been sent.

        Takes the fields of `BroadcastLiveCommandRequest` as keywords, or a prebuilt one. `broadcastLiveCommand`: POST /live/commands/broadcast.
        """
        request = body if body is not None else BroadcastLiveCommandRequest(**fields)
        return self._client._request(BROADCAST_LIVE_COMMAND, request.to_dict(), _broadcast_live_command)

    @overload
    def authorize_auth0(self, body: AuthorizeExternalConnectionRequest, /) -> str: ...

    @overload
    def authorize_auth0(
        self, *, brokerage: str, project_id: int | Unset = UNSET, user_id: str | Unset = UNSET
    ) -> str: ...

    def authorize_auth0(self, body: AuthorizeExternalConnectionRequest | None = None, **fields: Any) -> str:
        """Start authorizing a brokerage for live trading

        Some brokerages and data providers (those that log in with OAuth) must be authorized before a
        deployment can use them. The platform answers with a redirect: its `Location` is the page where the
        user logs in to the brokerage, and the method returns that URL (it is not followed). Open it in a
        browser, then poll `readLiveAuth0` until it succeeds; QuantConnect's CLI polls every 5 seconds for 7
        minutes. A refused request is answered 200 with `success` false.

        Takes the fields of `AuthorizeExternalConnectionRequest` as keywords, or a prebuilt one. `authorizeLiveAuth0`: POST /live/auth0/authorize.
        """
        request = body if body is not None else AuthorizeExternalConnectionRequest(**fields)
        return self._client._request(AUTHORIZE_LIVE_AUTH_0, request.to_dict(), _authorize_live_auth_0)

    @overload
    def read_auth0(self, body: AuthorizeExternalConnectionRequest, /) -> LiveAuthorization: ...

    @overload
    def read_auth0(
        self, *, brokerage: str, project_id: int | Unset = UNSET, user_id: str | Unset = UNSET
    ) -> LiveAuthorization: ...

    def read_auth0(self, body: AuthorizeExternalConnectionRequest | None = None, **fields: Any) -> LiveAuthorization:
        """Read the authorization of a brokerage

        Returns the credentials the platform holds for the brokerage once the user completed the login
        started by `authorizeLiveAuth0` (tokens, and the accounts the user may trade), to pass on in the
        brokerage settings of `createLive`. Until then the request fails; the platform may also hold the
        request open while it waits (QuantConnect's MCP server allows it 800 seconds).

        Takes the fields of `AuthorizeExternalConnectionRequest` as keywords, or a prebuilt one. `readLiveAuth0`: POST /live/auth0/read.
        """
        request = body if body is not None else AuthorizeExternalConnectionRequest(**fields)
        return self._client._request(READ_LIVE_AUTH_0, request.to_dict(), _read_live_auth_0)


class AsyncLive(AsyncResource):
    """Deploy a compiled project to live (or paper) trading, watch its status, portfolio, orders, insights,
    logs and charts, send it commands, and liquidate or stop it. A project runs at most one live
    algorithm at a time, so most operations name the project rather than the deployment.
    """

    @overload
    async def create(self, body: CreateLiveAlgorithmRequest, /) -> CreateLiveAlgorithmResponse: ...

    @overload
    async def create(
        self,
        *,
        project_id: int,
        compile_id: str,
        node_id: str,
        brokerage: LiveBrokerageSettings,
        version_id: int | str = "-1",
        data_providers: CreateLiveAlgorithmRequestDataProviders | Unset = UNSET,
        automatic_redeploy: bool | Unset = UNSET,
        notification: LiveNotification | Unset = UNSET,
    ) -> CreateLiveAlgorithmResponse: ...

    async def create(
        self, body: CreateLiveAlgorithmRequest | None = None, **fields: Any
    ) -> CreateLiveAlgorithmResponse:
        """Deploy a live algorithm

        Starts live trading of a successful compile of the project on a live node, with the brokerage and the
        data providers given (`QuantConnectBrokerage` for paper trading). The deployment is queued first:
        poll `readLive` until its status is `Running`. A project runs one live algorithm at a time, so a
        deployment while another is running is refused. Not retried once the request may have been sent: a
        second deployment could start.

        Takes the fields of `CreateLiveAlgorithmRequest` as keywords, or a prebuilt one. `createLive`: POST /live/create.
        """
        request = body if body is not None else CreateLiveAlgorithmRequest(**fields)
        return await self._client._request(CREATE_LIVE, request.to_dict(), _create_live)

    async def create_and_wait(
        self,
        *,
        project_id: int,
        compile_id: str,
        node_id: str,
        brokerage: LiveBrokerageSettings,
        version_id: int | str = "-1",
        data_providers: CreateLiveAlgorithmRequestDataProviders | Unset = UNSET,
        automatic_redeploy: bool | Unset = UNSET,
        notification: LiveNotification | Unset = UNSET,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[LiveAlgorithmResults]], None] | None = None,
    ) -> LiveAlgorithmResults:
        """`create`, then `wait` until the live algorithm is running; returns it."""
        request = CreateLiveAlgorithmRequest(
            project_id=project_id,
            compile_id=compile_id,
            node_id=node_id,
            brokerage=brokerage,
            version_id=version_id,
            data_providers=data_providers,
            automatic_redeploy=automatic_redeploy,
            notification=notification,
        )
        created = await self.create(request)
        return await self.wait(
            project_id=request.project_id,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
        )

    @overload
    async def read(self, body: ReadLiveAlgorithmRequest, /) -> LiveAlgorithmResults: ...

    @overload
    async def read(self, *, project_id: int, deploy_id: str | Unset = UNSET) -> LiveAlgorithmResults: ...

    async def read(self, body: ReadLiveAlgorithmRequest | None = None, **fields: Any) -> LiveAlgorithmResults:
        """Read the live algorithm of a project

        Returns the project's live deployment (the latest one, or the one named by `deployId`): its status,
        launch and stop times, brokerage, runtime statistics and chart names. It reads one project's
        deployment only; `listLive` lists deployments. The platform refuses a request that lists instead
        (`start`/`end` without `projectId`) with `Invalid argument`, and a project that never traded live with
        `No live deployment found`. Reading still works once the algorithm stopped.

        Takes the fields of `ReadLiveAlgorithmRequest` as keywords, or a prebuilt one. `readLive`: POST /live/read.
        """
        request = body if body is not None else ReadLiveAlgorithmRequest(**fields)
        return await self._client._request(READ_LIVE, request.to_dict(), _read_live)

    async def wait(
        self,
        *,
        project_id: int,
        deploy_id: str | Unset = UNSET,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[LiveAlgorithmResults]], None] | None = None,
    ) -> LiveAlgorithmResults:
        """Wait until the live algorithm is running and return it (`readLive` polled).

        Raises LiveError when it fails and WaitTimeout after `timeout` seconds. `poll` is the delays between
        reads (default: lean-cli's 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then 10 s); `on_progress` gets the status
        and progress whenever they change. An interrupted wait leaves the live algorithm running.
        """
        return await wait_async(
            lambda: self.read(project_id=project_id, deploy_id=deploy_id),
            _WAIT_READ_LIVE_WAIT,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._clock,
            ids={
                "project_id": project_id,
            },
        )

    async def wait_stopped(
        self,
        *,
        project_id: int,
        deploy_id: str | Unset = UNSET,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[LiveAlgorithmResults]], None] | None = None,
    ) -> LiveAlgorithmResults:
        """Wait until the live algorithm is stopped and return it (`readLive` polled).

        Raises LiveError when it fails and WaitTimeout after `timeout` seconds. `poll` is the delays between
        reads (default: lean-cli's 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then 10 s); `on_progress` gets the status
        and progress whenever they change. An interrupted wait leaves the live algorithm running.
        """
        return await wait_async(
            lambda: self.read(project_id=project_id, deploy_id=deploy_id),
            _WAIT_READ_LIVE_WAIT_STOPPED,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._clock,
            ids={
                "project_id": project_id,
            },
        )

    @overload
    async def list(self, body: ListLiveAlgorithmsRequest, /) -> builtins.list[LiveAlgorithmSummary]: ...

    @overload
    async def list(
        self, *, project_id: int | Unset = UNSET, status: LiveAlgorithmListStatus | Unset = UNSET
    ) -> builtins.list[LiveAlgorithmSummary]: ...

    async def list(
        self, body: ListLiveAlgorithmsRequest | None = None, **fields: Any
    ) -> builtins.list[LiveAlgorithmSummary]:
        """List live deployments

        Lists past and current live deployments, newest first: every project's, or one project's
        (`projectId`), optionally only those with a given `status`. This is the operation that lists;
        `readLive` reads one project's deployment.

        Takes the fields of `ListLiveAlgorithmsRequest` as keywords, or a prebuilt one. `listLive`: POST /live/list.
        """
        request = body if body is not None else ListLiveAlgorithmsRequest(**fields)
        return await self._client._request(LIST_LIVE, request.to_dict(), _list_live)

    @overload
    async def liquidate(self, body: LiquidateLiveAlgorithmRequest, /) -> None: ...

    @overload
    async def liquidate(self, *, project_id: int) -> None: ...

    async def liquidate(self, body: LiquidateLiveAlgorithmRequest | None = None, **fields: Any) -> None:
        """Liquidate and stop a live algorithm

        Sells (or buys back) every holding of the project's live algorithm at market and then stops it; its
        status becomes `Liquidated`. The closing orders appear among its orders. Asking again once it is
        liquidated changes nothing, so the call is safe to retry; a deployment stopped without liquidating is
        refused, since it is no longer running to place the orders.

        Takes the fields of `LiquidateLiveAlgorithmRequest` as keywords, or a prebuilt one. `liquidateLive`: POST /live/update/liquidate.
        """
        request = body if body is not None else LiquidateLiveAlgorithmRequest(**fields)
        return await self._client._request(LIQUIDATE_LIVE, request.to_dict(), _liquidate_live)

    @overload
    async def stop(self, body: StopLiveAlgorithmRequest, /) -> None: ...

    @overload
    async def stop(self, *, project_id: int) -> None: ...

    async def stop(self, body: StopLiveAlgorithmRequest | None = None, **fields: Any) -> None:
        """Stop a live algorithm

        Stops the project's live algorithm without trading: its holdings stay as they are and its status
        becomes `Stopped`. Its results can still be read. Stopping a stopped algorithm changes nothing, so the
        call is safe to retry.

        Takes the fields of `StopLiveAlgorithmRequest` as keywords, or a prebuilt one. `stopLive`: POST /live/update/stop.
        """
        request = body if body is not None else StopLiveAlgorithmRequest(**fields)
        return await self._client._request(STOP_LIVE, request.to_dict(), _stop_live)

    @overload
    async def read_portfolio(self, body: ReadLivePortfolioRequest, /) -> Portfolio: ...

    @overload
    async def read_portfolio(self, *, project_id: int) -> Portfolio: ...

    async def read_portfolio(self, body: ReadLivePortfolioRequest | None = None, **fields: Any) -> Portfolio:
        """Read the holdings and cash of a live algorithm

        Returns the portfolio of the project's live algorithm: its holdings by security identifier and its
        cash by currency. The platform refreshes this snapshot about every 10 minutes; after the algorithm
        stopped it is the last state.

        Takes the fields of `ReadLivePortfolioRequest` as keywords, or a prebuilt one. `readLivePortfolio`: POST /live/portfolio/read.
        """
        request = body if body is not None else ReadLivePortfolioRequest(**fields)
        return await self._client._request(READ_LIVE_PORTFOLIO, request.to_dict(), _read_live_portfolio)

    @overload
    async def read_orders(self, body: ReadLiveOrdersRequest, /) -> LiveOrdersResponse: ...

    @overload
    async def read_orders(self, *, project_id: int, start: int, end: int) -> LiveOrdersResponse: ...

    async def read_orders(self, body: ReadLiveOrdersRequest | None = None, **fields: Any) -> LiveOrdersResponse:
        """Read a window of a live algorithm's orders

        Returns the orders of the project's live algorithm with index from `start` (inclusive) to `end`
        (exclusive), oldest first, each with its events; `length` is the number of orders in all. QuantConnect's
        document allows windows of up to 1,000 orders (a wider one is refused); the client reads 100 at a
        time. The platform may first answer that the orders are still being prepared: `status: loading` with a
        `progress` and no `orders`, which the typed client reports as an invalid answer lacking `orders`; ask
        again a little later.

        Takes the fields of `ReadLiveOrdersRequest` as keywords, or a prebuilt one. `readLiveOrders`: POST /live/orders/read.
        """
        request = body if body is not None else ReadLiveOrdersRequest(**fields)
        return await self._client._request(READ_LIVE_ORDERS, request.to_dict(), _read_live_orders)

    def iter_orders(self, *, project_id: int) -> AsyncPager[Order]:
        """Every item of `read_orders`, fetching windows of 100 as iteration needs them; `await pager.total()` is the total."""

        async def fetch(start: int, end: int) -> tuple[builtins.list[Order], int]:
            page = await self.read_orders(project_id=project_id, start=start, end=end)
            return page.orders, page.length

        return AsyncPager(fetch, window=100)

    @overload
    async def read_insights(self, body: ReadLiveInsightsRequest, /) -> LiveInsightsResponse: ...

    @overload
    async def read_insights(self, *, project_id: int, end: int, start: int | Unset = 0) -> LiveInsightsResponse: ...

    async def read_insights(self, body: ReadLiveInsightsRequest | None = None, **fields: Any) -> LiveInsightsResponse:
        """Read a window of a live algorithm's insights

        Returns the insights the project's live algorithm emitted with index from `start` (inclusive, 0 when
        omitted) to `end` (exclusive); `length` is the number of insights in all. A window of over 1,000 is
        refused; the client reads 100 at a time.

        Takes the fields of `ReadLiveInsightsRequest` as keywords, or a prebuilt one. `readLiveInsights`: POST /live/insights/read.
        """
        request = body if body is not None else ReadLiveInsightsRequest(**fields)
        return await self._client._request(READ_LIVE_INSIGHTS, request.to_dict(), _read_live_insights)

    def iter_insights(self, *, project_id: int) -> AsyncPager[Insight]:
        """Every item of `read_insights`, fetching windows of 100 as iteration needs them; `await pager.total()` is the total."""

        async def fetch(start: int, end: int) -> tuple[builtins.list[Insight], int]:
            page = await self.read_insights(project_id=project_id, start=start, end=end)
            return page.insights, page.length

        return AsyncPager(fetch, window=100)

    @overload
    async def read_log(self, body: ReadLiveLogsRequest, /) -> ReadLiveLogsResponse: ...

    @overload
    async def read_log(
        self, *, project_id: int, algorithm_id: str, start_line: int, end_line: int, format_: str | Unset = "json"
    ) -> ReadLiveLogsResponse: ...

    async def read_log(self, body: ReadLiveLogsRequest | None = None, **fields: Any) -> ReadLiveLogsResponse:
        """Read a window of a live algorithm's log

        Returns the lines the deployment `algorithmId` (its deploy id) of the project logged, oldest first,
        with index from `startLine` (inclusive) to `endLine` (exclusive) among that deployment's lines. A
        window holds at most 250 lines (QuantConnect's document and LEAN's own client); a wider one is refused.
        `length` counts the project's log lines over all its deployments and `deploymentOffset` how many of
        them come before this deployment's. The platform refreshes the log about every 5 minutes.

        Takes the fields of `ReadLiveLogsRequest` as keywords, or a prebuilt one. `readLiveLog`: POST /live/logs/read.
        """
        request = body if body is not None else ReadLiveLogsRequest(**fields)
        return await self._client._request(READ_LIVE_LOG, request.to_dict(), _read_live_log)

    def iter_log(self, *, project_id: int, algorithm_id: str, format_: str | Unset = "json") -> AsyncPager[str]:
        """Every item of `read_log`, fetching windows of 250 as iteration needs them; `await pager.total()` is the total."""

        async def fetch(start: int, end: int) -> tuple[builtins.list[str], int]:
            page = await self.read_log(
                project_id=project_id, algorithm_id=algorithm_id, format_=format_, start_line=start, end_line=end
            )
            return page.logs, page.length

        return AsyncPager(fetch, window=250)

    @overload
    async def read_chart(self, body: ReadLiveChartRequest, /) -> ReadChartResponse: ...

    @overload
    async def read_chart(
        self, *, project_id: int, name: str, count: int, start: int, end: int
    ) -> ReadChartResponse: ...

    async def read_chart(self, body: ReadLiveChartRequest | None = None, **fields: Any) -> ReadChartResponse:
        """Read the points of a live algorithm's chart

        Returns one chart of the project's live algorithm, sampled to about `count` points between the Unix
        times `start` and `end`. The platform builds the sampled chart on the first request: until it is
        ready the answer has no `chart` but `status: loading` and a `progress`, so ask again a little later.

        Takes the fields of `ReadLiveChartRequest` as keywords, or a prebuilt one. `readLiveChart`: POST /live/chart/read.
        """
        request = body if body is not None else ReadLiveChartRequest(**fields)
        return await self._client._request(READ_LIVE_CHART, request.to_dict(), _read_live_chart)

    @overload
    async def create_command(self, body: CreateLiveCommandRequest, /) -> None: ...

    @overload
    async def create_command(self, *, project_id: int, command: LiveCommand) -> None: ...

    async def create_command(self, body: CreateLiveCommandRequest | None = None, **fields: Any) -> None:
        """Send a command to a live algorithm

        Delivers `command` to the project's running live algorithm, whose `on_command` handler receives it
        (a command with `$type` names a command class of the algorithm). Not retried once the request may have
        been sent: a command such as an order would run twice.

        Takes the fields of `CreateLiveCommandRequest` as keywords, or a prebuilt one. `createLiveCommand`: POST /live/commands/create.
        """
        request = body if body is not None else CreateLiveCommandRequest(**fields)
        return await self._client._request(CREATE_LIVE_COMMAND, request.to_dict(), _create_live_command)

    @overload
    async def broadcast_command(self, body: BroadcastLiveCommandRequest, /) -> None: ...

    @overload
    async def broadcast_command(
        self, *, organization_id: str, command: LiveCommand, exclude_project_id: int | Unset | None = UNSET
    ) -> None: ...

    async def broadcast_command(self, body: BroadcastLiveCommandRequest | None = None, **fields: Any) -> None:
        """Send a command to every live algorithm of an organization

        Delivers `command` to every running live algorithm of the organization's projects, except the
        project `excludeProjectId`. Not retried once the request may have been sent.

        Takes the fields of `BroadcastLiveCommandRequest` as keywords, or a prebuilt one. `broadcastLiveCommand`: POST /live/commands/broadcast.
        """
        request = body if body is not None else BroadcastLiveCommandRequest(**fields)
        return await self._client._request(BROADCAST_LIVE_COMMAND, request.to_dict(), _broadcast_live_command)

    @overload
    async def authorize_auth0(self, body: AuthorizeExternalConnectionRequest, /) -> str: ...

    @overload
    async def authorize_auth0(
        self, *, brokerage: str, project_id: int | Unset = UNSET, user_id: str | Unset = UNSET
    ) -> str: ...

    async def authorize_auth0(self, body: AuthorizeExternalConnectionRequest | None = None, **fields: Any) -> str:
        """Start authorizing a brokerage for live trading

        Some brokerages and data providers (those that log in with OAuth) must be authorized before a
        deployment can use them. The platform answers with a redirect: its `Location` is the page where the
        user logs in to the brokerage, and the method returns that URL (it is not followed). Open it in a
        browser, then poll `readLiveAuth0` until it succeeds; QuantConnect's CLI polls every 5 seconds for 7
        minutes. A refused request is answered 200 with `success` false.

        Takes the fields of `AuthorizeExternalConnectionRequest` as keywords, or a prebuilt one. `authorizeLiveAuth0`: POST /live/auth0/authorize.
        """
        request = body if body is not None else AuthorizeExternalConnectionRequest(**fields)
        return await self._client._request(AUTHORIZE_LIVE_AUTH_0, request.to_dict(), _authorize_live_auth_0)

    @overload
    async def read_auth0(self, body: AuthorizeExternalConnectionRequest, /) -> LiveAuthorization: ...

    @overload
    async def read_auth0(
        self, *, brokerage: str, project_id: int | Unset = UNSET, user_id: str | Unset = UNSET
    ) -> LiveAuthorization: ...

    async def read_auth0(
        self, body: AuthorizeExternalConnectionRequest | None = None, **fields: Any
    ) -> LiveAuthorization:
        """Read the authorization of a brokerage

        Returns the credentials the platform holds for the brokerage once the user completed the login
        started by `authorizeLiveAuth0` (tokens, and the accounts the user may trade), to pass on in the
        brokerage settings of `createLive`. Until then the request fails; the platform may also hold the
        request open while it waits (QuantConnect's MCP server allows it 800 seconds).

        Takes the fields of `AuthorizeExternalConnectionRequest` as keywords, or a prebuilt one. `readLiveAuth0`: POST /live/auth0/read.
        """
        request = body if body is not None else AuthorizeExternalConnectionRequest(**fields)
        return await self._client._request(READ_LIVE_AUTH_0, request.to_dict(), _read_live_auth_0)


def _create_live(body: dict[str, Any]) -> CreateLiveAlgorithmResponse:
    return CreateLiveAlgorithmResponse.from_dict(body)


def _read_live(body: dict[str, Any]) -> LiveAlgorithmResults:
    return LiveAlgorithmResults.from_dict(body)


def _list_live(body: dict[str, Any]) -> builtins.list[LiveAlgorithmSummary]:
    return LiveAlgorithmListResponse.from_dict(body).live


def _liquidate_live(body: dict[str, Any]) -> None:
    return None


def _stop_live(body: dict[str, Any]) -> None:
    return None


def _read_live_portfolio(body: dict[str, Any]) -> Portfolio:
    return LivePortfolioResponse.from_dict(body).portfolio


def _read_live_orders(body: dict[str, Any]) -> LiveOrdersResponse:
    return LiveOrdersResponse.from_dict(body)


def _read_live_insights(body: dict[str, Any]) -> LiveInsightsResponse:
    return LiveInsightsResponse.from_dict(body)


def _read_live_log(body: dict[str, Any]) -> ReadLiveLogsResponse:
    return ReadLiveLogsResponse.from_dict(body)


def _read_live_chart(body: dict[str, Any]) -> ReadChartResponse:
    return ReadChartResponse.from_dict(body)


def _create_live_command(body: dict[str, Any]) -> None:
    return None


def _broadcast_live_command(body: dict[str, Any]) -> None:
    return None


def _authorize_live_auth_0(body: dict[str, Any]) -> str:
    return str(body["location"])


def _read_live_auth_0(body: dict[str, Any]) -> LiveAuthorization:
    return AuthorizeExternalConnectionResponse.from_dict(body).authorization


_WAIT_READ_LIVE_WAIT = WaitRule(
    what="live algorithm",
    operation="readLive",
    status="status",
    progress=None,
    done={
        "status": ("Running",),
    },
    failed={
        "status": (
            "DeployError",
            "RuntimeError",
            "Stopped",
            "Liquidated",
            "Deleted",
            "Completed",
            "Invalid",
        ),
    },
    failed_when_set=(),
    settle=None,
    settle_attempts=6,
    settle_interval=10.0,
    progress_ratio=None,
    error="LiveError",
    stop_hint="stop it with client.live.stop(project_id={project_id!r})",
)


_WAIT_READ_LIVE_WAIT_STOPPED = WaitRule(
    what="live algorithm",
    operation="readLive",
    status="status",
    progress=None,
    done={
        "status": (
            "Stopped",
            "Liquidated",
            "Completed",
            "Deleted",
            "RuntimeError",
            "DeployError",
            "Invalid",
        ),
    },
    failed={
        "status": (
            "RuntimeError",
            "DeployError",
            "Invalid",
        ),
    },
    failed_when_set=(),
    settle=None,
    settle_attempts=6,
    settle_interval=10.0,
    progress_ratio=None,
    error="LiveError",
    stop_hint="stop it with client.live.stop(project_id={project_id!r})",
)
