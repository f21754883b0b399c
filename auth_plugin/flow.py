"""The request loop: one implementation of sign -> send -> retry -> clock-skew correction, for sync and async.

`request_flow` is a generator that decides; it performs no I/O. It yields `Send(request)` and expects the read
response back (or the transport error thrown in), and yields `Sleep(seconds)` between attempts. `run_sync` and
`run_async` drive it with a real client or transport, the way httpx drives `Auth.auth_flow`. So the sync and async
clients, and the low-level transports, make exactly the same decisions.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field

import httpx

from .auth import QuantConnectAuth, origin_of
from .clock import server_time
from .errors import APIConnectionError, APITimeoutError, InvalidResponseError, QuantConnectError
from .operation import Operation
from .responses import CLOCK_ERROR_MARKERS, error_messages, mentions
from .retry import NOT_SENT, RetryPolicy

__all__ = ["Attempts", "FlowSettings", "Outcome", "Send", "Sleep", "request_flow", "run_async", "run_sync"]

LOGGER = logging.getLogger("auth_plugin")


@dataclass(frozen=True, slots=True)
class Send:
    """Send this request and give back its response, read."""

    request: httpx.Request


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait this many seconds."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Outcome:
    """The answer the loop settled on."""

    response: httpx.Response
    maybe_done_before: bool
    """An earlier attempt may have reached the server and done the work (it timed out, broke, or got a 5xx)."""


@dataclass(frozen=True)
class FlowSettings:
    """What the loop needs besides the request: who signs, the policy, and injectable randomness."""

    auth: QuantConnectAuth
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    deadline: float | None = None
    """Seconds the whole call may take, retries and waits included (None: only each attempt's timeout)."""
    logger: logging.Logger = LOGGER
    rand: Callable[[], float] = random.random


Attempts = Generator[Send | Sleep, httpx.Response | None, Outcome]


def request_flow(request: httpx.Request, operation: Operation, settings: FlowSettings) -> Attempts:
    """Decide the attempts for `request` and return the final response; raises APIConnectionError/APITimeoutError.

    Each attempt is signed afresh, but only when the request goes to the signer's origin. The server's clock is
    only believed from an answer that came from that origin.
    """
    auth, policy, logger = settings.auth, settings.policy, settings.logger
    expires = None if settings.deadline is None else time.monotonic() + settings.deadline
    signed = auth.signs(request.url)
    # A request that httpx's auth flow already signed (the low-level client) goes out with that signature first.
    fresh = signed and "authorization" in request.headers
    attempt, maybe_done, skew_corrected = 1, False, False
    while True:
        if signed and not fresh:
            auth.sign(request)
        fresh = False
        _bound_attempt(request, expires)
        logger.debug("%s %s (attempt %d/%d)", request.method, request.url.path, attempt, policy.max_attempts)
        try:
            response = yield Send(request)
        except httpx.TransportError as exc:
            delay = _within(expires, policy.delay_after_exception(operation, exc, attempt, settings.rand()))
            _log_decision(logger, request, type(exc).__name__, attempt, delay)
            if delay is None:
                raise _connection_error(operation, request, exc, attempt) from exc
            maybe_done = maybe_done or not isinstance(exc, NOT_SENT)
            yield Sleep(delay)
            attempt += 1
            continue
        except httpx.HTTPError as exc:  # not a transport failure: undecodable content, too many redirects
            raise _answer_error(operation, request, exc) from exc
        assert response is not None, "the runner sends a response back for every Send"
        logger.debug("%s %s -> HTTP %d", request.method, request.url.path, response.status_code)
        if signed and not skew_corrected and _skew_rejection(auth, policy, response):
            server_now = server_time(response)
            assert server_now is not None
            logger.warning(
                "%s %s: auth refused and the server clock differs by %+.0f s; retrying with its time",
                request.method,
                request.url.path,
                server_now - auth.now(),
            )
            auth.sync_clock(server_now)
            skew_corrected = True
            continue
        delay = _within(
            expires, policy.delay_after_response(operation, response, attempt, settings.rand(), time.time())
        )
        if delay is None:
            if response.status_code in policy.retry_statuses:
                _log_decision(logger, request, f"HTTP {response.status_code}", attempt, None)
            return Outcome(response, maybe_done)
        _log_decision(logger, request, f"HTTP {response.status_code}", attempt, delay)
        maybe_done = maybe_done or response.status_code != 429
        yield Sleep(delay)
        attempt += 1


def run_sync(
    flow: Attempts, send: Callable[[httpx.Request], httpx.Response], sleep: Callable[[float], None]
) -> Outcome:
    """Drive `flow`, sending with `send` (which returns a read response) and waiting with `sleep`."""
    reply: httpx.Response | None = None
    error: httpx.HTTPError | None = None
    while True:
        try:
            action = flow.throw(error) if error is not None else flow.send(reply)
        except StopIteration as stop:
            outcome: Outcome = stop.value
            return outcome
        reply, error = None, None
        if isinstance(action, Sleep):
            sleep(action.seconds)
            continue
        try:
            reply = send(action.request)
        except httpx.HTTPError as exc:
            error = exc


async def run_async(
    flow: Attempts,
    send: Callable[[httpx.Request], Awaitable[httpx.Response]],
    sleep: Callable[[float], Awaitable[None]],
) -> Outcome:
    """The async twin of `run_sync`: the same flow, awaited sends and sleeps."""
    reply: httpx.Response | None = None
    error: httpx.HTTPError | None = None
    while True:
        try:
            action = flow.throw(error) if error is not None else flow.send(reply)
        except StopIteration as stop:
            outcome: Outcome = stop.value
            return outcome
        reply, error = None, None
        if isinstance(action, Sleep):
            await sleep(action.seconds)
            continue
        try:
            reply = await send(action.request)
        except httpx.HTTPError as exc:
            error = exc


def _within(expires: float | None, delay: float | None) -> float | None:
    """`delay`, unless waiting it would pass the call's deadline."""
    if delay is None or expires is None:
        return delay
    return delay if time.monotonic() + delay < expires else None


def _bound_attempt(request: httpx.Request, expires: float | None) -> None:
    """Shorten the attempt's timeouts to what is left of the deadline."""
    if expires is None:
        return
    left = max(0.001, expires - time.monotonic())
    timeouts = dict(request.extensions.get("timeout") or {})
    for phase in ("connect", "read", "write", "pool"):
        current = timeouts.get(phase)
        timeouts[phase] = left if current is None else min(current, left)
    request.extensions["timeout"] = timeouts


def _skew_rejection(auth: QuantConnectAuth, policy: RetryPolicy, response: httpx.Response) -> bool:
    """True for an auth refusal from our own origin whose `Date` shows our clock is off."""
    threshold = policy.clock_skew_threshold
    if threshold is None or response.status_code not in (200, 401):
        return False
    if auth.origin is not None and origin_of(response.request.url) != auth.origin:
        return False  # another host's clock (after a redirect) says nothing about the API's
    server_now = server_time(response)
    if server_now is None or abs(server_now - auth.now()) <= threshold:
        return False
    if response.status_code == 401:
        return True
    try:
        body = response.json()
    except ValueError:
        return False
    return (
        isinstance(body, dict) and body.get("success") is False and mentions(error_messages(body), CLOCK_ERROR_MARKERS)
    )


def _connection_error(
    operation: Operation, request: httpx.Request, exc: httpx.TransportError, attempts: int
) -> APIConnectionError:
    tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{operation.name} timed out {tries} ({type(exc).__name__})", operation=operation.name, request=request
        )
    return APIConnectionError(
        f"{operation.name} got no answer {tries}: {type(exc).__name__}: {exc}",
        operation=operation.name,
        request=request,
    )


def _answer_error(operation: Operation, request: httpx.Request, exc: httpx.HTTPError) -> QuantConnectError:
    if isinstance(exc, httpx.DecodingError):
        return InvalidResponseError(
            f"{operation.name}: the answer could not be decoded: {exc}", operation=operation.name, request=request
        )
    return APIConnectionError(
        f"{operation.name} failed: {type(exc).__name__}: {exc}", operation=operation.name, request=request
    )


def _log_decision(
    logger: logging.Logger, request: httpx.Request, cause: str, attempt: int, delay: float | None
) -> None:
    if delay is None:
        logger.info("%s %s: %s on attempt %d, not retrying", request.method, request.url.path, cause, attempt)
    else:
        logger.info(
            "%s %s: %s on attempt %d, retrying in %.2f s", request.method, request.url.path, cause, attempt, delay
        )
