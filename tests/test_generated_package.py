"""The generated package: one module per operation, with the four call styles, and strictly typed."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openapi_python_client.strings import fix_reserved_words, snake_case

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def module_name(name: str) -> str:
    """The module name the generator gives a tag or an operation (`compile` becomes `compile_`)."""
    return fix_reserved_words(snake_case(name))


OPERATIONS = [
    (operation["tags"][0], operation["operationId"])
    for path_item in SPEC["paths"].values()
    for operation in path_item.values()
]


@pytest.mark.parametrize(("tag", "operation_id"), OPERATIONS, ids=[op for _, op in OPERATIONS])
def test_every_operation_has_a_module_with_four_call_styles(tag: str, operation_id: str) -> None:
    module = importlib.import_module(f"quantconnect_client.api.{module_name(tag)}.{module_name(operation_id)}")
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, function, None)), f"{operation_id} lacks {function}"


def test_generated_package_passes_mypy_strict() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(ROOT / "generated" / "quantconnect_client")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_package_ships_py_typed() -> None:
    assert (ROOT / "generated" / "quantconnect_client" / "py.typed").is_file()
