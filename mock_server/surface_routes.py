"""The Object Store routes that the generic `/api/v2/<operation>` endpoint cannot serve.

- `/api/v2/object/{name}`: `object/set` takes `multipart/form-data` (the fields `organizationId` and `key`, the file
  part `objectData`), checked, signed and bounded like every other request, and answered (and checked against
  openapi.yaml with `check_responses`) the same way. The other `object/*` operations go on to the generic endpoint,
  with the address the request came to recorded, so that `/object/get` can answer absolute download addresses.
- `GET /object-store/downloads/{jobId}?token=...`: a ready job's ZIP archive, unsigned as the platform's pre-signed
  addresses are; an unknown job, a wrong token or a job not ready yet is 404.

app.py registers them with `*surface_routes(state)`, before the generic endpoint.
"""

from __future__ import annotations

import email.message
import json
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .api import TOO_LARGE, _declared_length, _failure, _read_body, _refused, api_endpoint
from .bounds import shown, string_problems
from .contract import response_problems
from .errors import ApiError, ResponseMismatch
from .handlers.base import Context
from .handlers.objects import REQUEST_ORIGIN, store_upload
from .limits import MAX_BODY_BYTES
from .object_store import DOWNLOAD_PATH
from .state import MockState

__all__ = ["MultipartError", "Part", "is_registered", "parse_multipart", "surface_routes"]

ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"]
UPLOAD = "/object/set"
MAX_PARTS = 16


class MultipartError(ValueError):
    """A body that is not the multipart form the upload needs; the message says why."""


@dataclass(frozen=True)
class Part:
    name: str
    data: bytes
    filename: str | None


def _parameters(header: str, value: str) -> email.message.Message:
    message = email.message.Message()
    message[header] = value
    return message


def parse_multipart(raw: bytes, content_type: str) -> dict[str, Part]:
    """The parts of a `multipart/form-data` body by name (the last of repeated names wins), bytes kept exactly."""
    media = _parameters("content-type", content_type)
    if media.get_content_type() != "multipart/form-data":
        raise MultipartError(
            f"Content-Type: {shown(content_type.split(';', 1)[0]) or 'none'} is not accepted; /object/set takes "
            "multipart/form-data with the fields organizationId and key and the file part objectData."
        )
    boundary = media.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise MultipartError("Content-Type: multipart/form-data without a boundary.")
    delimiter = b"--" + boundary.encode("latin-1")
    sections = raw.split(delimiter)
    if len(sections) < 3 or not sections[-1].startswith(b"--"):
        raise MultipartError("Request body is not a complete multipart/form-data body (no closing boundary).")
    if len(sections) - 2 > MAX_PARTS:
        raise MultipartError(f"Request body has {len(sections) - 2} parts; the upload takes at most {MAX_PARTS}.")
    parts: dict[str, Part] = {}
    for section in sections[1:-1]:
        head, separator, data = section.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not separator or not data.endswith(b"\r\n"):
            raise MultipartError("Request body has a multipart part without headers or line ends.")
        headers: dict[str, str] = {}
        for line in head.decode("latin-1").split("\r\n"):
            name, colon, value = line.partition(":")
            if colon:
                headers[name.strip().lower()] = value.strip()
        disposition = _parameters("content-disposition", headers.get("content-disposition", ""))
        field = disposition.get_param("name", header="content-disposition")
        if not isinstance(field, str) or not field:
            raise MultipartError("Request body has a multipart part without a name (Content-Disposition).")
        filename = disposition.get_param("filename", header="content-disposition")
        parts[field] = Part(field, data[:-2], filename if isinstance(filename, str) else None)
    return parts


def _text(parts: dict[str, Part], name: str) -> str:
    part = parts.get(name)
    if part is None:
        raise ApiError(f"{name}: required; send it as a field of the multipart/form-data body.")
    try:
        return part.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(f"{name}: is not UTF-8 text.") from exc


def _upload(state: MockState, raw: bytes, content_type: str) -> Response:
    try:
        parts = parse_multipart(raw, content_type)
        fields = {"organizationId": _text(parts, "organizationId"), "key": _text(parts, "key")}
        problems = string_problems(fields)
        if problems:
            return _failure(problems)
        if "objectData" not in parts:
            raise ApiError("objectData: required; send the content as the file part objectData.")
        with state.store.lock:
            context = Context(state.store, state.settings, state.simulation_clock())
            store_upload(context, fields["organizationId"], fields["key"], parts["objectData"].data)
    except MultipartError as exc:
        return _failure([str(exc)])
    except ApiError as exc:
        return _failure(exc.messages)
    response = JSONResponse({"success": True, "errors": []})
    if state.settings.check_responses:
        found = response_problems(state.spec, UPLOAD, response.status_code, bytes(response.body))
        if found:
            raise ResponseMismatch(f"answer to {UPLOAD} does not fit openapi.yaml: {found}")
    return response


def is_registered(app: Starlette) -> bool:
    """Whether `app` serves these routes (app.py registers them with `*surface_routes(state)`)."""
    return any(getattr(getattr(route, "endpoint", None), "__module__", None) == __name__ for route in app.router.routes)


def surface_routes(state: MockState) -> list[BaseRoute]:
    generic = api_endpoint(state)

    async def upload(request: Request) -> Response:
        if request.method != "POST":
            return _failure([f"/api/v2{UPLOAD} only accepts POST"], 405, {"allow": "POST"})
        if _declared_length(request) > MAX_BODY_BYTES:
            return _failure([TOO_LARGE], 413)
        refusal = _refused(state, request)
        if refusal is not None:
            return refusal
        raw = await _read_body(request)
        if raw is None:
            return _failure([TOO_LARGE], 413)
        return await run_in_threadpool(_upload, state, raw, request.headers.get("content-type", ""))

    async def objects(request: Request) -> Response:
        name = str(request.path_params["name"]).strip("/")
        token = REQUEST_ORIGIN.set(str(request.base_url).rstrip("/"))
        try:
            if f"/object/{name}" == UPLOAD:
                return await upload(request)
            request.scope["path_params"] = {"operation": f"object/{name}"}
            return await generic(request)
        finally:
            REQUEST_ORIGIN.reset(token)

    async def download(request: Request) -> Response:
        job_id = str(request.path_params["job_id"])
        with state.store.lock:
            job = state.store.surface.object_store.jobs.get(job_id)
            now = state.simulation_clock()
        if job is None or request.query_params.get("token") != job.token or now < job.ready_at:
            body = json.dumps({"error": "No download at this address (unknown, expired or not ready)."})
            return Response(body, 404, media_type="application/json")
        headers = {"content-disposition": f'attachment; filename="{job_id}.zip"'}
        return Response(job.archive, media_type="application/zip", headers=headers)

    return [
        Route("/api/v2/object/{name:path}", objects, methods=ALL_METHODS),
        Route(DOWNLOAD_PATH + "/{job_id}", download, methods=["GET"]),
    ]
