"""`QuantConnect` and `AsyncQuantConnect`: the API's resources on one signed, retrying request loop."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from auth_plugin.base_client import AsyncAPIClient, SyncAPIClient

from ._operations import AUTHENTICATE
from .resources import (
    Account,
    Ai,
    AsyncAccount,
    AsyncAi,
    AsyncBacktests,
    AsyncCompile,
    AsyncFiles,
    AsyncLean,
    AsyncLive,
    AsyncNodes,
    AsyncObjects,
    AsyncOptimizations,
    AsyncProjects,
    Backtests,
    Compile,
    Files,
    Lean,
    Live,
    Nodes,
    Objects,
    Optimizations,
    Projects,
)

__all__ = ["AsyncQuantConnect", "QuantConnect"]


class QuantConnect(SyncAPIClient):
    """The QuantConnect API v2, synchronously: `client.backtests.read(...)`, `client.optimizations.create(...)`, ...

    Every call is signed (again on every retry), retried when that is safe, and answers the object asked for or
    raises a `QuantConnectError`. Use it as a context manager, or call `close()`.

    Args:
        user_id, api_token: credentials; default $QUANTCONNECT_USER_ID and $QUANTCONNECT_API_TOKEN (a base URL
            with `user:token@` gives them too). MissingCredentialsError when there are none.
        base_url: default $QUANTCONNECT_BASE_URL, else https://www.quantconnect.com/api/v2.
        timeout: seconds (or an httpx.Timeout) per attempt; default 30 s, 10 s to connect.
        max_retries: retries after the first attempt (default 3), on connection errors, timeouts, 429 and 5xx,
            with exponential backoff and jitter; a create is resent only when it surely did not arrive.
        deadline: seconds the whole call may take, retries and waits included (default: none).
        retry: a full `auth_plugin.RetryPolicy` instead of `max_retries`.
        default_headers: extra headers for every request.
        http_client: an httpx client to use (its pool is shared; it is not closed by `close()`).
        sleep, clock: how the client waits between retries and polls, and the monotonic clock that waits'
            `timeout` counts on (injectable, so tests need not wait for real).

    """

    @cached_property
    def projects(self) -> Projects:
        """Create, read, update and delete projects."""
        return Projects(self)

    @cached_property
    def files(self) -> Files:
        """Manage the source files of a project."""
        return Files(self)

    @cached_property
    def compile(self) -> Compile:
        """Compile a project to get the compile id that backtests and optimizations run."""
        return Compile(self)

    @cached_property
    def backtests(self) -> Backtests:
        """Run backtests of a compiled project and read their results."""
        return Backtests(self)

    @cached_property
    def optimizations(self) -> Optimizations:
        """Run parameter optimizations, each a grid of backtests."""
        return Optimizations(self)

    @cached_property
    def live(self) -> Live:
        """Deploy a compiled project to live (or paper) trading, watch its status, portfolio, orders, insights,
        logs and charts, send it commands, and liquidate or stop it. A project runs at most one live
        algorithm at a time, so most operations name the project rather than the deployment.
        """
        return Live(self)

    @cached_property
    def account(self) -> Account:
        """Read the organization's account and its QCC balance."""
        return Account(self)

    @cached_property
    def objects(self) -> Objects:
        """Store, read, list and delete the files of an organization's Object Store."""
        return Objects(self)

    @cached_property
    def nodes(self) -> Nodes:
        """See the organization's compute nodes and choose the ones a project runs on."""
        return Nodes(self)

    @cached_property
    def lean(self) -> Lean:
        """List the versions of the LEAN engine that projects can run on."""
        return Lean(self)

    @cached_property
    def ai(self) -> Ai:
        """Assistant tools for algorithm code, from syntax checks and completions to documentation search."""
        return Ai(self)

    def authenticate(self) -> None:
        """Check credentials

        Answers `success: true` when the signature headers were made with a valid user id and API token
        and a current timestamp. It takes no body and changes nothing, so it is a cheap connectivity check.

        `authenticate`: POST /authenticate.
        """
        return self._request(AUTHENTICATE, None, _authenticate)


class AsyncQuantConnect(AsyncAPIClient):
    """The QuantConnect API v2 with `await`: the same resources and behaviour as `QuantConnect`.

    Args:
        user_id, api_token: credentials; default $QUANTCONNECT_USER_ID and $QUANTCONNECT_API_TOKEN (a base URL
            with `user:token@` gives them too). MissingCredentialsError when there are none.
        base_url: default $QUANTCONNECT_BASE_URL, else https://www.quantconnect.com/api/v2.
        timeout: seconds (or an httpx.Timeout) per attempt; default 30 s, 10 s to connect.
        max_retries: retries after the first attempt (default 3), on connection errors, timeouts, 429 and 5xx,
            with exponential backoff and jitter; a create is resent only when it surely did not arrive.
        deadline: seconds the whole call may take, retries and waits included (default: none).
        retry: a full `auth_plugin.RetryPolicy` instead of `max_retries`.
        default_headers: extra headers for every request.
        http_client: an httpx client to use (its pool is shared; it is not closed by `close()`).
        sleep, clock: how the client waits between retries and polls, and the monotonic clock that waits'
            `timeout` counts on (injectable, so tests need not wait for real).

    """

    @cached_property
    def projects(self) -> AsyncProjects:
        """Create, read, update and delete projects."""
        return AsyncProjects(self)

    @cached_property
    def files(self) -> AsyncFiles:
        """Manage the source files of a project."""
        return AsyncFiles(self)

    @cached_property
    def compile(self) -> AsyncCompile:
        """Compile a project to get the compile id that backtests and optimizations run."""
        return AsyncCompile(self)

    @cached_property
    def backtests(self) -> AsyncBacktests:
        """Run backtests of a compiled project and read their results."""
        return AsyncBacktests(self)

    @cached_property
    def optimizations(self) -> AsyncOptimizations:
        """Run parameter optimizations, each a grid of backtests."""
        return AsyncOptimizations(self)

    @cached_property
    def live(self) -> AsyncLive:
        """Deploy a compiled project to live (or paper) trading, watch its status, portfolio, orders, insights,
        logs and charts, send it commands, and liquidate or stop it. A project runs at most one live
        algorithm at a time, so most operations name the project rather than the deployment.
        """
        return AsyncLive(self)

    @cached_property
    def account(self) -> AsyncAccount:
        """Read the organization's account and its QCC balance."""
        return AsyncAccount(self)

    @cached_property
    def objects(self) -> AsyncObjects:
        """Store, read, list and delete the files of an organization's Object Store."""
        return AsyncObjects(self)

    @cached_property
    def nodes(self) -> AsyncNodes:
        """See the organization's compute nodes and choose the ones a project runs on."""
        return AsyncNodes(self)

    @cached_property
    def lean(self) -> AsyncLean:
        """List the versions of the LEAN engine that projects can run on."""
        return AsyncLean(self)

    @cached_property
    def ai(self) -> AsyncAi:
        """Assistant tools for algorithm code, from syntax checks and completions to documentation search."""
        return AsyncAi(self)

    async def authenticate(self) -> None:
        """Check credentials

        Answers `success: true` when the signature headers were made with a valid user id and API token
        and a current timestamp. It takes no body and changes nothing, so it is a cheap connectivity check.

        `authenticate`: POST /authenticate.
        """
        return await self._request(AUTHENTICATE, None, _authenticate)


def _authenticate(body: dict[str, Any]) -> None:
    return None
