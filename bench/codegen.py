"""Generating the client the way `make generate` does, into .build/, and importing it under another name.

The committed client (generated/quantconnect_client) is built with the custom templates in templates/ (see
templates/README.md). To keep the evidence for them in every run, the bench generates the same openapi.yaml
twice, in parallel, into .build/bench-templates/: once with openapi-python-client 0.29.1's stock templates
(no `--custom-template-path`) and once with templates/. Both use the same generator view and the same
generator-config.yml. The stock package is imported under its own name and timed beside the committed one; the
fresh templates/ package is only compared with the committed one, file by file, so a stale commit shows. Nothing
under generated/ is touched.
"""

from __future__ import annotations

import filecmp
import importlib
import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

from codegen import generate as codegen_generate

__all__ = [
    "COMMITTED",
    "ROOT",
    "STOCK_PACKAGE",
    "TEMPLATES",
    "build_stock",
    "differences",
    "generate",
    "generation_command",
    "import_package",
    "load_stock",
    "write_view",
]

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
COMMITTED = ROOT / "generated" / "quantconnect_client"
SCRATCH = ROOT / ".build" / "bench-templates"
STOCK_PACKAGE = "quantconnect_client_stock"
# Files `make generate` adds or leaves that are no output of the generator (the second step's included).
_NOT_GENERATED = ["__pycache__", "py.typed", "_client.py", "_operations.py", "resources"]


def generation_command(view_path: Path, output: Path, config: Path, templates: Path | None = None) -> list[str]:
    """`make generate`'s openapi-python-client command line; `templates` None means the stock ones."""
    return codegen_generate.generation_command(view_path, output, config=config, templates=templates)


def write_view(path: Path) -> Path:
    """Write the generator's view of openapi.yaml to `path`, as `make generate` does."""
    return codegen_generate.write_view(path)


def _package_path(name: str) -> Path:
    return SCRATCH / name / "quantconnect_client"


def generate(variants: Mapping[str, Path | None]) -> dict[str, Path]:
    """Generate one package per variant (name -> custom template dir, or None for the stock templates) in
    parallel, into .build/bench-templates/<name>/quantconnect_client (replaced); return their paths."""
    view = write_view(SCRATCH / "openapi.generator-view.json")
    outputs = {name: _package_path(name) for name in variants}
    for output in outputs.values():
        shutil.rmtree(output, ignore_errors=True)
    # One generator per core: the runs are independent, and this halves the wait.
    running = {
        name: subprocess.Popen(
            generation_command(view, outputs[name], ROOT / "generator-config.yml", templates),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name, templates in variants.items()
    }
    failures = []
    for name, process in running.items():
        printed, _ = process.communicate()
        if process.returncode != 0:
            failures.append(f"{name} generation failed:\n{printed}")
    if failures:
        raise RuntimeError("\n".join(failures))
    for output in outputs.values():
        codegen_generate.tidy(output)  # as `make generate` does, so the committed package compares file by file
    return outputs


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths of the generated files that differ between two package trees, or exist in one only."""
    found: list[str] = []

    def walk(compared: filecmp.dircmp[str], prefix: str) -> None:
        names = compared.left_only + compared.right_only + compared.diff_files + compared.funny_files
        found.extend(prefix + name for name in names)
        for name, below in compared.subdirs.items():
            walk(below, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=_NOT_GENERATED), "")
    return sorted(found)


def build_stock(*, check_committed: bool = True) -> dict[str, Any]:
    """Generate the stock-templates client now (and, with `check_committed`, a fresh templates/ one beside it).

    Returns what results.json records about the comparison: where each side comes from and whether the committed
    package is exactly what templates/ produces today (None when not checked).
    """
    variants: dict[str, Path | None] = {"stock": None}
    if check_committed:
        variants["ours"] = TEMPLATES
    paths = generate(variants)
    mismatched = differences(paths["ours"], COMMITTED) if check_committed else None
    generator = f"openapi-python-client {metadata.version('openapi-python-client')}"
    return {
        "ours": f"{COMMITTED.relative_to(ROOT)} (committed; --custom-template-path templates)",
        "stock": f"{paths['stock'].relative_to(ROOT)} ({generator} default templates, generated now)",
        "generator": generator,
        "committed_matches_templates": None if mismatched is None else not mismatched,
        "committed_differences": mismatched,
    }


def load_stock() -> ModuleType:
    """The `models` module of the stock-templates client that build_stock generated, imported as STOCK_PACKAGE."""
    path = _package_path("stock")
    if not (path / "__init__.py").is_file():
        raise RuntimeError(f"{path} is missing: build_stock() generates it")
    return import_package(path, STOCK_PACKAGE)


def import_package(path: Path, name: str) -> ModuleType:
    """Import the generated package at `path` under the top-level `name` and return its `models` module.

    This works because generated code imports its own modules relatively only.
    """
    for loaded in [n for n in sys.modules if n == name or n.startswith(name + ".")]:
        del sys.modules[loaded]
    spec = importlib.util.spec_from_file_location(name, path / "__init__.py", submodule_search_locations=[str(path)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return importlib.import_module(name + ".models")
