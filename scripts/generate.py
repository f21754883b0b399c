"""Generate the client package from openapi.yaml with the pinned openapi-python-client.

Used by `make generate` and `make check-generated`, so that the committed package and the fresh one
are produced the same way. The generator reads scripts/generator_view.py's view of the document.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from generator_view import generator_view

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / ".venv" / "bin" / "openapi-python-client"
BUILD_DIR = ROOT / ".build"
CACHE_DIRS = ("__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache")


CONFIG = ROOT / "generator-config.yml"
# Faster readers, same types: see templates/README.md.
TEMPLATES = ROOT / "templates"


def write_view(path: Path) -> Path:
    """Write the generator's view of openapi.yaml (scripts/generator_view.py) to `path`."""
    document = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(generator_view(document), indent=1), encoding="utf-8")
    return path


def generation_command(
    view_path: Path, output: Path, *, config: Path = CONFIG, templates: Path | None = TEMPLATES
) -> list[str]:
    """The openapi-python-client command line; `templates=None` means the generator's stock templates."""
    command = [str(GENERATOR), "generate", "--path", str(view_path), "--config", str(config)]
    command += ["--meta", "none", "--output-path", str(output), "--fail-on-warning"]
    if templates is not None:
        command += ["--custom-template-path", str(templates)]
    return command


def generate(output: Path) -> None:
    """Write a fresh package to `output`, removing whatever was there."""
    view_path = write_view(BUILD_DIR / "openapi.generator-view.json")
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    command = generation_command(view_path, output)
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout + completed.stderr)
        raise SystemExit(completed.returncode)
    # openapi-python-client writes the PEP 561 marker only for --meta other than none.
    (output / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    for cache_name in CACHE_DIRS:
        for cache in output.rglob(cache_name):
            shutil.rmtree(cache)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, required=True, help="package directory to (re)create")
    generate(parser.parse_args().output.resolve())


if __name__ == "__main__":
    main()
