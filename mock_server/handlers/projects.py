"""`/projects/*`: create, read (one or all), update and delete projects."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..store import Project, ProjectFile, Store
from ..templates import default_files
from ..timeline import backtest_phase
from ..wire import parameter_text, qc_datetime
from .base import Body, Context, Handler, Result
from .collaboration import collaborators_of

__all__ = ["HANDLERS", "new_project"]

LEAN_VERSION = {
    "id": 16712,
    "created": "2024-11-20 14:00:00",
    "description": "Mock LEAN release.",
    "leanHash": "8a1f3c9d2b7e4f6a0c5d1e2f3a4b5c6d7e8f9a0b",
    "leanCloudHash": "0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a",
    "name": "master",
    "ref": "refs/heads/master",
    "public": True,
}


def new_project(store: Store, name: str, language: str, now: float, files: dict[str, str] | None = None) -> Project:
    """Adds a project with its starting files."""
    if any(p.name == name for p in store.projects.values()):
        raise ApiError(f"Project name already exists: {name!r}.")
    project = Project(store.ids.project(), name, language, store.organization_id, created=now, modified=now)
    for file_name, content in (default_files(language) if files is None else files).items():
        project.files[file_name] = ProjectFile(store.ids.file(), file_name, content, now)
    store.projects[project.project_id] = project
    return project


def project_view(ctx: Context, project: Project) -> dict[str, Any]:
    owner_id = int(ctx.settings.user_id) if ctx.settings.user_id.isdigit() else 0
    running = any(
        not backtest_phase(b, ctx.now).finished
        for b in ctx.store.backtests.values()
        if b.project_id == project.project_id
    )
    return {
        "projectId": project.project_id,
        "organizationId": project.organization_id,
        "name": project.name,
        "modified": qc_datetime(project.modified),
        "created": qc_datetime(project.created),
        "ownerId": owner_id,
        "language": project.language,
        "collaborators": collaborators_of(ctx, project),
        "leanVersionId": LEAN_VERSION["id"],
        "leanPinnedToMaster": True,
        "owner": True,
        "description": project.description,
        "channelId": None,
        "parameters": [{"key": k, "value": v} for k, v in project.parameters.items()],
        "libraries": [],
        "grid": None,
        "liveGrid": None,
        "paperEquity": None,
        "lastLiveDeployment": None,
        "liveForm": None,
        "encrypted": False,
        "codeRunning": running,
        "leanEnvironment": 1,
        "encryptionKey": None,
    }


def create(ctx: Context, body: Body) -> Result:
    organization = body.get("organizationId")
    if organization is not None and organization != ctx.store.organization_id:
        raise ApiError(f"Organization not found: {organization!r}.")
    project = new_project(ctx.store, body["name"], body["language"], ctx.now)
    return {"projects": [project_view(ctx, project)], "versions": []}


def read(ctx: Context, body: Body) -> Result:
    if "projectId" in body:
        projects = [ctx.store.project(body["projectId"])]
    else:
        everything = sorted(ctx.store.projects.values(), key=lambda p: p.project_id)
        projects = everything[body.get("start", 0) : body.get("end", len(everything))]
    return {"projects": [project_view(ctx, p) for p in projects], "versions": [dict(LEAN_VERSION)]}


def update(ctx: Context, body: Body) -> Result:
    project = ctx.store.project(body["projectId"])
    parameters = _parameters(body["parameters"]) if "parameters" in body else None  # checked before any change
    if "name" in body and body["name"] != project.name:
        if any(p.name == body["name"] for p in ctx.store.projects.values()):
            raise ApiError(f"Project name already exists: {body['name']!r}.")
        project.name = body["name"]
    if "description" in body:
        project.description = body["description"]
    if parameters is not None:
        project.parameters = parameters
    project.modified = ctx.now
    return {}


def _parameters(sent: list[dict[str, Any]] | str) -> dict[str, str]:
    """The project's new parameters from `[{key, value}, ...]`; `[]` or `""` (how lean-cli clears them) empty them."""
    parameters: dict[str, str] = {}
    for index, parameter in enumerate(sent if isinstance(sent, list) else []):
        key = str(parameter["key"])
        if key in parameters:
            raise ApiError(f"parameters[{index}].key: {key!r} is given twice; parameter names must be unique.")
        parameters[key] = parameter_text(parameter["value"])
    return parameters


def delete(ctx: Context, body: Body) -> Result:
    ctx.store.delete_project(body["projectId"])
    return {}


HANDLERS: dict[str, Handler] = {
    "/projects/create": create,
    "/projects/read": read,
    "/projects/update": update,
    "/projects/delete": delete,
}
