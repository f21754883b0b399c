"""Projects: Create, read, update and delete projects."""

from __future__ import annotations

import builtins
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource

from .._operations import (
    ACQUIRE_PROJECT_LOCK,
    CREATE_PROJECT,
    CREATE_PROJECT_COLLABORATOR,
    DELETE_PROJECT,
    DELETE_PROJECT_COLLABORATOR,
    READ_PROJECT,
    READ_PROJECT_COLLABORATORS,
    UPDATE_PROJECT,
    UPDATE_PROJECT_COLLABORATOR,
)
from ..models.collaborator import Collaborator
from ..models.create_collaborator_request import CreateCollaboratorRequest
from ..models.create_project_request import CreateProjectRequest
from ..models.delete_collaborator_request import DeleteCollaboratorRequest
from ..models.delete_project_request import DeleteProjectRequest
from ..models.lock_project_request import LockProjectRequest
from ..models.project import Project
from ..models.project_collaborators_response import ProjectCollaboratorsResponse
from ..models.project_language import ProjectLanguage
from ..models.project_list_response import ProjectListResponse
from ..models.project_parameter_update import ProjectParameterUpdate
from ..models.read_collaborators_request import ReadCollaboratorsRequest
from ..models.read_collaborators_response import ReadCollaboratorsResponse
from ..models.read_project_request import ReadProjectRequest
from ..models.update_collaborator_request import UpdateCollaboratorRequest
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

    @overload
    def create_collaborator(self, body: CreateCollaboratorRequest, /) -> builtins.list[Collaborator]: ...

    @overload
    def create_collaborator(
        self, *, project_id: int, collaborator_user_id: str, collaboration_live_control: bool, collaboration_write: bool
    ) -> builtins.list[Collaborator]: ...

    def create_collaborator(
        self, body: CreateCollaboratorRequest | None = None, **fields: Any
    ) -> builtins.list[Collaborator]:
        """Add a collaborator to a project

        Shares the project with the user whose public id is `collaboratorUserId`, with write access to the code or
        read access only, and with or without the right to deploy and stop live algorithms. Answers with every
        collaborator of the project, the owner included. Adding someone who already collaborates is refused.

        Takes the fields of `CreateCollaboratorRequest` as keywords, or a prebuilt one. `createProjectCollaborator`: POST /projects/collaboration/create.
        """
        request = body if body is not None else CreateCollaboratorRequest(**fields)
        return self._client._request(CREATE_PROJECT_COLLABORATOR, request.to_dict(), _create_project_collaborator)

    @overload
    def read_collaborators(self, body: ReadCollaboratorsRequest, /) -> ReadCollaboratorsResponse: ...

    @overload
    def read_collaborators(self, *, project_id: int) -> ReadCollaboratorsResponse: ...

    def read_collaborators(
        self, body: ReadCollaboratorsRequest | None = None, **fields: Any
    ) -> ReadCollaboratorsResponse:
        """List the collaborators of a project

        Returns every user who shares the project, its owner included, and the caller's own rights on it
        (`userPermissions`, `userLiveControl`). `readProject` lists the same collaborators.

        Takes the fields of `ReadCollaboratorsRequest` as keywords, or a prebuilt one. `readProjectCollaborators`: POST /projects/collaboration/read.
        """
        request = body if body is not None else ReadCollaboratorsRequest(**fields)
        return self._client._request(READ_PROJECT_COLLABORATORS, request.to_dict(), _read_project_collaborators)

    @overload
    def update_collaborator(self, body: UpdateCollaboratorRequest, /) -> builtins.list[Collaborator]: ...

    @overload
    def update_collaborator(
        self, *, project_id: int, collaborator_user_id: str, live_control: bool, write: bool
    ) -> builtins.list[Collaborator]: ...

    def update_collaborator(
        self, body: UpdateCollaboratorRequest | None = None, **fields: Any
    ) -> builtins.list[Collaborator]:
        """Change a collaborator's rights

        Sets whether the collaborator `collaboratorUserId` may edit the code (`write`) and deploy or stop live
        algorithms (`liveControl`). Answers with every collaborator of the project. The owner's rights cannot change.

        Takes the fields of `UpdateCollaboratorRequest` as keywords, or a prebuilt one. `updateProjectCollaborator`: POST /projects/collaboration/update.
        """
        request = body if body is not None else UpdateCollaboratorRequest(**fields)
        return self._client._request(UPDATE_PROJECT_COLLABORATOR, request.to_dict(), _update_project_collaborator)

    @overload
    def delete_collaborator(self, body: DeleteCollaboratorRequest, /) -> None: ...

    @overload
    def delete_collaborator(
        self, *, project_id: int, collaborator_id: str | Unset = UNSET, collaborator_user_id: str | Unset = UNSET
    ) -> None: ...

    def delete_collaborator(self, body: DeleteCollaboratorRequest | None = None, **fields: Any) -> None:
        """Remove a collaborator from a project

        Stops sharing the project with the collaborator, named by public id in `collaboratorId` (the field was
        called `collaboratorUserId` until 2025; either name is accepted, one of them is required). The answer lists
        the collaborators left; `readProjectCollaborators` gives the same list.

        Takes the fields of `DeleteCollaboratorRequest` as keywords, or a prebuilt one. `deleteProjectCollaborator`: POST /projects/collaboration/delete.
        """
        request = body if body is not None else DeleteCollaboratorRequest(**fields)
        return self._client._request(DELETE_PROJECT_COLLABORATOR, request.to_dict(), _delete_project_collaborator)

    @overload
    def acquire_lock(self, body: LockProjectRequest, /) -> None: ...

    @overload
    def acquire_lock(self, *, project_id: int, code_source_id: str) -> None: ...

    def acquire_lock(self, body: LockProjectRequest | None = None, **fields: Any) -> None:
        """Take the project's editing lock

        Makes the tool named by `codeSourceId` the one that may change the project's files: while it holds the
        lock, file changes sent with another `codeSourceId` (or none) are refused. Acquiring again renews it;
        acquiring from another tool moves the lock there. Take it before editing a project that has collaborators,
        as the MCP server does before an assistant edits files.

        Takes the fields of `LockProjectRequest` as keywords, or a prebuilt one. `acquireProjectLock`: POST /projects/collaboration/lock/acquire.
        """
        request = body if body is not None else LockProjectRequest(**fields)
        return self._client._request(ACQUIRE_PROJECT_LOCK, request.to_dict(), _acquire_project_lock)


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

    @overload
    async def create_collaborator(self, body: CreateCollaboratorRequest, /) -> builtins.list[Collaborator]: ...

    @overload
    async def create_collaborator(
        self, *, project_id: int, collaborator_user_id: str, collaboration_live_control: bool, collaboration_write: bool
    ) -> builtins.list[Collaborator]: ...

    async def create_collaborator(
        self, body: CreateCollaboratorRequest | None = None, **fields: Any
    ) -> builtins.list[Collaborator]:
        """Add a collaborator to a project

        Shares the project with the user whose public id is `collaboratorUserId`, with write access to the code or
        read access only, and with or without the right to deploy and stop live algorithms. Answers with every
        collaborator of the project, the owner included. Adding someone who already collaborates is refused.

        Takes the fields of `CreateCollaboratorRequest` as keywords, or a prebuilt one. `createProjectCollaborator`: POST /projects/collaboration/create.
        """
        request = body if body is not None else CreateCollaboratorRequest(**fields)
        return await self._client._request(CREATE_PROJECT_COLLABORATOR, request.to_dict(), _create_project_collaborator)

    @overload
    async def read_collaborators(self, body: ReadCollaboratorsRequest, /) -> ReadCollaboratorsResponse: ...

    @overload
    async def read_collaborators(self, *, project_id: int) -> ReadCollaboratorsResponse: ...

    async def read_collaborators(
        self, body: ReadCollaboratorsRequest | None = None, **fields: Any
    ) -> ReadCollaboratorsResponse:
        """List the collaborators of a project

        Returns every user who shares the project, its owner included, and the caller's own rights on it
        (`userPermissions`, `userLiveControl`). `readProject` lists the same collaborators.

        Takes the fields of `ReadCollaboratorsRequest` as keywords, or a prebuilt one. `readProjectCollaborators`: POST /projects/collaboration/read.
        """
        request = body if body is not None else ReadCollaboratorsRequest(**fields)
        return await self._client._request(READ_PROJECT_COLLABORATORS, request.to_dict(), _read_project_collaborators)

    @overload
    async def update_collaborator(self, body: UpdateCollaboratorRequest, /) -> builtins.list[Collaborator]: ...

    @overload
    async def update_collaborator(
        self, *, project_id: int, collaborator_user_id: str, live_control: bool, write: bool
    ) -> builtins.list[Collaborator]: ...

    async def update_collaborator(
        self, body: UpdateCollaboratorRequest | None = None, **fields: Any
    ) -> builtins.list[Collaborator]:
        """Change a collaborator's rights

        Sets whether the collaborator `collaboratorUserId` may edit the code (`write`) and deploy or stop live
        algorithms (`liveControl`). Answers with every collaborator of the project. The owner's rights cannot change.

        Takes the fields of `UpdateCollaboratorRequest` as keywords, or a prebuilt one. `updateProjectCollaborator`: POST /projects/collaboration/update.
        """
        request = body if body is not None else UpdateCollaboratorRequest(**fields)
        return await self._client._request(UPDATE_PROJECT_COLLABORATOR, request.to_dict(), _update_project_collaborator)

    @overload
    async def delete_collaborator(self, body: DeleteCollaboratorRequest, /) -> None: ...

    @overload
    async def delete_collaborator(
        self, *, project_id: int, collaborator_id: str | Unset = UNSET, collaborator_user_id: str | Unset = UNSET
    ) -> None: ...

    async def delete_collaborator(self, body: DeleteCollaboratorRequest | None = None, **fields: Any) -> None:
        """Remove a collaborator from a project

        Stops sharing the project with the collaborator, named by public id in `collaboratorId` (the field was
        called `collaboratorUserId` until 2025; either name is accepted, one of them is required). The answer lists
        the collaborators left; `readProjectCollaborators` gives the same list.

        Takes the fields of `DeleteCollaboratorRequest` as keywords, or a prebuilt one. `deleteProjectCollaborator`: POST /projects/collaboration/delete.
        """
        request = body if body is not None else DeleteCollaboratorRequest(**fields)
        return await self._client._request(DELETE_PROJECT_COLLABORATOR, request.to_dict(), _delete_project_collaborator)

    @overload
    async def acquire_lock(self, body: LockProjectRequest, /) -> None: ...

    @overload
    async def acquire_lock(self, *, project_id: int, code_source_id: str) -> None: ...

    async def acquire_lock(self, body: LockProjectRequest | None = None, **fields: Any) -> None:
        """Take the project's editing lock

        Makes the tool named by `codeSourceId` the one that may change the project's files: while it holds the
        lock, file changes sent with another `codeSourceId` (or none) are refused. Acquiring again renews it;
        acquiring from another tool moves the lock there. Take it before editing a project that has collaborators,
        as the MCP server does before an assistant edits files.

        Takes the fields of `LockProjectRequest` as keywords, or a prebuilt one. `acquireProjectLock`: POST /projects/collaboration/lock/acquire.
        """
        request = body if body is not None else LockProjectRequest(**fields)
        return await self._client._request(ACQUIRE_PROJECT_LOCK, request.to_dict(), _acquire_project_lock)


def _create_project(body: dict[str, Any]) -> Project:
    return ProjectListResponse.from_dict(body).projects[0]


def _read_project(body: dict[str, Any]) -> builtins.list[Project]:
    return ProjectListResponse.from_dict(body).projects


def _update_project(body: dict[str, Any]) -> None:
    return None


def _delete_project(body: dict[str, Any]) -> None:
    return None


def _create_project_collaborator(body: dict[str, Any]) -> builtins.list[Collaborator]:
    return ProjectCollaboratorsResponse.from_dict(body).collaborators


def _read_project_collaborators(body: dict[str, Any]) -> ReadCollaboratorsResponse:
    return ReadCollaboratorsResponse.from_dict(body)


def _update_project_collaborator(body: dict[str, Any]) -> builtins.list[Collaborator]:
    return ProjectCollaboratorsResponse.from_dict(body).collaborators


def _delete_project_collaborator(body: dict[str, Any]) -> None:
    return None


def _acquire_project_lock(body: dict[str, Any]) -> None:
    return None
