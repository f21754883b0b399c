"""The one error hierarchy of the client: every failure a user can meet is a QuantConnectError.

    QuantConnectError
    ├── MissingCredentialsError       no user id or API token
    ├── APIError                      the API answered `"success": false` (or refused the call)
    │   ├── AuthenticationError       HTTP 401, or "Hash doesn't match."
    │   ├── NotFoundError             what was read, updated or deleted does not exist
    │   └── RateLimitError            HTTP 429 after the retries
    ├── APIStatusError                an unexpected HTTP status after the retries (5xx, 404, ...)
    ├── APIConnectionError            no answer: connection failed, dropped, ...
    │   └── APITimeoutError           ... or timed out
    ├── InvalidResponseError          an answer that is not the JSON it should be
    └── InvalidRequestError           a request that cannot be sent (a value JSON cannot carry, such as NaN)

Each carries the operation (its operationId, e.g. "readBacktest"), the HTTP status, the server's `errors`, the
request and the response (when there was one) and the parsed body. Messages never include request headers,
which carry credentials.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "InvalidRequestError",
    "InvalidResponseError",
    "MissingCredentialsError",
    "NotFoundError",
    "QuantConnectError",
    "RateLimitError",
]


class QuantConnectError(Exception):
    """Base class of every error the client raises.

    Attributes:
        operation: the operationId, e.g. "readBacktest" (the URL path for calls outside the spec; None when no
            call was made).
        status_code: HTTP status of the answer, if any.
        errors: the server's error messages (may be empty).
        request / response: the httpx objects, when there were any.
        body: the parsed JSON answer, when it parsed.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        status_code: int | None = None,
        errors: Iterable[str] = (),
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.status_code = status_code
        self.errors = list(errors)
        self.response = response
        self.body = body
        if request is None and response is not None:
            try:
                request = response.request
            except RuntimeError:  # a response built without a request
                request = None
        self.request = request


class MissingCredentialsError(QuantConnectError):
    """No QuantConnect user id or API token was given (arguments or environment)."""


class APIError(QuantConnectError):
    """The API reported a failure: a `"success": false` answer, or a refusal by status (401, 429)."""


class AuthenticationError(APIError):
    """The API refused the credentials (HTTP 401, or "Hash doesn't match.")."""


class NotFoundError(APIError):
    """What the call read, updated or deleted does not exist."""


class RateLimitError(APIError):
    """The API kept answering HTTP 429 (too many requests) until the retries ran out."""


class APIStatusError(QuantConnectError):
    """An HTTP status the API does not answer successful calls with, still there after the retries."""


class APIConnectionError(QuantConnectError):
    """No answer reached us: the connection failed or broke. `__cause__` is the httpx error."""


class APITimeoutError(APIConnectionError):
    """The call timed out: an attempt's `timeout`, or the call's total `deadline`."""


class InvalidResponseError(QuantConnectError):
    """The answer is not the JSON it should be: not JSON, truncated, or JSON of the wrong shape."""


class InvalidRequestError(QuantConnectError, ValueError):
    """The request cannot be sent as it is, e.g. a number JSON cannot carry (NaN, infinity); nothing was sent."""
