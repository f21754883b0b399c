"""How many repetitions each benchmark makes: the full run of `make bench`, and the smoke test's minimum."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FULL", "SMOKE", "Scale"]


@dataclass(frozen=True)
class Scale:
    """Repetition counts and payload sizes. A round runs every contender of a benchmark once, in turn."""

    overhead_rounds: int = 41
    overhead_calls: int = 8  # sequential calls per contender per round; short turns dilute bursts of load
    parse_rounds: int = 21
    list_size: int = 1000
    optimization_size: int = 2000
    memory_repeats: int = 3
    rss: bool = True  # also measure peak RSS growth, one fresh process per contender
    # Each round is a whole batch of concurrency_calls per contender (about 25 s for all three on 2 cores, most of it
    # the client per call); 3 rounds put every contender once in each position and keep `make bench` near 3 min.
    concurrency_rounds: int = 3
    concurrency_calls: int = 500
    concurrency_limit: int = 50
    generate_rounds: int = 3
    generate_bare: bool = True  # also time the generator without its ruff post-hooks
    profile_repeat: int = 20  # operations per pyinstrument profile
    collect_garbage: bool = True  # full GC before each timed turn; off in the smoke test, where it is most of the time


FULL = Scale()
SMOKE = Scale(
    overhead_rounds=2,
    overhead_calls=2,
    parse_rounds=2,
    list_size=20,
    optimization_size=20,
    memory_repeats=1,
    rss=False,
    concurrency_rounds=1,
    concurrency_calls=6,
    concurrency_limit=3,
    generate_rounds=1,
    generate_bare=False,
    profile_repeat=1,
    collect_garbage=False,
)
