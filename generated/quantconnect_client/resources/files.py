"""Files: Manage the source files of a project."""

from __future__ import annotations

import builtins
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource, build_body

from .._operations import CREATE_FILE, DELETE_FILE, PATCH_FILE, READ_FILE, UPDATE_FILE
from ..models.create_project_file_request import CreateProjectFileRequest
from ..models.delete_file_request import DeleteFileRequest
from ..models.patch_file_request import PatchFileRequest
from ..models.project_file import ProjectFile
from ..models.project_files_response import ProjectFilesResponse
from ..models.read_files_request import ReadFilesRequest
from ..models.update_file_contents_request import UpdateFileContentsRequest
from ..models.update_file_name_request import UpdateFileNameRequest
from ..types import UNSET, Unset

__all__ = ["AsyncFiles", "Files"]


class Files(SyncResource):
    """Manage the source files of a project."""

    @overload
    def create(self, body: CreateProjectFileRequest, /) -> ProjectFile: ...

    @overload
    def create(
        self, *, project_id: int, name: str, content: str | Unset = UNSET, code_source_id: str | Unset = UNSET
    ) -> ProjectFile: ...

    def create(self, body: CreateProjectFileRequest | None = None, **fields: Any) -> ProjectFile:
        """Add a file to a project

        Creates a file (a path such as `utils/signals.py` makes the folders too) with the content given,
        or empty. Fails when a file of that name exists already. The answer may carry the new file in `files`.

        Takes the fields of `CreateProjectFileRequest` as keywords, or a prebuilt one. `createFile`: POST /files/create.
        """
        request = body if body is not None else CreateProjectFileRequest(**fields)
        return self._client._request(CREATE_FILE, request.to_dict(), _create_file)

    @overload
    def read(self, body: ReadFilesRequest, /) -> builtins.list[ProjectFile]: ...

    @overload
    def read(
        self, *, project_id: int, name: str | Unset = UNSET, code_source_id: str | Unset = UNSET
    ) -> builtins.list[ProjectFile]: ...

    def read(self, body: ReadFilesRequest | None = None, **fields: Any) -> builtins.list[ProjectFile]:
        """Read one file or all files of a project

        With `name`, answers with that file alone; without it, with every file of the project, the files
        of its linked libraries included (marked `isLibrary`).

        Takes the fields of `ReadFilesRequest` as keywords, or a prebuilt one. `readFile`: POST /files/read.
        """
        request = body if body is not None else ReadFilesRequest(**fields)
        return self._client._request(READ_FILE, request.to_dict(), _read_file)

    @overload
    def update(self, body: UpdateFileNameRequest | UpdateFileContentsRequest, /) -> None: ...

    @overload
    def update(self, *, project_id: int, name: str, new_name: str, code_source_id: str | Unset = UNSET) -> None: ...

    @overload
    def update(self, *, project_id: int, name: str, content: str, code_source_id: str | Unset = UNSET) -> None: ...

    def update(self, body: UpdateFileNameRequest | UpdateFileContentsRequest | None = None, **fields: Any) -> None:
        """Rename a file or replace its content

        Does one of two things, chosen by the body's shape: with `newName` it renames (or moves) the file;
        with `content` it replaces the whole content of the file. Sending both is refused.

        Takes the fields of `UpdateFileNameRequest | UpdateFileContentsRequest` as keywords, or a prebuilt one. `updateFile`: POST /files/update.
        """
        request: UpdateFileNameRequest | UpdateFileContentsRequest = (
            body if body is not None else build_body((UpdateFileNameRequest, UpdateFileContentsRequest), fields)
        )
        return self._client._request(UPDATE_FILE, request.to_dict(), _update_file)

    @overload
    def delete(self, body: DeleteFileRequest, /) -> None: ...

    @overload
    def delete(self, *, project_id: int, name: str, code_source_id: str | Unset = UNSET) -> None: ...

    def delete(self, body: DeleteFileRequest | None = None, **fields: Any) -> None:
        """Delete a file

        Removes the file from the project. Reading it afterwards fails.

        Takes the fields of `DeleteFileRequest` as keywords, or a prebuilt one. `deleteFile`: POST /files/delete.
        """
        request = body if body is not None else DeleteFileRequest(**fields)
        return self._client._request(DELETE_FILE, request.to_dict(), _delete_file)

    @overload
    def patch(self, body: PatchFileRequest, /) -> None: ...

    @overload
    def patch(self, *, project_id: int, patch: str, code_source_id: str | Unset = UNSET) -> None: ...

    def patch(self, body: PatchFileRequest | None = None, **fields: Any) -> None:
        """Apply a unified diff to project files

        Applies a patch in `git diff` form to the files it names. Each hunk's context must match the
        current content exactly, whitespace included, or the patch is refused and nothing changes; read the
        file first and diff against that.

        Takes the fields of `PatchFileRequest` as keywords, or a prebuilt one. `patchFile`: POST /files/patch.
        """
        request = body if body is not None else PatchFileRequest(**fields)
        return self._client._request(PATCH_FILE, request.to_dict(), _patch_file)


class AsyncFiles(AsyncResource):
    """Manage the source files of a project."""

    @overload
    async def create(self, body: CreateProjectFileRequest, /) -> ProjectFile: ...

    @overload
    async def create(
        self, *, project_id: int, name: str, content: str | Unset = UNSET, code_source_id: str | Unset = UNSET
    ) -> ProjectFile: ...

    async def create(self, body: CreateProjectFileRequest | None = None, **fields: Any) -> ProjectFile:
        """Add a file to a project

        Creates a file (a path such as `utils/signals.py` makes the folders too) with the content given,
        or empty. Fails when a file of that name exists already. The answer may carry the new file in `files`.

        Takes the fields of `CreateProjectFileRequest` as keywords, or a prebuilt one. `createFile`: POST /files/create.
        """
        request = body if body is not None else CreateProjectFileRequest(**fields)
        return await self._client._request(CREATE_FILE, request.to_dict(), _create_file)

    @overload
    async def read(self, body: ReadFilesRequest, /) -> builtins.list[ProjectFile]: ...

    @overload
    async def read(
        self, *, project_id: int, name: str | Unset = UNSET, code_source_id: str | Unset = UNSET
    ) -> builtins.list[ProjectFile]: ...

    async def read(self, body: ReadFilesRequest | None = None, **fields: Any) -> builtins.list[ProjectFile]:
        """Read one file or all files of a project

        With `name`, answers with that file alone; without it, with every file of the project, the files
        of its linked libraries included (marked `isLibrary`).

        Takes the fields of `ReadFilesRequest` as keywords, or a prebuilt one. `readFile`: POST /files/read.
        """
        request = body if body is not None else ReadFilesRequest(**fields)
        return await self._client._request(READ_FILE, request.to_dict(), _read_file)

    @overload
    async def update(self, body: UpdateFileNameRequest | UpdateFileContentsRequest, /) -> None: ...

    @overload
    async def update(
        self, *, project_id: int, name: str, new_name: str, code_source_id: str | Unset = UNSET
    ) -> None: ...

    @overload
    async def update(
        self, *, project_id: int, name: str, content: str, code_source_id: str | Unset = UNSET
    ) -> None: ...

    async def update(
        self, body: UpdateFileNameRequest | UpdateFileContentsRequest | None = None, **fields: Any
    ) -> None:
        """Rename a file or replace its content

        Does one of two things, chosen by the body's shape: with `newName` it renames (or moves) the file;
        with `content` it replaces the whole content of the file. Sending both is refused.

        Takes the fields of `UpdateFileNameRequest | UpdateFileContentsRequest` as keywords, or a prebuilt one. `updateFile`: POST /files/update.
        """
        request: UpdateFileNameRequest | UpdateFileContentsRequest = (
            body if body is not None else build_body((UpdateFileNameRequest, UpdateFileContentsRequest), fields)
        )
        return await self._client._request(UPDATE_FILE, request.to_dict(), _update_file)

    @overload
    async def delete(self, body: DeleteFileRequest, /) -> None: ...

    @overload
    async def delete(self, *, project_id: int, name: str, code_source_id: str | Unset = UNSET) -> None: ...

    async def delete(self, body: DeleteFileRequest | None = None, **fields: Any) -> None:
        """Delete a file

        Removes the file from the project. Reading it afterwards fails.

        Takes the fields of `DeleteFileRequest` as keywords, or a prebuilt one. `deleteFile`: POST /files/delete.
        """
        request = body if body is not None else DeleteFileRequest(**fields)
        return await self._client._request(DELETE_FILE, request.to_dict(), _delete_file)

    @overload
    async def patch(self, body: PatchFileRequest, /) -> None: ...

    @overload
    async def patch(self, *, project_id: int, patch: str, code_source_id: str | Unset = UNSET) -> None: ...

    async def patch(self, body: PatchFileRequest | None = None, **fields: Any) -> None:
        """Apply a unified diff to project files

        Applies a patch in `git diff` form to the files it names. Each hunk's context must match the
        current content exactly, whitespace included, or the patch is refused and nothing changes; read the
        file first and diff against that.

        Takes the fields of `PatchFileRequest` as keywords, or a prebuilt one. `patchFile`: POST /files/patch.
        """
        request = body if body is not None else PatchFileRequest(**fields)
        return await self._client._request(PATCH_FILE, request.to_dict(), _patch_file)


def _create_file(body: dict[str, Any]) -> ProjectFile:
    return ProjectFilesResponse.from_dict(body).files[0]


def _read_file(body: dict[str, Any]) -> builtins.list[ProjectFile]:
    return ProjectFilesResponse.from_dict(body).files


def _update_file(body: dict[str, Any]) -> None:
    return None


def _delete_file(body: dict[str, Any]) -> None:
    return None


def _patch_file(body: dict[str, Any]) -> None:
    return None
