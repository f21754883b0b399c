"""The pydantic baseline of the parsing benchmark: models generated from openapi.yaml as QuantConnect's MCP server
generates its own.

QuantConnect/mcp-server (.github/workflows/update_models.yml) runs datamodel-code-generator on the platform's
OpenAPI document with the options in MCP_OPTIONS, then turns the pydantic v1 output into v2 (post_processing.py:
`RootModel`, `ConfigDict`); asking for `pydantic_v2.BaseModel` output does that here. Its other rewrite (date-times
read as `str | datetime`) has nothing to act on: our date-times are the `qc-date-time` format, which
datamodel-codegen already reads as `str`.

Generated at bench time into .build/bench-pydantic/ (about 2 s, never committed) whenever openapi.yaml, the options
or the generator's version changed since the last generation (a stamp file beside the module records them), so the
baseline always matches the document the committed client was generated from.
"""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from types import ModuleType

__all__ = ["MCP_OPTIONS", "MODULE", "generate", "load"]

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
SCRATCH = ROOT / ".build" / "bench-pydantic"
OUTPUT = SCRATCH / "models.py"
STAMP = SCRATCH / "stamp"
MODULE = "quantconnect_pydantic_baseline"
MCP_OPTIONS = (
    "--input-file-type",
    "openapi",
    "--remove-special-field-name-prefix",
    "--use-annotated",
    "--collapse-root-models",
    "--use-default-kwarg",
)
# What post_processing.py makes of the MCP server's output, and its generator version's default formatters.
OPTIONS = (*MCP_OPTIONS, "--output-model-type", "pydantic_v2.BaseModel", "--formatters", "black", "isort")


def _stamp() -> str:
    digest = hashlib.sha256(SPEC.read_bytes()).hexdigest()
    return f"{metadata.version('datamodel-code-generator')} {digest} {' '.join(OPTIONS)}\n"


def generate() -> Path:
    """Generate the models now (replacing any earlier ones) and return the module's path."""
    SCRATCH.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "datamodel_code_generator", "--input", str(SPEC), "--output", str(OUTPUT)]
    completed = subprocess.run(
        [*command, *OPTIONS, "--disable-timestamp"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise RuntimeError(f"datamodel-codegen failed:\n{completed.stdout}{completed.stderr}")
    STAMP.write_text(_stamp(), encoding="utf-8")
    return OUTPUT


def load() -> ModuleType:
    """The generated models module (generated first when missing or stale), imported as MODULE."""
    if sys.modules.get(MODULE) is not None:
        return sys.modules[MODULE]
    if not OUTPUT.is_file() or not STAMP.is_file() or STAMP.read_text(encoding="utf-8") != _stamp():
        generate()
    spec = importlib.util.spec_from_file_location(MODULE, OUTPUT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[MODULE] = module  # pydantic resolves the postponed annotations through sys.modules
    spec.loader.exec_module(module)
    return module
