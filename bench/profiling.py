"""pyinstrument profiles of a contender that missed its target: full text under bench/profiles/, top frames kept."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pyinstrument import Profiler
from pyinstrument.frame import Frame

__all__ = ["PROFILE_DIR", "profile"]

ROOT = Path(__file__).resolve().parent.parent
PROFILE_DIR = ROOT / "bench" / "profiles"
# Time blocked in these is the mock server working (another process), not client cost, so top frames leave it out.
WAITS = frozenset({"socket.recv", "socket.recv_into", "select.select", "epoll.poll", "poll.poll", "time.sleep"})


def _self_times(frame: Frame, totals: dict[tuple[str, str], float]) -> None:
    if not frame.is_synthetic and "pyinstrument" not in (frame.file_path_short or ""):
        totals[(frame.function, f"{frame.file_path_short}:{frame.line_no}")] += frame.total_self_time
    for child in frame.children:
        _self_times(child, totals)


def _top_frames(profiler: Profiler, count: int) -> list[dict[str, Any]]:
    session = profiler.last_session
    root = session.root_frame() if session is not None else None
    if root is None:
        return []
    totals: dict[tuple[str, str], float] = defaultdict(float)
    _self_times(root, totals)
    totals = defaultdict(float, {key: value for key, value in totals.items() if key[0] not in WAITS})
    overall = sum(totals.values()) or 1.0
    ranked = sorted(totals.items(), key=lambda item: item[1], reverse=True)[:count]
    return [
        {"function": function, "location": location, "self_s": round(seconds, 6), "share": round(seconds / overall, 4)}
        for (function, location), seconds in ranked
    ]


def profile(name: str, run: Callable[[], object], *, interval: float = 0.0002, top: int = 10) -> dict[str, Any]:
    """Profile `run()` and save tree and flat (self-time) views to bench/profiles/<name>.txt.

    Returns the file's path (relative to the repository when inside it: results.json names no machine's paths) and
    the `top` frames by self time, each with its share of the sampled time not spent waiting on a socket.
    """
    profiler = Profiler(interval=interval)
    profiler.start()
    try:
        run()
    finally:
        profiler.stop()
    PROFILE_DIR.mkdir(exist_ok=True)
    path = PROFILE_DIR / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.txt"
    tree = profiler.output_text(unicode=True, color=False, show_all=True)
    flat = profiler.output_text(unicode=True, color=False, flat=True, flat_time="self", show_all=True)
    path.write_text(f"{tree}\n\n==== self time per function ====\n\n{flat}", encoding="utf-8")
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    return {"path": str(shown), "top_self": _top_frames(profiler, top)}
