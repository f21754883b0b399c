"""Objects: Store, read, list and delete the files of an organization's Object Store."""

from __future__ import annotations

import builtins
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource, build_body
from auth_plugin.paging import AsyncPagePager, SyncPagePager

from .._operations import DELETE_OBJECT, GET_OBJECT, LIST_OBJECTS, READ_OBJECT_PROPERTIES, SET_OBJECT
from ..models.delete_object_store_request import DeleteObjectStoreRequest
from ..models.get_object_store_job_id_request import GetObjectStoreJobIdRequest
from ..models.get_object_store_properties_request import GetObjectStorePropertiesRequest
from ..models.get_object_store_properties_response import GetObjectStorePropertiesResponse
from ..models.get_object_store_response import GetObjectStoreResponse
from ..models.get_object_store_url_request import GetObjectStoreURLRequest
from ..models.list_object_store_request import ListObjectStoreRequest
from ..models.list_object_store_response import ListObjectStoreResponse
from ..models.object_store_binary_file import ObjectStoreBinaryFile
from ..models.object_store_properties import ObjectStoreProperties
from ..models.object_store_summary import ObjectStoreSummary
from ..types import File, Unset

__all__ = ["AsyncObjects", "Objects"]


class Objects(SyncResource):
    """Store, read, list and delete the files of an organization's Object Store."""

    @overload
    def set(self, body: ObjectStoreBinaryFile, /) -> None: ...

    @overload
    def set(self, *, organization_id: str, key: str, object_data: File) -> None: ...

    def set(self, body: ObjectStoreBinaryFile | None = None, **fields: Any) -> None:
        """Upload a file to the Object Store

        Stores `objectData` under `key` in the organization's Object Store, replacing what the key held. The body is
        `multipart/form-data`: the fields `organizationId` and `key`, and the file part `objectData` (as lean-cli and
        the MCP server send it). A key is a path: `models/momentum.json` is the file `momentum.json` in the folder
        `models`, and the folder exists as long as something is stored in it.

        Takes the fields of `ObjectStoreBinaryFile` as keywords, or a prebuilt one. `setObject`: POST /object/set.
        """
        request = body if body is not None else ObjectStoreBinaryFile(**fields)
        return self._client._request(SET_OBJECT, None, _set_object, request.to_multipart())

    @overload
    def get(self, body: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest, /) -> GetObjectStoreResponse: ...

    @overload
    def get(self, *, organization_id: str, keys: builtins.list[str]) -> GetObjectStoreResponse: ...

    @overload
    def get(self, *, organization_id: str, job_id: str) -> GetObjectStoreResponse: ...

    def get(
        self, body: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest | None = None, **fields: Any
    ) -> GetObjectStoreResponse:
        """Prepare a download of Object Store files

        Works in two steps. Sent `keys`, it starts a job that packs those objects (the key of a folder packs
        everything in it) and answers with the job's `jobId`; `url` is null until the archive is ready (now and
        then it is ready at once). Sent that `jobId` instead, it answers with the `url` once the job is done: a
        pre-signed address of a ZIP archive holding each object under its key, downloadable without signing.
        QuantConnect's CLI asks again every 3 seconds, for up to 5 minutes.

        Takes the fields of `GetObjectStoreJobIdRequest | GetObjectStoreURLRequest` as keywords, or a prebuilt one. `getObject`: POST /object/get.
        """
        request: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest = (
            body if body is not None else build_body((GetObjectStoreJobIdRequest, GetObjectStoreURLRequest), fields)
        )
        return self._client._request(GET_OBJECT, request.to_dict(), _get_object)

    @overload
    def read_properties(self, body: GetObjectStorePropertiesRequest, /) -> ObjectStoreProperties: ...

    @overload
    def read_properties(self, *, organization_id: str, key: str) -> ObjectStoreProperties: ...

    def read_properties(
        self, body: GetObjectStorePropertiesRequest | None = None, **fields: Any
    ) -> ObjectStoreProperties:
        """Read the properties of an Object Store file

        Returns the size, MD5 hash, MIME type, creation and modification times of the object stored under `key`,
        and a preview of its start when it is text. The key of a folder is refused: only files have properties.

        Takes the fields of `GetObjectStorePropertiesRequest` as keywords, or a prebuilt one. `readObjectProperties`: POST /object/properties.
        """
        request = body if body is not None else GetObjectStorePropertiesRequest(**fields)
        return self._client._request(READ_OBJECT_PROPERTIES, request.to_dict(), _read_object_properties)

    @overload
    def delete(self, body: DeleteObjectStoreRequest, /) -> None: ...

    @overload
    def delete(self, *, organization_id: str, key: str) -> None: ...

    def delete(self, body: DeleteObjectStoreRequest | None = None, **fields: Any) -> None:
        """Delete an Object Store file or folder

        Removes the object stored under `key`; the key of a folder removes everything in it.

        Takes the fields of `DeleteObjectStoreRequest` as keywords, or a prebuilt one. `deleteObject`: POST /object/delete.
        """
        request = body if body is not None else DeleteObjectStoreRequest(**fields)
        return self._client._request(DELETE_OBJECT, request.to_dict(), _delete_object)

    @overload
    def list(self, body: ListObjectStoreRequest, /) -> ListObjectStoreResponse: ...

    @overload
    def list(
        self, *, organization_id: str, path: str | Unset = "/", page: int | Unset = 1
    ) -> ListObjectStoreResponse: ...

    def list(self, body: ListObjectStoreRequest | None = None, **fields: Any) -> ListObjectStoreResponse:
        """List the Object Store files in a folder

        Returns the files and folders directly inside the folder `path` (`/`, the default, for the top), folders
        first and then by name, one page at a time: `page` counts from 1 and `totalPages` says how many there are.
        The answer also gives the space the whole Object Store of the organization uses.

        Takes the fields of `ListObjectStoreRequest` as keywords, or a prebuilt one. `listObjects`: POST /object/list.
        """
        request = body if body is not None else ListObjectStoreRequest(**fields)
        return self._client._request(LIST_OBJECTS, request.to_dict(), _list_objects)

    def iter_objects(self, *, organization_id: str, path: str | Unset = "/") -> SyncPagePager[ObjectStoreSummary]:
        """Every item of `list`, page after page as iteration needs them."""

        def fetch(page: int) -> tuple[builtins.list[ObjectStoreSummary], int]:
            answer = self.list(organization_id=organization_id, path=path, page=page)
            return answer.objects, answer.total_pages

        return SyncPagePager(fetch, first=1)


class AsyncObjects(AsyncResource):
    """Store, read, list and delete the files of an organization's Object Store."""

    @overload
    async def set(self, body: ObjectStoreBinaryFile, /) -> None: ...

    @overload
    async def set(self, *, organization_id: str, key: str, object_data: File) -> None: ...

    async def set(self, body: ObjectStoreBinaryFile | None = None, **fields: Any) -> None:
        """Upload a file to the Object Store

        Stores `objectData` under `key` in the organization's Object Store, replacing what the key held. The body is
        `multipart/form-data`: the fields `organizationId` and `key`, and the file part `objectData` (as lean-cli and
        the MCP server send it). A key is a path: `models/momentum.json` is the file `momentum.json` in the folder
        `models`, and the folder exists as long as something is stored in it.

        Takes the fields of `ObjectStoreBinaryFile` as keywords, or a prebuilt one. `setObject`: POST /object/set.
        """
        request = body if body is not None else ObjectStoreBinaryFile(**fields)
        return await self._client._request(SET_OBJECT, None, _set_object, request.to_multipart())

    @overload
    async def get(self, body: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest, /) -> GetObjectStoreResponse: ...

    @overload
    async def get(self, *, organization_id: str, keys: builtins.list[str]) -> GetObjectStoreResponse: ...

    @overload
    async def get(self, *, organization_id: str, job_id: str) -> GetObjectStoreResponse: ...

    async def get(
        self, body: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest | None = None, **fields: Any
    ) -> GetObjectStoreResponse:
        """Prepare a download of Object Store files

        Works in two steps. Sent `keys`, it starts a job that packs those objects (the key of a folder packs
        everything in it) and answers with the job's `jobId`; `url` is null until the archive is ready (now and
        then it is ready at once). Sent that `jobId` instead, it answers with the `url` once the job is done: a
        pre-signed address of a ZIP archive holding each object under its key, downloadable without signing.
        QuantConnect's CLI asks again every 3 seconds, for up to 5 minutes.

        Takes the fields of `GetObjectStoreJobIdRequest | GetObjectStoreURLRequest` as keywords, or a prebuilt one. `getObject`: POST /object/get.
        """
        request: GetObjectStoreJobIdRequest | GetObjectStoreURLRequest = (
            body if body is not None else build_body((GetObjectStoreJobIdRequest, GetObjectStoreURLRequest), fields)
        )
        return await self._client._request(GET_OBJECT, request.to_dict(), _get_object)

    @overload
    async def read_properties(self, body: GetObjectStorePropertiesRequest, /) -> ObjectStoreProperties: ...

    @overload
    async def read_properties(self, *, organization_id: str, key: str) -> ObjectStoreProperties: ...

    async def read_properties(
        self, body: GetObjectStorePropertiesRequest | None = None, **fields: Any
    ) -> ObjectStoreProperties:
        """Read the properties of an Object Store file

        Returns the size, MD5 hash, MIME type, creation and modification times of the object stored under `key`,
        and a preview of its start when it is text. The key of a folder is refused: only files have properties.

        Takes the fields of `GetObjectStorePropertiesRequest` as keywords, or a prebuilt one. `readObjectProperties`: POST /object/properties.
        """
        request = body if body is not None else GetObjectStorePropertiesRequest(**fields)
        return await self._client._request(READ_OBJECT_PROPERTIES, request.to_dict(), _read_object_properties)

    @overload
    async def delete(self, body: DeleteObjectStoreRequest, /) -> None: ...

    @overload
    async def delete(self, *, organization_id: str, key: str) -> None: ...

    async def delete(self, body: DeleteObjectStoreRequest | None = None, **fields: Any) -> None:
        """Delete an Object Store file or folder

        Removes the object stored under `key`; the key of a folder removes everything in it.

        Takes the fields of `DeleteObjectStoreRequest` as keywords, or a prebuilt one. `deleteObject`: POST /object/delete.
        """
        request = body if body is not None else DeleteObjectStoreRequest(**fields)
        return await self._client._request(DELETE_OBJECT, request.to_dict(), _delete_object)

    @overload
    async def list(self, body: ListObjectStoreRequest, /) -> ListObjectStoreResponse: ...

    @overload
    async def list(
        self, *, organization_id: str, path: str | Unset = "/", page: int | Unset = 1
    ) -> ListObjectStoreResponse: ...

    async def list(self, body: ListObjectStoreRequest | None = None, **fields: Any) -> ListObjectStoreResponse:
        """List the Object Store files in a folder

        Returns the files and folders directly inside the folder `path` (`/`, the default, for the top), folders
        first and then by name, one page at a time: `page` counts from 1 and `totalPages` says how many there are.
        The answer also gives the space the whole Object Store of the organization uses.

        Takes the fields of `ListObjectStoreRequest` as keywords, or a prebuilt one. `listObjects`: POST /object/list.
        """
        request = body if body is not None else ListObjectStoreRequest(**fields)
        return await self._client._request(LIST_OBJECTS, request.to_dict(), _list_objects)

    def iter_objects(self, *, organization_id: str, path: str | Unset = "/") -> AsyncPagePager[ObjectStoreSummary]:
        """Every item of `list`, page after page as iteration needs them."""

        async def fetch(page: int) -> tuple[builtins.list[ObjectStoreSummary], int]:
            answer = await self.list(organization_id=organization_id, path=path, page=page)
            return answer.objects, answer.total_pages

        return AsyncPagePager(fetch, first=1)


def _set_object(body: dict[str, Any]) -> None:
    return None


def _get_object(body: dict[str, Any]) -> GetObjectStoreResponse:
    return GetObjectStoreResponse.from_dict(body)


def _read_object_properties(body: dict[str, Any]) -> ObjectStoreProperties:
    return GetObjectStorePropertiesResponse.from_dict(body).metadata


def _delete_object(body: dict[str, Any]) -> None:
    return None


def _list_objects(body: dict[str, Any]) -> ListObjectStoreResponse:
    return ListObjectStoreResponse.from_dict(body)
