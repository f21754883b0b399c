"""Projects, files (with unified-diff patches) and compiles."""

from __future__ import annotations

import difflib
from typing import Any

from tests.conftest import MockClient


async def _new_project(mock: MockClient, name: str = "Tests/Project") -> int:
    answer = await mock.ok("/projects/create", {"name": name, "language": "Py"})
    project_id: int = answer["projects"][0]["projectId"]
    return project_id


async def _files(mock: MockClient, project_id: int) -> dict[str, str]:
    answer = await mock.ok("/files/read", {"projectId": project_id})
    return {f["name"]: f["content"] for f in answer["files"]}


async def _compile(mock: MockClient, project_id: int) -> dict[str, Any]:
    created = await mock.ok("/compile/create", {"projectId": project_id})
    assert created["state"] == "InQueue"
    mock.clock.advance(1)
    return await mock.ok("/compile/read", {"projectId": project_id, "compileId": created["compileId"]})


async def test_project_crud(mock: MockClient) -> None:
    project_id = await _new_project(mock)
    assert "main.py" in await _files(mock, project_id)
    await mock.ok("/projects/update", {"projectId": project_id, "name": "Tests/Renamed", "description": "d"})
    project = (await mock.ok("/projects/read", {"projectId": project_id}))["projects"][0]
    assert (project["name"], project["description"]) == ("Tests/Renamed", "d")
    everything = (await mock.ok("/projects/read", {}))["projects"]
    assert [p["projectId"] for p in everything] == [mock.demo_project, project_id]
    sliced = (await mock.ok("/projects/read", {"start": 1, "end": 2}))["projects"]
    assert [p["projectId"] for p in sliced] == [project_id]
    assert "already exists" in (await mock.fails("/projects/create", {"name": "Tests/Renamed", "language": "Py"}))[0]
    await mock.ok("/projects/delete", {"projectId": project_id})
    errors = await mock.fails("/projects/read", {"projectId": project_id})
    assert "Project not found" in errors[0] and str(project_id) in errors[0]


async def test_deleting_a_project_removes_its_backtests(mock: MockClient) -> None:
    demo = mock.app.demo
    assert demo is not None
    await mock.ok("/projects/delete", {"projectId": demo.project_id})
    errors = await mock.fails("/backtests/read", {"projectId": demo.project_id, "backtestId": demo.backtest_id})
    assert "not found" in errors[0]


async def test_file_create_read_rename_rewrite_delete(mock: MockClient) -> None:
    project_id = await _new_project(mock)
    created = await mock.ok(
        "/files/create", {"projectId": project_id, "name": "utils/signals.py", "content": "x = 1\n"}
    )
    assert created["files"][0]["name"] == "utils/signals.py"
    duplicate = await mock.fails("/files/create", {"projectId": project_id, "name": "utils/signals.py"})
    assert "already exists" in duplicate[0]
    await mock.ok("/files/update", {"projectId": project_id, "name": "utils/signals.py", "newName": "utils/crosses.py"})
    await mock.ok("/files/update", {"projectId": project_id, "name": "utils/crosses.py", "content": "y = 2\n"})
    files = await _files(mock, project_id)
    assert files["utils/crosses.py"] == "y = 2\n" and "utils/signals.py" not in files
    both = {"projectId": project_id, "name": "utils/crosses.py", "newName": "a.py", "content": "z"}
    assert "exactly one" in (await mock.fails("/files/update", both))[0]
    await mock.ok("/files/delete", {"projectId": project_id, "name": "utils/crosses.py"})
    errors = await mock.fails("/files/read", {"projectId": project_id, "name": "utils/crosses.py"})
    assert "File not found" in errors[0] and "utils/crosses.py" in errors[0]
    assert "not a valid file path" in (await mock.fails("/files/create", {"projectId": project_id, "name": "../x"}))[0]


async def test_patch_applies_a_unified_diff(mock: MockClient) -> None:
    project_id = await _new_project(mock)
    before = (await _files(mock, project_id))["main.py"]
    after = before.replace("self.set_cash(100000)", "self.set_cash(250000)")
    diff = "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True), "a/main.py", "b/main.py"))
    patch = f"diff --git a/main.py b/main.py\nindex 3f2a1b4..9c8d7e6 100644\n{diff}"
    await mock.ok("/files/patch", {"projectId": project_id, "patch": patch, "codeSourceId": "tests"})
    assert (await _files(mock, project_id))["main.py"] == after
    errors = await mock.fails("/files/patch", {"projectId": project_id, "patch": patch})  # context no longer matches
    assert "does not apply" in errors[0]
    assert (await _files(mock, project_id))["main.py"] == after  # nothing changed


async def test_patch_can_add_a_file(mock: MockClient) -> None:
    project_id = await _new_project(mock)
    patch = "--- /dev/null\n+++ b/utils.py\n@@ -0,0 +1,2 @@\n+A = 1\n+B = 2\n"
    await mock.ok("/files/patch", {"projectId": project_id, "patch": patch})
    assert (await _files(mock, project_id))["utils.py"] == "A = 1\nB = 2\n"


async def test_compile_succeeds_then_backtests_run(mock: MockClient) -> None:
    project_id = await _new_project(mock)
    created = await mock.ok("/compile/create", {"projectId": project_id})
    assert created["signatureOrder"] == ["main.py"]
    assert created["parameters"][0]["file"] == "main.py"
    queued = await mock.ok("/compile/read", {"projectId": project_id, "compileId": created["compileId"]})
    assert queued["state"] == "InQueue"
    mock.clock.advance(0.5)
    done = await mock.ok("/compile/read", {"projectId": project_id, "compileId": created["compileId"]})
    assert done["state"] == "BuildSuccess" and any("main.py" in line for line in done["logs"])
    body = {"projectId": project_id, "compileId": created["compileId"], "backtestName": "after compile"}
    await mock.ok("/backtests/create", body)


async def test_syntax_error_gives_build_error_naming_the_line(mock: MockClient) -> None:
    project_id = await _new_project(mock)
    broken = "class Broken(QCAlgorithm):\n    def initialize(self)\n        pass\n"
    await mock.ok("/files/update", {"projectId": project_id, "name": "main.py", "content": broken})
    compiled = await _compile(mock, project_id)
    assert compiled["state"] == "BuildError"
    assert any("main.py" in line and "Line: 2" in line for line in compiled["logs"]), compiled["logs"]
    body = {"projectId": project_id, "compileId": compiled["compileId"], "backtestName": "x"}
    assert "build error" in (await mock.fails("/backtests/create", body))[0]
