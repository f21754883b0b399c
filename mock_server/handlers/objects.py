"""`/object/*`: the organization's Object Store (state in mock_server.object_store).

`/object/set` takes `multipart/form-data`, which the generic `/api/v2/<operation>` endpoint does not decode: the
upload is served by mock_server.surface_routes, which calls `store_upload`. The download addresses `/object/get`
answers are absolute, so that route also records the address the request came to (`REQUEST_ORIGIN`).
"""

from __future__ import annotations

import math
from contextvars import ContextVar
from typing import Any

from ..errors import ApiError
from ..object_store import (
    DOWNLOAD_PATH,
    PAGE_SIZE,
    checked_key,
    human_size,
    md5_hex,
    mime_type,
    preview,
)
from ..wire import qc_datetime
from .base import Body, Context, Handler, Result

__all__ = ["HANDLERS", "REQUEST_ORIGIN", "store_upload"]

# `scheme://host[:port]` the current request reached (set by mock_server.surface_routes); None: not known.
REQUEST_ORIGIN: ContextVar[str | None] = ContextVar("object_store_request_origin", default=None)
MULTIPART_ONLY = (
    "/object/set takes multipart/form-data: the fields organizationId and key and the file part objectData "
    "(this mock serves it only where mock_server.surface_routes is registered)."
)


def _organization(ctx: Context, organization_id: Any) -> str:
    if organization_id != ctx.store.organization_id:
        raise ApiError(f"Organization not found: {organization_id!r} is not an organization of this user.")
    return str(organization_id)


def store_upload(ctx: Context, organization_id: Any, key: str, data: bytes) -> Result:
    """Stores an uploaded file (the multipart route's handler)."""
    organization = _organization(ctx, organization_id)
    ctx.store.surface.object_store.put(organization, key, data, ctx.now)
    return {}


def set_object(ctx: Context, body: Body) -> Result:
    raise ApiError(MULTIPART_ONLY)  # reached only when the multipart route is not registered


def download_url(job_id: str, token: str) -> str:
    origin = REQUEST_ORIGIN.get() or ""  # without it, an address relative to the server
    return f"{origin}{DOWNLOAD_PATH}/{job_id}?token={token}"


def get_object(ctx: Context, body: Body) -> Result:
    organization = _organization(ctx, body["organizationId"])
    store = ctx.store.surface.object_store
    if "keys" in body:
        job = store.start_job(organization, list(body["keys"]), ctx.store.ids.hex(), ctx.store.ids.hex(), ctx.now)
    else:
        job = store.job(organization, body["jobId"])
    ready = ctx.now >= job.ready_at
    return {"jobId": job.job_id, "url": download_url(job.job_id, job.token) if ready else None}


def read_properties(ctx: Context, body: Body) -> Result:
    organization = _organization(ctx, body["organizationId"])
    key = checked_key(body["key"])
    stored = ctx.store.surface.object_store.get(organization, key)
    return {
        "metadata": {
            "key": key,
            "created": qc_datetime(stored.created),
            "modified": qc_datetime(stored.modified),
            "size": len(stored.data),
            "md5": md5_hex(stored.data),
            "mime": mime_type(key, stored.data),
            "preview": preview(stored.data),
        }
    }


def delete_object(ctx: Context, body: Body) -> Result:
    ctx.store.surface.object_store.delete(_organization(ctx, body["organizationId"]), body["key"])
    return {}


def list_objects(ctx: Context, body: Body) -> Result:
    organization = _organization(ctx, body["organizationId"])
    store = ctx.store.surface.object_store
    path = str(body.get("path", "/"))
    entries = store.listing(organization, path)
    pages = max(1, math.ceil(len(entries) / PAGE_SIZE))
    page = int(body.get("page", 1))
    shown = entries[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]  # past the last page: no entries
    used = store.used(organization)
    return {
        "path": path,
        "page": page,
        "totalPages": pages,
        "objectStorageUsed": used,
        "objectStorageUsedHuman": human_size(used),
        "objects": [
            {
                "key": entry.key,
                "name": entry.name,
                "modified": None if entry.modified is None else qc_datetime(entry.modified),
                "mime": entry.mime,
                "folder": entry.folder,
                "size": entry.size,
            }
            for entry in shown
        ],
    }


HANDLERS: dict[str, Handler] = {
    "/object/set": set_object,
    "/object/get": get_object,
    "/object/properties": read_properties,
    "/object/delete": delete_object,
    "/object/list": list_objects,
}
