"""`/compile/*`: a compile is `InQueue` for a while, then `BuildSuccess`, or `BuildError` on a syntax error."""

from __future__ import annotations

import hashlib

from ..errors import ApiError
from ..store import Compile
from ..syntax import parameter_hints, raised_error, syntax_errors
from ..timeline import compile_state
from .base import Body, Context, Handler, Result

__all__ = ["HANDLERS", "new_compile", "runnable_compile"]


def new_compile(ctx: Context, project_id: int) -> Compile:
    """Snapshots the project's files and queues their build; notes the `raise` its backtests will run into."""
    project = ctx.store.project(project_id)
    files = {name: f.content for name, f in project.files.items()}
    digest = hashlib.sha256()
    for name, content in files.items():
        digest.update(name.encode() + b"\0" + content.encode() + b"\0")
    signature = digest.hexdigest()[:32]
    errors = syntax_errors(files)
    compiled = Compile(
        compile_id=f"{ctx.store.ids.hex()}-{signature}",
        project_id=project_id,
        created=ctx.now,
        ready_at=ctx.now + ctx.settings.compile_seconds,
        errors=errors,
        files=files,
        signature=signature,
        raises=None if errors else raised_error(files),
    )
    ctx.store.compiles[compiled.compile_id] = compiled
    return compiled


def _logs(compiled: Compile, state: str) -> list[str]:
    logs = [f"Build Request Successful for Project ID {compiled.project_id}, with CompileID {compiled.compile_id}"]
    if state == "BuildError":
        logs.extend(compiled.errors)
    elif state == "BuildSuccess":
        logs.extend(f"Syntax check passed for {name}" for name in compiled.files if name.endswith(".py"))
        logs.append("Build Success.")
    return logs


def create(ctx: Context, body: Body) -> Result:
    compiled = new_compile(ctx, body["projectId"])
    return {
        "compileId": compiled.compile_id,
        "state": compile_state(compiled, ctx.now),
        "projectId": compiled.project_id,
        "signature": compiled.signature,
        "signatureOrder": list(compiled.files),
        "parameters": parameter_hints(compiled.files),
    }


def read(ctx: Context, body: Body) -> Result:
    compiled = ctx.store.compile(body["projectId"], body["compileId"])
    state = compile_state(compiled, ctx.now)
    return {"compileId": compiled.compile_id, "state": state, "logs": _logs(compiled, state)}


def runnable_compile(ctx: Context, project_id: int, compile_id: str) -> Compile:
    """The compile to run a backtest of: it must exist in the project and not have failed."""
    compiled = ctx.store.compile(project_id, compile_id)
    if compiled.errors:
        raise ApiError(f"Compile {compile_id!r} failed with a build error; fix the code and compile again.")
    return compiled


HANDLERS: dict[str, Handler] = {"/compile/create": create, "/compile/read": read}
