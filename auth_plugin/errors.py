"""Exceptions raised for failed QuantConnect calls, and the mapping from a response to one of them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import httpx

from .responses import AUTH_ERROR_MARKERS, error_messages, looks_like_json, mentions, parse_failure

__all__ = [
    "APIError",
    "AuthenticationError",
    "InvalidResponseError",
    "MissingCredentialsError",
    "QuantConnectError",
    "raise_for_response",
]


class QuantConnectError(Exception):
    """Base class of every error this package raises.

    Attributes:
        operation: API operation relative to the base URL, e.g. "backtests/read" (None when no request was made).
        status_code: HTTP status of the response, if any.
        errors: the server's error messages (may be empty).
        response: the httpx.Response, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        status_code: int | None = None,
        errors: Iterable[str] = (),
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.status_code = status_code
        self.errors = list(errors)
        self.response = response


class APIError(QuantConnectError):
    """The API reported a failure: a `"success": false` body or a non-2xx status."""


class AuthenticationError(APIError):
    """The API rejected the credentials (HTTP 401, or "Hash doesn't match.")."""


class InvalidResponseError(QuantConnectError):
    """A successful status carried a body that is not JSON."""


class MissingCredentialsError(QuantConnectError):
    """No user id or API token was given and none was found in the environment."""


def raise_for_response(response: httpx.Response, operation: str) -> None:
    """Raise the matching QuantConnectError for a failed call; return None for a usable response.

    A 2xx JSON body is only parsed when a cheap byte scan finds `"success": false` in it, so successful calls pay
    a scan, not a second json.loads. A body whose `success` is true or absent is never an error.
    """
    status = response.status_code
    content = response.content
    body: Any = None
    if 200 <= status < 300:
        if looks_like_json(content):
            body = parse_failure(content)
            if body is None:
                return
        else:
            try:
                body = json.loads(content)
            except ValueError:
                content_type = response.headers.get("content-type", "no content-type")
                detail = f"response is not JSON ({content_type}, {len(content)} bytes)"
                raise InvalidResponseError(
                    _message(response, operation, detail), operation=operation, status_code=status, response=response
                ) from None
            if not (isinstance(body, dict) and body.get("success") is False):
                return
    elif looks_like_json(content):
        try:
            body = json.loads(content)
        except ValueError:
            body = None
    errors = error_messages(body)
    auth_failed = status == 401 or mentions(errors, AUTH_ERROR_MARKERS)
    error_type = AuthenticationError if auth_failed else APIError
    detail = "; ".join(errors) or response.reason_phrase or "request failed"
    raise error_type(
        _message(response, operation, detail),
        operation=operation,
        status_code=status,
        errors=errors,
        response=response,
    )


def _message(response: httpx.Response, operation: str, detail: str) -> str:
    # The request line helps when operation names are ambiguous; headers are left out as they carry credentials.
    try:
        request_line = f" [{response.request.method} {response.request.url.path}]"
    except RuntimeError:  # a response built without a request
        request_line = ""
    return f"{operation} failed (HTTP {response.status_code}): {detail}{request_line}"
