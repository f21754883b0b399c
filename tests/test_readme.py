"""The README's Python examples: each block type-checks under `mypy --strict` and runs against the mock.

Every ```python block of README.md is a module. Its functions are called with what they ask for, by parameter
name: `client` (a `QuantConnect` or `AsyncQuantConnect`, by annotation), `project_id`, `compile_id`,
`backtest_id` (the mock's demo ids); a function without parameters runs with the mock's credentials in the
environment; a function taking other parameters is a helper of the others (a callback) and is not called
directly. A README that lies fails here.
"""

from __future__ import annotations

import asyncio
import importlib.util
import inspect
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from quantconnect_client import AsyncQuantConnect, QuantConnect

from mock_server.launcher import MockServer, running_mock

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
BLOCKS = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_has_examples() -> None:
    assert len(BLOCKS) >= 4


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("readme")
    paths = []
    for number, block in enumerate(BLOCKS):
        path = folder / f"readme_example_{number}.py"
        path.write_text(block, encoding="utf-8")
        paths.append(path)
    return paths


def test_examples_pass_mypy_strict(examples: list[Path]) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, examples)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    # Fast simulated times; results written at once, so a wait needs no 10 s re-read (tests/test_waiters_e2e.py
    # covers that).
    fast = ["--backtest-seconds", "0.5", "--queue-seconds", "0.1", "--compile-seconds", "0.1"]
    with running_mock([*fast, "--results-pending-reads", "0"]) as running:
        yield running


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


KNOWN = ("client", "project_id", "compile_id", "backtest_id")


def _runnable(function: Any) -> bool:
    """A function the harness can call: its parameters are all ones it knows (others are helpers, e.g. callbacks)."""
    return all(name in KNOWN for name in inspect.signature(function).parameters)


def _arguments(function: Any, server: MockServer, client: object) -> dict[str, Any]:
    demo = server.announcement
    values = {"client": client, "project_id": demo["project_id"], "compile_id": demo["compile_id"]}
    values["backtest_id"] = demo["backtest_id"]
    return {name: values[name] for name in inspect.signature(function).parameters}


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_example_runs_against_the_mock(
    number: int, examples: list[Path], server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in server.env.items():
        monkeypatch.setenv(name, value)
    module = _load(examples[number])
    functions = [f for _, f in inspect.getmembers(module, inspect.isfunction) if f.__module__ == module.__name__]
    functions = [f for f in functions if _runnable(f)]
    assert functions, f"README example {number} defines no function to run"
    for function in functions:
        wants_async = "AsyncQuantConnect" in str(inspect.signature(function).parameters.get("client", ""))
        if inspect.iscoroutinefunction(function):

            async def run(function: Any = function, wants_async: bool = wants_async) -> None:
                async with AsyncQuantConnect() as client:
                    await function(**_arguments(function, server, client))

            asyncio.run(run())
        else:
            assert not wants_async
            with QuantConnect() as client:
                function(**_arguments(function, server, client))


MOCK_BLOCKS = BLOCK.findall((ROOT / "mock_server" / "README.md").read_text(encoding="utf-8"))


@pytest.mark.parametrize("number", range(len(MOCK_BLOCKS)))
def test_mock_readme_example_type_checks_and_runs(number: int, tmp_path: Path) -> None:
    """mock_server/README.md's examples are whole scripts: strict mypy, then run as they are."""
    path = tmp_path / f"mock_readme_example_{number}.py"
    path.write_text(MOCK_BLOCKS[number], encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    ran = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert ran.returncode == 0, ran.stdout + ran.stderr
