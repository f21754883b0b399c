"""Compile: Compile a project to get the compile id that backtests and optimizations run."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource
from auth_plugin.waiting import Progress, WaitRule, wait_async, wait_sync

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

    def create_and_wait(
        self,
        *,
        project_id: int,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[ReadCompileResponse]], None] | None = None,
    ) -> ReadCompileResponse:
        """`create`, then `wait` until the compile is finished; returns it."""
        request = CreateCompileRequest(project_id=project_id)
        created = self.create(request)
        return self.wait(
            project_id=request.project_id,
            compile_id=created.compile_id,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
        )

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

    def wait(
        self,
        *,
        project_id: int,
        compile_id: str,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[ReadCompileResponse]], None] | None = None,
    ) -> ReadCompileResponse:
        """Wait until the compile is finished and return it (`readCompile` polled).

        Raises CompileError when it fails and WaitTimeout after `timeout` seconds. `poll` is the delays between
        reads (default: lean-cli's 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then 10 s); `on_progress` gets the status
        and progress whenever they change. An interrupted wait leaves the compile running.
        """
        return wait_sync(
            lambda: self.read(project_id=project_id, compile_id=compile_id),
            _WAIT_READ_COMPILE_WAIT,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._clock,
            ids={
                "project_id": project_id,
                "compile_id": compile_id,
            },
        )


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

    async def create_and_wait(
        self,
        *,
        project_id: int,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[ReadCompileResponse]], None] | None = None,
    ) -> ReadCompileResponse:
        """`create`, then `wait` until the compile is finished; returns it."""
        request = CreateCompileRequest(project_id=project_id)
        created = await self.create(request)
        return await self.wait(
            project_id=request.project_id,
            compile_id=created.compile_id,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
        )

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

    async def wait(
        self,
        *,
        project_id: int,
        compile_id: str,
        timeout: float | None = None,
        poll: Iterable[float] | None = None,
        on_progress: Callable[[Progress[ReadCompileResponse]], None] | None = None,
    ) -> ReadCompileResponse:
        """Wait until the compile is finished and return it (`readCompile` polled).

        Raises CompileError when it fails and WaitTimeout after `timeout` seconds. `poll` is the delays between
        reads (default: lean-cli's 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then 10 s); `on_progress` gets the status
        and progress whenever they change. An interrupted wait leaves the compile running.
        """
        return await wait_async(
            lambda: self.read(project_id=project_id, compile_id=compile_id),
            _WAIT_READ_COMPILE_WAIT,
            timeout=timeout,
            poll=poll,
            on_progress=on_progress,
            sleep=self._client._sleep,
            clock=self._client._clock,
            ids={
                "project_id": project_id,
                "compile_id": compile_id,
            },
        )


def _create_compile(body: dict[str, Any]) -> CreateCompileResponse:
    return CreateCompileResponse.from_dict(body)


def _read_compile(body: dict[str, Any]) -> ReadCompileResponse:
    return ReadCompileResponse.from_dict(body)


_WAIT_READ_COMPILE_WAIT = WaitRule(
    what="compile",
    operation="readCompile",
    status="state",
    progress=None,
    done={
        "state": (
            "BuildSuccess",
            "BuildError",
        ),
    },
    failed={
        "state": ("BuildError",),
    },
    failed_when_set=(),
    settle=None,
    settle_attempts=6,
    settle_interval=10.0,
    progress_ratio=None,
    error="CompileError",
    stop_hint="it can be left to finish",
)
