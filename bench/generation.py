"""Benchmark 4: wall time of `make generate` for the whole spec, into a scratch directory under .build/."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable

import yaml

from .codegen import ROOT, TEMPLATES, generation_command, write_view
from .config import Scale
from .report import Comparison
from .timing import interleaved, paired_ratio

__all__ = ["run"]

SCRATCH = ROOT / ".build" / "bench-generate"
FULL = "python -m codegen (make generate)"
BARE = "openapi-python-client without post-hooks"


def _run(command: list[str]) -> None:
    completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stdout}{completed.stderr}")


def _full() -> Callable[[], None]:
    output = SCRATCH / "full" / "quantconnect_client"
    # The same command `make generate` runs, only with another --output.
    return lambda: _run([sys.executable, "-m", "codegen", "--output", str(output)])


def _bare() -> Callable[[], None]:
    # The generator's own share: same view, settings and templates/, but without the two ruff post-hooks.
    config = yaml.safe_load((ROOT / "generator-config.yml").read_text(encoding="utf-8"))
    config["post_hooks"] = []  # an empty list, as a missing key means the generator's default hooks
    config_path = SCRATCH / "config-without-hooks.yml"
    config_path.parent.mkdir(parents=True, exist_ok=True)
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    view = write_view(SCRATCH / "openapi.generator-view.json")
    output = SCRATCH / "bare" / "quantconnect_client"

    def run() -> None:
        shutil.rmtree(output, ignore_errors=True)
        _run(generation_command(view, output, config_path, TEMPLATES))

    return run


def run(scale: Scale) -> list[Comparison]:
    """Time the full generation (and, at full scale, the bare generator) in alternating rounds."""
    contenders = {FULL: _full()}
    if scale.generate_bare:
        contenders[BARE] = _bare()
    started = time.perf_counter()
    samples = interleaved(contenders, rounds=scale.generate_rounds, ops_per_round=1, warmup=0, collect=False)
    spec_lines = len((ROOT / "openapi.yaml").read_text(encoding="utf-8").splitlines())
    generated = SCRATCH / "full" / "quantconnect_client"
    details = {
        "timings": {name: s.summary() for name, s in samples.items()},
        "spec_lines": spec_lines,
        "generated_modules": sum(1 for _ in generated.rglob("*.py")),
        "total_s": time.perf_counter() - started,
    }
    full = samples[FULL]
    bare = samples.get(BARE)
    return [
        Comparison(
            key="generate",
            title=f"4 make generate ({spec_lines} spec lines)",
            subject=FULL,
            baseline=BARE if bare is not None else "-",
            subject_value=full.median,
            baseline_value=bare.median if bare is not None else float("nan"),
            unit="s",
            ratio=paired_ratio(full, bare) if bare is not None else float("nan"),
            meaning="wall seconds of make generate; ratio = full run / generator alone (the rest is ruff hooks, "
            "YAML load and view)",
            details=details,
        )
    ]
