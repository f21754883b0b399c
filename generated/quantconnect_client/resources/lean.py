"""Lean: List the versions of the LEAN engine that projects can run on."""

from __future__ import annotations

import builtins
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource

from .._operations import READ_LEAN_VERSIONS
from ..models.lean_version import LeanVersion
from ..models.lean_versions_response import LeanVersionsResponse
from ..models.read_lean_versions_request import ReadLeanVersionsRequest

__all__ = ["AsyncLean", "Lean"]


class Lean(SyncResource):
    """List the versions of the LEAN engine that projects can run on."""

    @overload
    def read_versions(self, body: ReadLeanVersionsRequest, /) -> builtins.list[LeanVersion]: ...

    @overload
    def read_versions(self) -> builtins.list[LeanVersion]: ...

    def read_versions(self, body: ReadLeanVersionsRequest | None = None, **fields: Any) -> builtins.list[LeanVersion]:
        """List the LEAN versions

        Returns the released versions of the LEAN engine, newest first, with the commits they were built from (a
        project's `leanVersionId` is one of their ids). QuantConnect's document gives this operation no body (the
        MCP server sends `{}`) and no 401 answer; the call is signed like every other, so the 401 is kept.

        Takes the fields of `ReadLeanVersionsRequest` as keywords, or a prebuilt one. `readLeanVersions`: POST /lean/versions/read.
        """
        request = body if body is not None else ReadLeanVersionsRequest(**fields)
        return self._client._request(READ_LEAN_VERSIONS, request.to_dict(), _read_lean_versions)


class AsyncLean(AsyncResource):
    """List the versions of the LEAN engine that projects can run on."""

    @overload
    async def read_versions(self, body: ReadLeanVersionsRequest, /) -> builtins.list[LeanVersion]: ...

    @overload
    async def read_versions(self) -> builtins.list[LeanVersion]: ...

    async def read_versions(
        self, body: ReadLeanVersionsRequest | None = None, **fields: Any
    ) -> builtins.list[LeanVersion]:
        """List the LEAN versions

        Returns the released versions of the LEAN engine, newest first, with the commits they were built from (a
        project's `leanVersionId` is one of their ids). QuantConnect's document gives this operation no body (the
        MCP server sends `{}`) and no 401 answer; the call is signed like every other, so the 401 is kept.

        Takes the fields of `ReadLeanVersionsRequest` as keywords, or a prebuilt one. `readLeanVersions`: POST /lean/versions/read.
        """
        request = body if body is not None else ReadLeanVersionsRequest(**fields)
        return await self._client._request(READ_LEAN_VERSIONS, request.to_dict(), _read_lean_versions)


def _read_lean_versions(body: dict[str, Any]) -> builtins.list[LeanVersion]:
    return LeanVersionsResponse.from_dict(body).versions
