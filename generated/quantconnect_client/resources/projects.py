"""Projects: Create, read, update and delete projects."""

from __future__ import annotations

import builtins
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource

from .._operations import CREATE_PROJECT, DELETE_PROJECT, READ_PROJECT, UPDATE_PROJECT
from ..models.create_project_request import CreateProjectRequest
from ..models.delete_project_request import DeleteProjectRequest
from ..models.project import Project
from ..models.project_language import ProjectLanguage
from ..models.project_list_response import ProjectListResponse
from ..models.project_parameter_update import ProjectParameterUpdate
from ..models.read_project_request import ReadProjectRequest
from ..models.update_project_request import UpdateProjectRequest
from ..types import UNSET, Unset

__all__ = ["AsyncProjects", "Projects"]


class Projects(SyncResource):
    """Create, read, update and delete projects."""

    @overload
    def create(self, body: CreateProjectRequest, /) -> Project: ...

    @overload
    def create(self, *, name: str, language: ProjectLanguage, organization_id: str | Unset = UNSET) -> Project: ...

    def create(self, body: CreateProjectRequest | None = None, **fields: Any) -> Project:
        """Create a project

        Makes a new, empty project in the given organization (the user's preferred one when none is named)
        and answers with it as the single element of `projects`.

        Takes the fields of `CreateProjectRequest` as keywords, or a prebuilt one. `createProject`: POST /projects/create.
        """
        request = body if body is not None else CreateProjectRequest(**fields)
        return self._client._request(CREATE_PROJECT, request.to_dict(), _create_project)

    @overload
    def read(self, body: ReadProjectRequest, /) -> builtins.list[Project]: ...

    @overload
    def read(
        self, *, project_id: int | Unset = UNSET, start: int | Unset = 0, end: int | Unset = UNSET
    ) -> builtins.list[Project]: ...

    def read(self, body: ReadProjectRequest | None = None, **fields: Any) -> builtins.list[Project]:
        """Read one project or list them all

        With `projectId`, answers with that project alone; without it, with every project the user can
        open, optionally a slice of them chosen by `start` and `end`. The answer also lists the LEAN
        versions a project can be pinned to.

        Takes the fields of `ReadProjectRequest` as keywords, or a prebuilt one. `readProject`: POST /projects/read.
        """
        request = body if body is not None else ReadProjectRequest(**fields)
        return self._client._request(READ_PROJECT, request.to_dict(), _read_project)

    @overload
    def update(self, body: UpdateProjectRequest, /) -> None: ...

    @overload
    def update(
        self,
        *,
        project_id: int,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        parameters: builtins.list[ProjectParameterUpdate] | str | Unset = UNSET,
    ) -> None: ...

    def update(self, body: UpdateProjectRequest | None = None, **fields: Any) -> None:
        """Rename a project or change its description

        Sets a new name, a new description, or both. Fields left out keep their value.

        Takes the fields of `UpdateProjectRequest` as keywords, or a prebuilt one. `updateProject`: POST /projects/update.
        """
        request = body if body is not None else UpdateProjectRequest(**fields)
        return self._client._request(UPDATE_PROJECT, request.to_dict(), _update_project)

    @overload
    def delete(self, body: DeleteProjectRequest, /) -> None: ...

    @overload
    def delete(self, *, project_id: int) -> None: ...

    def delete(self, body: DeleteProjectRequest | None = None, **fields: Any) -> None:
        """Delete a project

        Removes the project with its files, backtests and optimizations. Reading it afterwards fails.

        Takes the fields of `DeleteProjectRequest` as keywords, or a prebuilt one. `deleteProject`: POST /projects/delete.
        """
        request = body if body is not None else DeleteProjectRequest(**fields)
        return self._client._request(DELETE_PROJECT, request.to_dict(), _delete_project)


class AsyncProjects(AsyncResource):
    """Create, read, update and delete projects."""

    @overload
    async def create(self, body: CreateProjectRequest, /) -> Project: ...

    @overload
    async def create(
        self, *, name: str, language: ProjectLanguage, organization_id: str | Unset = UNSET
    ) -> Project: ...

    async def create(self, body: CreateProjectRequest | None = None, **fields: Any) -> Project:
        """Create a project

        Makes a new, empty project in the given organization (the user's preferred one when none is named)
        and answers with it as the single element of `projects`.

        Takes the fields of `CreateProjectRequest` as keywords, or a prebuilt one. `createProject`: POST /projects/create.
        """
        request = body if body is not None else CreateProjectRequest(**fields)
        return await self._client._request(CREATE_PROJECT, request.to_dict(), _create_project)

    @overload
    async def read(self, body: ReadProjectRequest, /) -> builtins.list[Project]: ...

    @overload
    async def read(
        self, *, project_id: int | Unset = UNSET, start: int | Unset = 0, end: int | Unset = UNSET
    ) -> builtins.list[Project]: ...

    async def read(self, body: ReadProjectRequest | None = None, **fields: Any) -> builtins.list[Project]:
        """Read one project or list them all

        With `projectId`, answers with that project alone; without it, with every project the user can
        open, optionally a slice of them chosen by `start` and `end`. The answer also lists the LEAN
        versions a project can be pinned to.

        Takes the fields of `ReadProjectRequest` as keywords, or a prebuilt one. `readProject`: POST /projects/read.
        """
        request = body if body is not None else ReadProjectRequest(**fields)
        return await self._client._request(READ_PROJECT, request.to_dict(), _read_project)

    @overload
    async def update(self, body: UpdateProjectRequest, /) -> None: ...

    @overload
    async def update(
        self,
        *,
        project_id: int,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        parameters: builtins.list[ProjectParameterUpdate] | str | Unset = UNSET,
    ) -> None: ...

    async def update(self, body: UpdateProjectRequest | None = None, **fields: Any) -> None:
        """Rename a project or change its description

        Sets a new name, a new description, or both. Fields left out keep their value.

        Takes the fields of `UpdateProjectRequest` as keywords, or a prebuilt one. `updateProject`: POST /projects/update.
        """
        request = body if body is not None else UpdateProjectRequest(**fields)
        return await self._client._request(UPDATE_PROJECT, request.to_dict(), _update_project)

    @overload
    async def delete(self, body: DeleteProjectRequest, /) -> None: ...

    @overload
    async def delete(self, *, project_id: int) -> None: ...

    async def delete(self, body: DeleteProjectRequest | None = None, **fields: Any) -> None:
        """Delete a project

        Removes the project with its files, backtests and optimizations. Reading it afterwards fails.

        Takes the fields of `DeleteProjectRequest` as keywords, or a prebuilt one. `deleteProject`: POST /projects/delete.
        """
        request = body if body is not None else DeleteProjectRequest(**fields)
        return await self._client._request(DELETE_PROJECT, request.to_dict(), _delete_project)


def _create_project(body: dict[str, Any]) -> Project:
    return ProjectListResponse.from_dict(body).projects[0]


def _read_project(body: dict[str, Any]) -> builtins.list[Project]:
    return ProjectListResponse.from_dict(body).projects


def _update_project(body: dict[str, Any]) -> None:
    return None


def _delete_project(body: dict[str, Any]) -> None:
    return None
