"""`/files/*`: create, read, rename or rewrite, delete and patch the files of a project."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError, look_up
from ..patching import apply_patch
from ..store import Project, ProjectFile
from ..wire import qc_datetime
from .base import Body, Context, Handler, Result
from .collaboration import check_file_lock

__all__ = ["HANDLERS"]


def file_view(project: Project, file: ProjectFile) -> dict[str, Any]:
    return {
        "id": file.file_id,
        "projectId": project.project_id,
        "name": file.name,
        "content": file.content,
        "modified": qc_datetime(file.modified),
        "open": False,
        "isLibrary": False,
    }


def _checked_name(name: str) -> str:
    parts = name.split("/")
    if name.startswith("/") or any(part in ("", ".", "..") for part in parts):
        raise ApiError(f"name: {name!r} is not a valid file path (use folders/like/this.py, no '..').")
    return name


def _file(project: Project, name: str) -> ProjectFile:
    return look_up(project.files, name, f"File not found: no file {name!r} in project {project.project_id}.")


def create(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    check_file_lock(ctx, project, body)
    name = _checked_name(body["name"])
    if name in project.files:
        raise ApiError(f"File already exists: {name!r} in project {project.project_id}.")
    file = ProjectFile(ctx.store.ids.file(), name, body.get("content", ""), ctx.now)
    project.files[name] = file
    project.modified = ctx.now
    return {"files": [file_view(project, file)]}


def read(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    files = [_file(project, body["name"])] if "name" in body else list(project.files.values())
    return {"files": [file_view(project, f) for f in files]}


def update(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    check_file_lock(ctx, project, body)
    file = _file(project, body["name"])
    if "newName" in body:
        new_name = _checked_name(body["newName"])
        if new_name != file.name and new_name in project.files:
            raise ApiError(f"File already exists: {new_name!r} in project {project.project_id}.")
        del project.files[file.name]
        file.name = new_name
        project.files[new_name] = file
    else:
        file.content = body["content"]
    file.modified = project.modified = ctx.now
    return {"files": [file_view(project, file)]}


def delete(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    check_file_lock(ctx, project, body)
    del project.files[_file(project, body["name"]).name]
    project.modified = ctx.now
    return {}


def patch(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    check_file_lock(ctx, project, body)
    changes = apply_patch({name: f.content for name, f in project.files.items()}, body["patch"])
    for name in changes:  # all or nothing: check every new path before changing anything
        _checked_name(name)
    for name, content in changes.items():
        if content is None:
            project.files.pop(name, None)
        elif name in project.files:
            project.files[name].content = content
            project.files[name].modified = ctx.now
        else:
            project.files[name] = ProjectFile(ctx.store.ids.file(), name, content, ctx.now)
    project.modified = ctx.now
    return {}


HANDLERS: dict[str, Handler] = {
    "/files/create": create,
    "/files/read": read,
    "/files/update": update,
    "/files/delete": delete,
    "/files/patch": patch,
}
