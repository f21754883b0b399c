"""Generate the client package from openapi.yaml: `python -m codegen --output generated/quantconnect_client`.

Used by `make generate` and `make check-generated`, so that the committed package and the fresh one are produced
the same way: openapi-python-client (pinned; run through codegen/opc.py) on the view of the document
(codegen/view.py) with our templates, then the second step (codegen/resources.py), then ruff on the result.
`api.md` lands beside the package.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from .resources import render_resources
from .view import generator_view

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
RUFF = ROOT / ".venv" / "bin" / "ruff"
BUILD_DIR = ROOT / ".build"
CACHE_DIRS = ("__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache")
CONFIG = ROOT / "generator-config.yml"
# Faster readers, tolerant reading, typed results: see templates/README.md.
TEMPLATES = ROOT / "templates"


def load_view() -> dict[str, Any]:
    """The generator's view of openapi.yaml."""
    return generator_view(yaml.safe_load(SPEC.read_text(encoding="utf-8")))


def write_view(path: Path) -> Path:
    """Write the generator's view of openapi.yaml (codegen/view.py) to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(load_view(), indent=1), encoding="utf-8")
    return path


def generation_command(
    view_path: Path, output: Path, *, config: Path = CONFIG, templates: Path | None = TEMPLATES
) -> list[str]:
    """The openapi-python-client command line; `templates=None` means the generator's stock templates."""
    command = [sys.executable, "-m", "codegen.opc", "generate", "--path", str(view_path), "--config", str(config)]
    command += ["--meta", "none", "--output-path", str(output), "--fail-on-warning"]
    if templates is not None:
        command += ["--custom-template-path", str(templates)]
    return command


def _run(command: list[str]) -> None:
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout + completed.stderr)
        raise SystemExit(completed.returncode)


def tidy(output: Path) -> None:
    """The project's ruff over a generated package: fixes (unused imports, ...) then formatting."""
    _run([str(RUFF), "check", "--fix-only", "--no-cache", "--quiet", str(output)])
    _run([str(RUFF), "format", "--no-cache", "--quiet", str(output)])


def generate(output: Path) -> None:
    """Write a fresh package to `output` (and `api.md` beside it), removing whatever was there."""
    # One view file per output, so that generations into different places can run at the same time.
    key = hashlib.sha1(str(output).encode()).hexdigest()[:12]
    view_path = write_view(BUILD_DIR / f"openapi.generator-view.{key}.json")
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    _run(generation_command(view_path, output))
    render_resources(output, output.parent / "api.md", json.loads(view_path.read_text(encoding="utf-8")), CONFIG)
    tidy(output)
    # openapi-python-client writes the PEP 561 marker only for --meta other than none.
    (output / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    for cache_name in CACHE_DIRS:
        for cache in output.rglob(cache_name):
            shutil.rmtree(cache)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, required=True, help="package directory to (re)create")
    generate(parser.parse_args().output.resolve())
