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


def _method(client_class: type, tag: str, operation_id: str) -> object:
    from codegen.resources import method_name

    name = method_name(operation_id, tag)
    if name is None:  # an operationId without the tag's noun is a method of the client itself
        return getattr(client_class, module_name(operation_id), None)
    resource = getattr(client_class, tag, None)
    assert resource is not None, f"{client_class.__name__} has no resource {tag!r}"
    resource_class = resource.func.__annotations__["return"]  # a cached_property: its getter's return annotation
    module = importlib.import_module("quantconnect_client.resources")
    return getattr(getattr(module, resource_class), name, None)


@pytest.mark.parametrize(("tag", "operation_id"), OPERATIONS, ids=[op for _, op in OPERATIONS])
def test_every_operation_has_a_resource_method_sync_and_async(tag: str, operation_id: str) -> None:
    from quantconnect_client import AsyncQuantConnect, QuantConnect

    for client_class in (QuantConnect, AsyncQuantConnect):
        assert callable(_method(client_class, tag, operation_id)), f"{client_class.__name__} lacks {operation_id}"
    api_md = (ROOT / "generated" / "api.md").read_text(encoding="utf-8")
    assert f"`{operation_id}`" in api_md, f"api.md does not list {operation_id}"
    operation = next(op for item in SPEC["paths"].values() for op in item.values() if op["operationId"] == operation_id)
    if "x-qc-wait" in operation:
        assert f"polls `{operation_id}`" in api_md, f"api.md does not list the waiter of {operation_id}"
    if "x-qc-paging" in operation:
        method = _method(QuantConnect, tag, operation_id)
        assert f"every item of `{getattr(method, '__name__', '')}`" in api_md, f"api.md lacks {operation_id}'s pager"
    assert "builtins." not in api_md, "api.md writes types as a reader does"


def test_every_operation_is_in_the_registry_with_its_spec_rules() -> None:
    from quantconnect_client._operations import OPERATIONS as REGISTRY

    by_name = {operation.name: operation for operation in REGISTRY.values()}
    for path, path_item in SPEC["paths"].items():
        for operation in path_item.values():
            registered = by_name[operation["operationId"]]
            assert registered.path == path
            assert registered.idempotent == operation.get("x-qc-idempotent", True)
            assert registered.not_found_means_done == operation.get("x-qc-not-found-means-done", False)
