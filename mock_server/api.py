"""The `/api/v2/<operation>` endpoint: authenticate, decode, normalise, validate, run the handler, answer.

Every operation takes POST with a JSON or form body. The reads (operationId `read...` or `list...`, and
`authenticate`) also take GET with the same fields in the query string, as lean-cli sends them; the query is
decoded like a form body. Everything after the signature check runs in a worker thread, so that a large body
or a slow handler never holds up the event loop (and with it every other client); the store lock keeps
handlers one at a time. An unexpected exception answers `success: false` and is logged, never a 500.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .auth import verify
from .bounds import shape_problem, string_problems
from .contract import response_problems
from .errors import INTERNAL_ERROR, ApiError, ResponseMismatch
from .handlers import HANDLERS, Context, Handler
from .limits import MAX_BODY_BYTES
from .middleware import SERVER_TIME
from .normalize import FORM, BodyError, decode_body, normalize
from .spec import ApiSpec
from .state import MockState
from .validation import validate_body

__all__ = ["api_endpoint", "get_operations"]

WWW_AUTHENTICATE = 'Basic realm="QuantConnect"'
TOO_LARGE = f"Request body is larger than {MAX_BODY_BYTES:,} bytes, the most the mock accepts."
_log = logging.getLogger("mock_server")


def _failure(errors: list[str], status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"success": False, "errors": errors}, status_code=status, headers=headers)


Endpoint = Callable[[Request], Awaitable[Response]]


def get_operations(spec: ApiSpec) -> frozenset[str]:
    """Paths that also answer GET: reads and lists by operationId, and `/authenticate` (what `lean login` sends)."""
    found = set()
    for path, item in spec.document.get("paths", {}).items():
        operation_id = str(item.get("post", {}).get("operationId", ""))
        if operation_id.startswith(("read", "list")) or operation_id == "authenticate":
            found.add(path)
    return frozenset(found)


def api_endpoint(state: MockState) -> Endpoint:
    """The Starlette endpoint serving every operation of the spec."""
    readable = get_operations(state.spec)

    async def endpoint(request: Request) -> Response:
        try:
            return await _answer(state, readable, request)
        except ResponseMismatch:
            raise
        except Exception:
            _log.exception("mock_server: unexpected error answering %s %s", request.method, request.url.path)
            return _failure([INTERNAL_ERROR])

    return endpoint


async def _answer(state: MockState, readable: frozenset[str], request: Request) -> Response:
    operation = "/" + str(request.path_params["operation"]).strip("/")
    if operation not in state.spec.paths:
        return _failure([f"Unknown operation: /api/v2{operation}"], 404)
    if request.method != "POST" and not (request.method == "GET" and operation in readable):
        also = " (or GET with the fields in the query string)" if operation in readable else ""
        # `Allow` names what openapi.yaml documents; GET is a compatibility with lean-cli, not part of the contract.
        return _failure([f"/api/v2{operation} only accepts POST{also}"], 405, {"allow": "POST"})
    if _declared_length(request) > MAX_BODY_BYTES:  # refused before reading (or checking the signature of) it
        return _failure([TOO_LARGE], 413)
    refusal = _refused(state, request)
    if refusal is not None:
        return refusal
    handler = HANDLERS.get(operation)
    if handler is None:
        return _failure([f"/api/v2{operation} is in openapi.yaml but not implemented by the mock"], 501)
    if request.method == "GET":
        raw, content_type = request.scope.get("query_string", b""), FORM
    else:
        body = await _read_body(request)
        if body is None:
            return _failure([TOO_LARGE], 413)
        raw, content_type = body, request.headers.get("content-type", "")
    is_post = request.method == "POST"
    return await run_in_threadpool(_run, state, operation, handler, raw, content_type, is_post)


def _declared_length(request: Request) -> int:
    length = request.headers.get("content-length", "")
    return int(length) if length.isascii() and length.isdigit() and len(length) < 20 else 0


async def _read_body(request: Request) -> bytes | None:
    """The body, or None once it grows past MAX_BODY_BYTES (a chunked body declares no length)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _refused(state: MockState, request: Request) -> Response | None:
    """The answer to a request whose signature is not accepted, or None."""
    settings = state.settings
    server_now = float(request.scope.get(SERVER_TIME, state.clock()))
    auth = verify(request.headers, settings.user_id, settings.api_token, server_now, settings.auth_window)
    if auth.status == 401:
        return _failure([auth.error], 401, {"www-authenticate": WWW_AUTHENTICATE})
    return None if auth.ok else _failure([auth.error])


def _run(state: MockState, operation: str, handler: Handler, raw: bytes, content_type: str, is_post: bool) -> Response:
    """Decodes, checks and runs one request (in a worker thread), and renders the answer."""
    body = _valid_body(state, operation, raw, content_type, is_post)
    if isinstance(body, Response):
        return body
    with state.store.lock:
        try:
            result = handler(Context(state.store, state.settings, state.simulation_clock()), body)
        except ApiError as exc:
            return _failure(exc.messages)
    if "location" in result and state.spec.answers_redirect(operation):
        return Response(status_code=302, headers={"location": str(result["location"])})
    response = JSONResponse({"success": True, "errors": [], **result})
    if state.settings.check_responses:
        problems = response_problems(state.spec, operation, response.status_code, bytes(response.body))
        if problems:
            raise ResponseMismatch(f"answer to {operation} does not fit openapi.yaml: {problems}")
    return response


def _valid_body(
    state: MockState, operation: str, raw: bytes, content_type: str, is_post: bool
) -> dict[str, Any] | Response:
    """The normalised body when it fits the spec and the limits, else the failure answer naming what is wrong."""
    schema = state.spec.request_schema(operation)
    if schema is None:  # e.g. /authenticate: whatever was sent is ignored
        return {}
    try:
        decoded, from_form = decode_body(raw, content_type)
        shape = shape_problem(decoded)
        if shape is not None:
            return _failure([shape])
        normalized = normalize(decoded, schema, state.spec, from_form)
        errors = string_problems(normalized) or validate_body(state.spec, operation, normalized)
    except BodyError as exc:
        return _failure([str(exc)])
    except RecursionError:
        return _failure(["Request body is nested too deeply."])
    # A GET's empty query string stands for `{}`: lean-cli lists all projects with a bare `GET projects/read`.
    if not errors and is_post and not raw.strip() and state.spec.body_required(operation):
        errors = ["Request body is required: send a JSON object ({} when every field is optional)."]
    if errors:
        return _failure(errors)
    if not isinstance(normalized, dict):  # validation refuses anything but an object; this keeps mypy informed
        return _failure(["Request body must be a JSON object."])
    return normalized
