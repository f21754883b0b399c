"""What the generated `QuantConnect` / `AsyncQuantConnect` classes and their resources are built on.

One call is: the request body encoded once -> `flow.request_flow` (sign, send, retry, skew) -> `decode` (status,
JSON, `success: false` -> typed error) -> the operation's generated reader (`parse_result`). The sync and async
clients differ only in how they drive the flow.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import logging
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Self, TypedDict, TypeVar, Unpack

import httpx

from .auth import QuantConnectAuth
from .config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, resolve
from .decode import decode, parse_result
from .errors import InvalidRequestError
from .flow import FlowSettings, request_flow, run_async, run_sync
from .operation import Operation
from .retry import RetryPolicy

__all__ = ["AsyncAPIClient", "AsyncResource", "SyncAPIClient", "SyncResource", "build_body"]

T = TypeVar("T")
_SUCCESS: dict[str, Any] = {"success": True, "errors": []}
USER_AGENT = "quantconnect-client/0.1.0"


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle takes tens of milliseconds; one context can safely serve every client.
    return httpx.create_ssl_context()


def encode_body(operation: Operation, body: Mapping[str, Any] | None) -> bytes:
    """The JSON request body; a value JSON cannot carry (NaN, infinity) raises InvalidRequestError."""
    if body is None:
        return b""
    try:
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(
            f"{operation.name}: the request cannot be sent as JSON: {exc}", operation=operation.name
        ) from exc
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate ("\ud800") is valid JSON only as an escape: send it escaped and let the API judge it.
        return json.dumps(body, separators=(",", ":"), allow_nan=False).encode("ascii")


def build_body(candidates: tuple[Callable[..., Any], ...], fields: dict[str, Any]) -> Any:
    """The first request model in `candidates` that accepts `fields` (for operations taking one of several bodies).

    Typed Any: the generated caller annotates the union of the candidates.
    """
    failures: list[str] = []
    for candidate in candidates:
        try:
            return candidate(**fields)
        except TypeError as exc:
            failures.append(str(exc))
    raise TypeError("no request model accepts these fields: " + "; ".join(failures))


class Options(TypedDict, total=False):
    """The keyword options of `QuantConnect` / `AsyncQuantConnect` and of their `with_options` (see there)."""

    base_url: str | httpx.URL | None
    timeout: float | httpx.Timeout | None
    max_retries: int
    deadline: float | None
    retry: RetryPolicy | None
    default_headers: Mapping[str, str] | None
    logger: logging.Logger | None


class _ClientCore:
    """Options, credentials and the request builder shared by the sync and async clients."""

    _http: httpx.Client | httpx.AsyncClient
    _owns_http: bool
    _sleep: Any  # how the subclass waits: a function, or a coroutine function for the async client
    _clock: Callable[[], float]

    def __init__(
        self,
        user_id: str | int | None = None,
        api_token: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        retry: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        logger: logging.Logger | None = None,
        auth: QuantConnectAuth | None = None,
    ) -> None:
        """See the generated `QuantConnect` for the arguments; `auth` is how a copy keeps its original's signer."""
        if auth is None:
            credentials = resolve(user_id, api_token, base_url)
            auth = QuantConnectAuth(credentials.user_id, credentials.api_token, origin=credentials.base_url)
            url = credentials.base_url
        else:  # a copy from with_options: same signer, so a clock correction serves both
            parsed = httpx.URL(str(base_url))
            if parsed.userinfo:  # never shown nor sent as Basic auth; the copy keeps the signer's credentials
                parsed = parsed.copy_with(username=None, password=None)
            url = str(parsed).rstrip("/")
            if not auth.signs(parsed):
                auth = auth.for_origin(url)  # moved to another origin, which must be signed for too
        if max_retries < 0:
            raise ValueError("max_retries must not be negative")
        self.base_url = url
        self.timeout = timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = max_retries
        self.deadline = deadline
        self._retry = retry
        self._default_headers = dict(default_headers or {})
        self._headers = {"User-Agent": USER_AGENT, "Content-Type": "application/json", **self._default_headers}
        self._auth = auth
        policy = retry or RetryPolicy(max_attempts=max_retries + 1)
        self._settings = FlowSettings(auth, policy, deadline, logger or logging.getLogger("auth_plugin"))
        self._logger = logger

    @property
    def user_id(self) -> str:
        """The QuantConnect user id requests are signed for."""
        return self._auth.user_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(user_id={self.user_id!r}, base_url={self.base_url!r})"

    def with_options(self, **changes: Unpack[Options]) -> Self:
        """A copy with some options changed (timeout, max_retries, deadline, retry, default_headers, ...).

        It shares this client's connection pool and signer, and signs, retries and raises like it.
        """
        copy = object.__new__(type(self))
        self._copy_core(copy, changes)
        copy._http, copy._owns_http = self._http, False
        copy._sleep, copy._clock = self._sleep, self._clock
        return copy

    def _copy_core(self, copy: _ClientCore, changes: Options) -> None:
        _ClientCore.__init__(copy, auth=self._auth, **self._options(changes))

    def _options(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """This client's options with `changes` applied, for a copy."""
        options = {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "deadline": self.deadline,
            "retry": self._retry,
            "default_headers": self._default_headers,
            "logger": self._logger,
            **changes,
        }
        retry, max_retries = options["retry"], options["max_retries"]
        if "max_retries" in changes and "retry" not in changes and retry is not None and max_retries >= 0:
            # A policy would override max_retries: the copy keeps its other settings with the new number.
            options["retry"] = dataclasses.replace(retry, max_attempts=max_retries + 1)
        return options

    def _build(self, operation: Operation, body: Mapping[str, Any] | None, files: Any = None) -> httpx.Request:
        if files is not None:  # multipart/form-data: httpx writes the body and its Content-Type (with the boundary)
            headers = {k: v for k, v in self._headers.items() if k.lower() != "content-type"}
            request = self._http.build_request(
                "POST", self.base_url + operation.path, files=files, headers=headers, timeout=self.timeout
            )
            request.read()  # the body as bytes, so that every retry sends it again unchanged
            return request
        return self._http.build_request(
            "POST",
            self.base_url + operation.path,
            content=encode_body(operation, body),
            headers=self._headers,
            timeout=self.timeout,
        )


class SyncAPIClient(_ClientCore):
    """The synchronous client core: one pooled httpx.Client, every call through the request loop."""

    _http: httpx.Client

    def __init__(
        self,
        user_id: str | int | None = None,
        api_token: str | None = None,
        *,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        **options: Unpack[Options],
    ) -> None:
        super().__init__(user_id, api_token, **options)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(verify=_default_ssl_context())
        self._sleep = sleep
        self._clock = clock  # monotonic seconds: what waits measure their timeout with, beside `sleep`

    def _request(
        self,
        operation: Operation,
        body: Mapping[str, Any] | None,
        parse: Callable[[dict[str, Any]], T],
        files: Any = None,
    ) -> T:
        request = self._build(operation, body, files)
        outcome = run_sync(request_flow(request, operation, self._settings), self._http.send, self._sleep)
        data = decode(operation, outcome)
        return parse_result(operation, outcome.response, _SUCCESS if data is None else data, parse)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(_ClientCore):
    """The asynchronous client core: one pooled httpx.AsyncClient, every call through the same request loop."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        user_id: str | int | None = None,
        api_token: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        **options: Unpack[Options],
    ) -> None:
        super().__init__(user_id, api_token, **options)
        self._clock = clock
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(verify=_default_ssl_context())
        self._sleep = sleep

    async def _request(
        self,
        operation: Operation,
        body: Mapping[str, Any] | None,
        parse: Callable[[dict[str, Any]], T],
        files: Any = None,
    ) -> T:
        request = self._build(operation, body, files)
        outcome = await run_async(request_flow(request, operation, self._settings), self._http.send, self._sleep)
        data = decode(operation, outcome)
        return parse_result(operation, outcome.response, _SUCCESS if data is None else data, parse)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()


class SyncResource:
    """Base of the generated synchronous resources (`client.backtests`, ...)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncResource:
    """Base of the generated asynchronous resources."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
