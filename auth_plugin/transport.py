"""Transports that retry failed requests, re-signing each retry, and correct clock skew.

They wrap the real transport because httpx's auth flow never sees transport errors (connect failures, timeouts).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable

import httpx

from .auth import QuantConnectAuth
from .clock import server_time
from .responses import CLOCK_ERROR_MARKERS, error_messages, mentions, parse_failure
from .retry import RetryPolicy

__all__ = ["AsyncRetryTransport", "RetryTransport"]

_DEFAULT_POLICY = RetryPolicy()


class _RetryCore:
    """Retry and skew decisions plus their logging, shared by the sync and async transports."""

    def __init__(
        self, auth: QuantConnectAuth, policy: RetryPolicy, logger: logging.Logger, rand: Callable[[], float]
    ) -> None:
        self.auth = auth
        self.policy = policy
        self.logger = logger
        self.rand = rand

    def sending(self, request: httpx.Request, attempt: int) -> float:
        self.logger.debug("%s %s (attempt %d/%d)", request.method, request.url.path, attempt, self.policy.max_attempts)
        return time.perf_counter()

    def received(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        elapsed_ms = (time.perf_counter() - started) * 1000
        self.logger.debug(
            "%s %s -> HTTP %d (%.1f ms)", request.method, request.url.path, response.status_code, elapsed_ms
        )

    def after_exception(self, request: httpx.Request, exc: httpx.TransportError, attempt: int) -> float | None:
        delay = self.policy.delay_after_exception(request, exc, attempt, self.rand())
        self._log_decision(request, type(exc).__name__, attempt, delay)
        return delay

    def after_response(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        delay = self.policy.delay_after_response(request, response, attempt, self.rand(), time.time())
        if delay is not None or response.status_code in self.policy.retry_statuses:
            self._log_decision(request, f"HTTP {response.status_code}", attempt, delay)
        return delay

    def _log_decision(self, request: httpx.Request, cause: str, attempt: int, delay: float | None) -> None:
        if delay is None:
            self.logger.info("%s %s: %s on attempt %d, not retrying", request.method, request.url.path, cause, attempt)
        else:
            self.logger.info(
                "%s %s: %s on attempt %d, retrying in %.2f s", request.method, request.url.path, cause, attempt, delay
            )

    def suspected_skew(self, response: httpx.Response) -> float | None:
        """The server's time when a response may be a skew-caused auth rejection, else None."""
        threshold = self.policy.clock_skew_threshold
        if threshold is None or response.status_code not in (200, 401):
            return None
        server_now = server_time(response)
        if server_now is None or abs(server_now - self.auth.now()) <= threshold:
            return None
        return server_now

    def correct_clock(self, request: httpx.Request, server_now: float) -> None:
        skew = server_now - self.auth.now()
        self.auth.sync_clock(server_now)
        self.logger.warning(
            "%s %s: auth rejected and server clock differs by %+.0f s; retrying with corrected timestamp",
            request.method,
            request.url.path,
            skew,
        )


def _replay(response: httpx.Response, raw: bytes) -> httpx.Response:
    # A fresh, unread copy: the caller's client must be the one to read it (it times and decodes the stream).
    return httpx.Response(
        response.status_code, headers=response.headers, stream=httpx.ByteStream(raw), extensions=response.extensions
    )


def _rejects_auth(response: httpx.Response, content: bytes) -> bool:
    if response.status_code == 401:
        return True
    body = parse_failure(content)
    return body is not None and mentions(error_messages(body), CLOCK_ERROR_MARKERS)


class RetryTransport(httpx.BaseTransport):
    """Sync transport wrapper that retries per `policy`, re-signing every retry with `auth`.

    `sleep` and `rand` are injectable so tests need not wait.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        auth: QuantConnectAuth,
        policy: RetryPolicy = _DEFAULT_POLICY,
        *,
        logger: logging.Logger | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._transport = transport
        self._core = _RetryCore(auth, policy, logger or logging.getLogger("auth_plugin"), rand)
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = self._core
        request.read()  # a read body can be sent again
        attempt, skew_corrected = 1, False
        while True:
            started = core.sending(request, attempt)
            try:
                response = self._transport.handle_request(request)
            except httpx.TransportError as exc:
                delay = core.after_exception(request, exc, attempt)
                if delay is None:
                    raise
                self._sleep(delay)
                attempt += 1
                core.auth.sign(request)
                continue
            core.received(request, response, started)
            server_now = None if skew_corrected else core.suspected_skew(response)
            if server_now is not None:
                response, content = _buffer(response)
                if _rejects_auth(response, content):
                    core.correct_clock(request, server_now)
                    skew_corrected = True
                    core.auth.sign(request)
                    continue
            delay = core.after_response(request, response, attempt)
            if delay is None:
                return response
            _release(response)
            self._sleep(delay)
            attempt += 1
            core.auth.sign(request)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of RetryTransport (`sleep` is awaited)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        auth: QuantConnectAuth,
        policy: RetryPolicy = _DEFAULT_POLICY,
        *,
        logger: logging.Logger | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._transport = transport
        self._core = _RetryCore(auth, policy, logger or logging.getLogger("auth_plugin"), rand)
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        core = self._core
        await request.aread()  # a read body can be sent again
        attempt, skew_corrected = 1, False
        while True:
            started = core.sending(request, attempt)
            try:
                response = await self._transport.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = core.after_exception(request, exc, attempt)
                if delay is None:
                    raise
                await self._sleep(delay)
                attempt += 1
                core.auth.sign(request)
                continue
            core.received(request, response, started)
            server_now = None if skew_corrected else core.suspected_skew(response)
            if server_now is not None:
                response, content = await _abuffer(response)
                if _rejects_auth(response, content):
                    core.correct_clock(request, server_now)
                    skew_corrected = True
                    core.auth.sign(request)
                    continue
            delay = core.after_response(request, response, attempt)
            if delay is None:
                return response
            await _arelease(response)
            await self._sleep(delay)
            attempt += 1
            core.auth.sign(request)

    async def aclose(self) -> None:
        await self._transport.aclose()


def _buffer(response: httpx.Response) -> tuple[httpx.Response, bytes]:
    """An equivalent unread response to pass on, and the decoded body."""
    if response.is_stream_consumed:  # the wrapped transport read it already (e.g. httpx.MockTransport)
        return response, response.content
    try:
        raw = b"".join(response.iter_raw())
    finally:
        response.close()
    return _replay(response, raw), _replay(response, raw).read()


async def _abuffer(response: httpx.Response) -> tuple[httpx.Response, bytes]:
    if response.is_stream_consumed:
        return response, response.content
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return _replay(response, raw), await _replay(response, raw).aread()


def _release(response: httpx.Response) -> None:
    # Reading the (small) error body first lets the connection go back to the pool instead of being dropped.
    try:
        response.read()
    except httpx.HTTPError:
        pass
    finally:
        response.close()


async def _arelease(response: httpx.Response) -> None:
    try:
        await response.aread()
    except httpx.HTTPError:
        pass
    finally:
        await response.aclose()
