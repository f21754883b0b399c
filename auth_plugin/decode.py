"""From the loop's final answer to the parsed body, or to the typed error it stands for."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

# orjson reads answers about 2.5x faster than json.loads (bench/: a 1 MB optimization in 3.3 ms instead of
# 8.5 ms), which is a third of a large call's client time; its errors are json.JSONDecodeError (a ValueError).
import orjson

from .errors import (
    APIError,
    APIStatusError,
    AuthenticationError,
    InvalidResponseError,
    NotFoundError,
    QuantConnectError,
    RateLimitError,
)
from .flow import Outcome
from .operation import Operation
from .responses import AUTH_ERROR_MARKERS, NOT_FOUND_MARKERS, error_messages, mentions

__all__ = ["READER_ERRORS", "decode", "invalid_answer", "parse_result", "raise_for_status"]

T = TypeVar("T")

# What generated readers raise on JSON of the wrong shape (a missing key, a null object, a bad date, ...).
READER_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def decode(operation: Operation, outcome: Outcome) -> dict[str, Any] | None:
    """The answer's JSON object; None when a retried delete/rename found its work already done.

    Raises the QuantConnectError that a failed answer stands for.
    """
    response = outcome.response
    if operation.answers_redirect and response.is_redirect:
        location = response.headers.get("location")
        if not location:
            raise _invalid(operation, response, "a redirect without a Location header")
        return {"location": str(response.request.url.join(location)) if _has_request(response) else location}
    raise_for_status(operation, response)
    content = response.content
    try:
        body = loads(content)
    except ValueError:  # also UnicodeDecodeError
        content_type = response.headers.get("content-type", "no content-type")
        detail = f"the answer is not JSON ({content_type}, {len(content)} bytes: empty, truncated or corrupt)"
        raise _invalid(operation, response, detail) from None
    if not isinstance(body, dict):
        raise _invalid(operation, response, f"expected a JSON object, got {type(body).__name__}", body)
    if body.get("success") is False:
        error = _failure(operation, response, body)
        if isinstance(error, NotFoundError) and operation.not_found_means_done and outcome.maybe_done_before:
            return None  # an earlier attempt did the work; the retry only found it done
        raise error
    return body


def loads(content: bytes) -> Any:
    """Parse JSON with orjson; what it refuses but JSON allows (an escaped lone surrogate) goes to json.loads."""
    try:
        return orjson.loads(content)
    except orjson.JSONDecodeError:
        return json.loads(content)


def raise_for_status(operation: Operation, response: httpx.Response) -> None:
    """Raise for an HTTP status that no successful call is answered with."""
    status = response.status_code
    if 200 <= status < 300:
        return
    body = _json_or_none(response)
    errors = error_messages(body)
    detail = "; ".join(errors) or response.reason_phrase or "request refused"
    kind: type[QuantConnectError]
    if status == 401:
        kind = AuthenticationError
    elif status == 429:
        kind = RateLimitError
    else:
        kind = APIStatusError
    raise kind(
        f"{operation.name} failed (HTTP {status}): {detail}",
        operation=operation.name,
        status_code=status,
        errors=errors,
        response=response,
        body=body,
    )


def parse_result(
    operation: Operation, response: httpx.Response, body: dict[str, Any], parse: Callable[[dict[str, Any]], T]
) -> T:
    """`parse(body)`, with a wrong shape (missing field, null object, ...) raised as InvalidResponseError."""
    try:
        return parse(body)
    except READER_ERRORS as exc:
        raise invalid_answer(operation.name, response, exc, body) from exc


def invalid_answer(operation: str, response: httpx.Response, exc: Exception, body: Any = None) -> InvalidResponseError:
    """The error for an answer a generated reader could not read (`exc` is what the reader raised).

    `operation` is an operationId, or the name of a generated endpoint module ("read_backtest"), which is
    reported as its operationId so that every error of a call names it the same way.
    """
    operation = _operation_id(operation)
    if isinstance(exc, KeyError):
        detail = f"missing field {exc}"
    elif isinstance(exc, json.JSONDecodeError):
        detail = "not JSON (empty, truncated or corrupt)"
    else:
        detail = f"{type(exc).__name__}: {exc}"
    return InvalidResponseError(
        f"{operation}: invalid answer (HTTP {response.status_code}): the answer does not fit the spec ({detail})",
        operation=operation,
        status_code=response.status_code,
        response=response,
        body=body,
    )


def _operation_id(name: str) -> str:
    try:  # deferred: the generated package imports auth_plugin
        from quantconnect_client._operations import OPERATIONS
    except ImportError:
        return name
    known = OPERATIONS.get(name)
    return name if known is None else known.name


def _failure(operation: Operation, response: httpx.Response, body: dict[str, Any]) -> APIError:
    errors = error_messages(body)
    kind: type[APIError] = APIError
    if mentions(errors, AUTH_ERROR_MARKERS):
        kind = AuthenticationError
    elif mentions(errors, NOT_FOUND_MARKERS):
        kind = NotFoundError
    detail = "; ".join(errors) or "the API reported a failure without a message"
    return kind(
        f"{operation.name} failed: {detail}",
        operation=operation.name,
        status_code=response.status_code,
        errors=errors,
        response=response,
        body=body,
    )


def _invalid(operation: Operation, response: httpx.Response, detail: str, body: Any = None) -> InvalidResponseError:
    return InvalidResponseError(
        f"{operation.name}: invalid answer (HTTP {response.status_code}): {detail}",
        operation=operation.name,
        status_code=response.status_code,
        response=response,
        body=body,
    )


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises when the response was built without one
    except RuntimeError:
        return False
    return True


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return loads(response.content)
    except ValueError:
        return None
