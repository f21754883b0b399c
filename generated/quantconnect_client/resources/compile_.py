"""Compile: Compile a project to get the compile id that backtests and optimizations run."""

from __future__ import annotations

from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource

from .._operations import CREATE_COMPILE, READ_COMPILE
from ..models.create_compile_request import CreateCompileRequest
from ..models.create_compile_response import CreateCompileResponse
from ..models.read_compile_request import ReadCompileRequest
from ..models.read_compile_response import ReadCompileResponse

__all__ = ["AsyncCompile", "Compile"]


class Compile(SyncResource):
    """Compile a project to get the compile id that backtests and optimizations run."""

    @overload
    def create(self, body: CreateCompileRequest, /) -> CreateCompileResponse: ...

    @overload
    def create(self, *, project_id: int) -> CreateCompileResponse: ...

    def create(self, body: CreateCompileRequest | None = None, **fields: Any) -> CreateCompileResponse:
        """Start compiling a project

        Queues a build of the project's current files. The answer carries the compile id and, once the code
        was scanned, the parameters detected in each file; poll `readCompile` until the state is no longer
        `InQueue`. Only a `BuildSuccess` compile id can be backtested or optimized.

        Takes the fields of `CreateCompileRequest` as keywords, or a prebuilt one. `createCompile`: POST /compile/create.
        """
        request = body if body is not None else CreateCompileRequest(**fields)
        return self._client._request(CREATE_COMPILE, request.to_dict(), _create_compile)

    @overload
    def read(self, body: ReadCompileRequest, /) -> ReadCompileResponse: ...

    @overload
    def read(self, *, project_id: int, compile_id: str) -> ReadCompileResponse: ...

    def read(self, body: ReadCompileRequest | None = None, **fields: Any) -> ReadCompileResponse:
        """Read the state of a compile

        Returns the state of the compile (`InQueue`, `BuildSuccess` or `BuildError`) and the build log,
        which holds the compiler's messages when the build failed.

        Takes the fields of `ReadCompileRequest` as keywords, or a prebuilt one. `readCompile`: POST /compile/read.
        """
        request = body if body is not None else ReadCompileRequest(**fields)
        return self._client._request(READ_COMPILE, request.to_dict(), _read_compile)


class AsyncCompile(AsyncResource):
    """Compile a project to get the compile id that backtests and optimizations run."""

    @overload
    async def create(self, body: CreateCompileRequest, /) -> CreateCompileResponse: ...

    @overload
    async def create(self, *, project_id: int) -> CreateCompileResponse: ...

    async def create(self, body: CreateCompileRequest | None = None, **fields: Any) -> CreateCompileResponse:
        """Start compiling a project

        Queues a build of the project's current files. The answer carries the compile id and, once the code
        was scanned, the parameters detected in each file; poll `readCompile` until the state is no longer
        `InQueue`. Only a `BuildSuccess` compile id can be backtested or optimized.

        Takes the fields of `CreateCompileRequest` as keywords, or a prebuilt one. `createCompile`: POST /compile/create.
        """
        request = body if body is not None else CreateCompileRequest(**fields)
        return await self._client._request(CREATE_COMPILE, request.to_dict(), _create_compile)

    @overload
    async def read(self, body: ReadCompileRequest, /) -> ReadCompileResponse: ...

    @overload
    async def read(self, *, project_id: int, compile_id: str) -> ReadCompileResponse: ...

    async def read(self, body: ReadCompileRequest | None = None, **fields: Any) -> ReadCompileResponse:
        """Read the state of a compile

        Returns the state of the compile (`InQueue`, `BuildSuccess` or `BuildError`) and the build log,
        which holds the compiler's messages when the build failed.

        Takes the fields of `ReadCompileRequest` as keywords, or a prebuilt one. `readCompile`: POST /compile/read.
        """
        request = body if body is not None else ReadCompileRequest(**fields)
        return await self._client._request(READ_COMPILE, request.to_dict(), _read_compile)


def _create_compile(body: dict[str, Any]) -> CreateCompileResponse:
    return CreateCompileResponse.from_dict(body)


def _read_compile(body: dict[str, Any]) -> ReadCompileResponse:
    return ReadCompileResponse.from_dict(body)
