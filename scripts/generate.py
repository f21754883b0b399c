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


def generate(output: Path) -> None:
    """Write a fresh package to `output`, removing whatever was there."""
    document = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    BUILD_DIR.mkdir(exist_ok=True)
    view_path = BUILD_DIR / "openapi.generator-view.json"
    view_path.write_text(json.dumps(generator_view(document), indent=1), encoding="utf-8")

    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    command = [
        str(GENERATOR),
        "generate",
        "--path",
        str(view_path),
        "--config",
        str(ROOT / "generator-config.yml"),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--fail-on-warning",
        # Faster readers, same types: see templates/README.md.
        "--custom-template-path",
        str(ROOT / "templates"),
    ]
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
