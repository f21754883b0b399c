"""The `/api/v2/<operation>` endpoint: authenticate, decode, normalise, validate, run the handler, answer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .auth import verify
from .contract import response_problems
from .errors import ApiError
from .handlers import HANDLERS, Context
from .middleware import SERVER_TIME
from .normalize import BodyError, decode_body, normalize
from .state import MockState
from .validation import validate_body

__all__ = ["api_endpoint"]

WWW_AUTHENTICATE = 'Basic realm="QuantConnect"'


def _failure(errors: list[str], status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"success": False, "errors": errors}, status_code=status, headers=headers)


Endpoint = Callable[[Request], Awaitable[Response]]


def api_endpoint(state: MockState) -> Endpoint:
    """The Starlette endpoint serving every operation of the spec."""

    async def endpoint(request: Request) -> Response:
        operation = "/" + str(request.path_params["operation"]).strip("/")
        if operation not in state.spec.paths:
            return _failure([f"Unknown operation: /api/v2{operation}"], 404)
        if request.method != "POST":
            return _failure([f"/api/v2{operation} only accepts POST"], 405, {"allow": "POST"})
        refusal = _refused(state, request)
        if refusal is not None:
            return refusal
        handler = HANDLERS.get(operation)
        if handler is None:
            return _failure([f"/api/v2{operation} is in openapi.yaml but not implemented by the mock"], 501)
        body = await _valid_body(state, operation, request)
        if isinstance(body, Response):
            return body
        with state.store.lock:
            try:
                result = handler(Context(state.store, state.settings, state.simulation_clock()), body)
            except ApiError as exc:
                return _failure(exc.messages)
        response = JSONResponse({"success": True, "errors": [], **result})
        if state.settings.check_responses:
            problems = response_problems(state.spec, operation, response.status_code, bytes(response.body))
            if problems:
                raise AssertionError(f"answer to {operation} does not fit openapi.yaml: {problems}")
        return response

    return endpoint


def _refused(state: MockState, request: Request) -> Response | None:
    """The answer to a request whose signature is not accepted, or None."""
    settings = state.settings
    server_now = float(request.scope.get(SERVER_TIME, state.clock()))
    auth = verify(request.headers, settings.user_id, settings.api_token, server_now, settings.auth_window)
    if auth.status == 401:
        return _failure([auth.error], 401, {"www-authenticate": WWW_AUTHENTICATE})
    return None if auth.ok else _failure([auth.error])


async def _valid_body(state: MockState, operation: str, request: Request) -> dict[str, Any] | Response:
    """The normalised body when it fits the spec, else the failure answer naming what is wrong."""
    schema = state.spec.request_schema(operation)
    if schema is None:  # e.g. /authenticate: whatever was sent is ignored
        return {}
    raw = await request.body()
    try:
        decoded, from_form = decode_body(raw, request.headers.get("content-type", ""))
        normalized = normalize(decoded, schema, state.spec, from_form)
        errors = validate_body(state.spec, operation, normalized)
    except BodyError as exc:
        return _failure([str(exc)])
    except RecursionError:
        return _failure(["Request body is nested too deeply."])
    if not errors and not raw.strip() and state.spec.body_required(operation):
        errors = ["Request body is required: send a JSON object ({} when every field is optional)."]
    if errors:
        return _failure(errors)
    if not isinstance(normalized, dict):  # validation refuses anything but an object; this keeps mypy informed
        return _failure(["Request body must be a JSON object."])
    return normalized
