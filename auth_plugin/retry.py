"""When to retry a request and how long to wait first."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from .clock import http_date
from .operation import Operation

__all__ = ["NOT_SENT", "RetryPolicy"]

# Failures where the request cannot have reached the server, so even a create is safe to resend.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures where the server may or may not have acted: only safe for idempotent operations.
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """Retry and backoff settings.

    Attributes:
        max_attempts: total tries per call, the first included (1 disables retries).
        backoff_base: delay before the first retry, in seconds; doubled for each further retry.
        backoff_max: upper bound of a backoff delay, in seconds.
        jitter: fraction of each backoff delay that is randomised (0 none, 1 "full jitter").
        max_retry_after: longest `Retry-After` honoured; a longer one ends the retries with that response.
        retry_statuses: statuses that are retried (429 and 5xx by default).
        clock_skew_threshold: seconds of difference between the `Date` header and the local clock above which
            an auth rejection corrects the clock offset and retries once; None disables the correction.

    Whether an operation may run twice comes from the spec (`Operation.idempotent`): one that may not is retried
    only when the request surely did not reach the server (connect errors) or was refused unprocessed (429).
    """

    max_attempts: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    jitter: float = 0.5
    max_retry_after: float = 60.0
    retry_statuses: frozenset[int] = field(default_factory=lambda: frozenset({429, *range(500, 600)}))
    clock_skew_threshold: float | None = 5.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter must be between 0 and 1")
        if self.backoff_base < 0 or self.backoff_max < 0 or self.max_retry_after < 0:
            raise ValueError("delays must not be negative")

    def backoff(self, attempt: int, rand: float) -> float:
        """Delay after failed attempt number `attempt` (1-based); `rand` in [0, 1) drives the jitter."""
        delay = min(self.backoff_max, self.backoff_base * 2.0 ** (attempt - 1))
        return delay * (1.0 - self.jitter * rand)

    def delay_after_exception(self, operation: Operation, exc: Exception, attempt: int, rand: float) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if attempt >= self.max_attempts:
            return None
        retryable = _MAYBE_SENT if operation.idempotent else NOT_SENT
        return self.backoff(attempt, rand) if isinstance(exc, retryable) else None

    def delay_after_response(
        self, operation: Operation, response: httpx.Response, attempt: int, rand: float, now: float
    ) -> float | None:
        """Seconds to wait before retrying after `response`, or None to keep it; `now` is local Unix time."""
        status = response.status_code
        if attempt >= self.max_attempts or status not in self.retry_statuses:
            return None
        # 429 means the request was refused before any work was done, so creates may be resent too.
        if status != 429 and not operation.idempotent:
            return None
        retry_after = _retry_after(response, now)
        if retry_after is None:
            return self.backoff(attempt, rand)
        return retry_after if retry_after <= self.max_retry_after else None


def _retry_after(response: httpx.Response, now: float) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if seconds == seconds else None  # NaN is no delay
    when = http_date(value)
    if when is None:
        return None
    # Measured against the server's own Date when present, so a skewed local clock does not distort the wait.
    date = response.headers.get("date")
    reference = http_date(date) if date else None
    return max(0.0, when - (now if reference is None else reference))
