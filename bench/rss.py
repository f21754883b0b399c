"""Peak resident-memory growth of one parse, measured in a fresh process so nothing earlier is reused.

tracemalloc misses memory that native code (pydantic-core's Rust) allocates itself; the kernel's high-water
mark of the process sees all of it. Run as `python -m bench.rss DATA_PATH KIND CONTENDER`, it prints the growth.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .codegen import load_stock
from .parsers import STOCK, parsers, payload_bytes

__all__ = ["peak_rss_growth"]

ROOT = Path(__file__).resolve().parent.parent


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _measure(data_path: Path, kind: str, contender: str) -> int:
    parse = parsers(kind, load_stock() if contender == STOCK else None)[contender]
    data = data_path.read_bytes()
    gc.collect()
    before = _status_kib("VmRSS")
    # Writing 5 resets the high-water mark to the current RSS (Linux >= 4.0).
    Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    result = parse(data)
    peak = _status_kib("VmHWM")
    del result
    return (peak - before) * 1024


def peak_rss_growth(kind: str, size: int, contender: str) -> int | None:
    """Bytes the resident set grows by at its peak while parsing; None where /proc is unavailable."""
    if not Path("/proc/self/clear_refs").exists():
        return None
    with tempfile.NamedTemporaryFile(suffix=".json") as handle:
        handle.write(payload_bytes(kind, size))
        handle.flush()
        completed = subprocess.run(
            [sys.executable, "-m", "bench.rss", handle.name, kind, contender],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    if completed.returncode != 0:
        return None
    return int(json.loads(completed.stdout)["rss_growth_bytes"])


def main() -> None:
    data_path, kind, contender = sys.argv[1:4]
    print(json.dumps({"rss_growth_bytes": _measure(Path(data_path), kind, contender)}))


if __name__ == "__main__":
    main()
