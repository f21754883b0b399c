"""Fault descriptions and the per-app plan of which requests get them (off unless asked for).

A fault spec is a short string; several may be joined with commas (`slow=1,503`):

    500, 503, any 4xx/5xx  answer with that status and a JSON error body, without running the request
    429[;retry-after=N]    429 with `Retry-After: N` (default 1), without running the request
    slow=SECONDS           wait that long, then answer normally
    truncated              run the request, then send only the first half of the body
    non-json[;status=N]    answer an HTML page (status N, default 200) instead of running the request
    drop                   close the connection without any response, without running the request
    skew=SECONDS           this request sees the server clock moved by SECONDS (Date header and auth window)

Numbers must be finite and within mock_server.limits (a NaN skew would break every later request's Date).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from .bounds import seconds as checked_seconds
from .limits import (
    MAX_FAULT_COUNTERS,
    MAX_QUEUED_FAULTS,
    MAX_RETRY_AFTER_SECONDS,
    MAX_SECONDS,
    MAX_SLOW_SECONDS,
)

__all__ = ["Fault", "FaultPlan", "checked_skew", "parse_faults"]

FaultKind = Literal["status", "slow", "truncated", "non-json", "drop", "skew"]


@dataclass(frozen=True)
class Fault:
    """One parsed fault; `seconds` is the delay of `slow`, the offset of `skew`, the Retry-After of a 429."""

    kind: FaultKind
    status: int = 200
    seconds: float = 0.0
    spec: str = ""


def parse_faults(text: str) -> tuple[Fault, ...]:
    """Parses a comma-separated list of fault specs; raises ValueError naming a bad one."""
    return tuple(_parse_one(part.strip()) for part in text.split(",") if part.strip())


def _parse_one(spec: str) -> Fault:
    head, *options = [piece.strip() for piece in spec.split(";")]
    params = dict(_option(option, spec) for option in options)
    name, _, value = head.partition("=")
    name = name.strip().lower()
    try:
        if name.isascii() and name.isdigit():
            status = _status(name, 400)
            retry_after = params.pop("retry-after", "1")
            seconds = _seconds(retry_after, "retry-after", 0, MAX_RETRY_AFTER_SECONDS) if status == 429 else 0.0
            return _done(Fault("status", status=status, seconds=seconds, spec=spec), params)
        if name in ("slow", "skew"):
            kind: FaultKind = "slow" if name == "slow" else "skew"
            low, high = (0, MAX_SLOW_SECONDS) if kind == "slow" else (-MAX_SECONDS, MAX_SECONDS)
            return _done(Fault(kind, seconds=_seconds(value, name, low, high), spec=spec), params)
        if name == "non-json":
            return _done(Fault("non-json", status=_status(params.pop("status", "200"), 200), spec=spec), params)
        if name in ("truncated", "drop") and not value:
            return _done(Fault("truncated" if name == "truncated" else "drop", spec=spec), params)
    except ValueError as exc:
        raise ValueError(f"bad fault {spec!r}: {exc}") from exc
    raise ValueError(
        f"unknown fault {spec!r}; use a 4xx/5xx status, 429;retry-after=N, slow=S, truncated, non-json, drop, skew=S"
    )


def _status(text: str, lowest: int) -> int:
    if not (text.isascii() and text.isdigit() and len(text) == 3 and lowest <= int(text) <= 599):
        raise ValueError(f"status must be a number from {lowest} to 599, not {text[:20]!r}")
    return int(text)


def _seconds(text: str, name: str, low: float, high: float) -> float:
    try:
        number = float(text)
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, not {text[:20]!r}") from None
    return checked_seconds(number, name, low, high)


def checked_skew(seconds: float) -> float:
    """`seconds` as a clock skew: a finite number within MAX_SECONDS either way (ValueError otherwise)."""
    return checked_seconds(seconds, "skew", -MAX_SECONDS, MAX_SECONDS)


def _option(option: str, spec: str) -> tuple[str, str]:
    key, sep, value = option.partition("=")
    if not sep:
        raise ValueError(f"bad fault {spec!r}: option {option!r} is not key=value")
    return key.strip().lower(), value.strip()


def _done(fault: Fault, leftover: dict[str, str]) -> Fault:
    if leftover:
        raise ValueError(f"unknown option(s) {', '.join(sorted(leftover))}")
    return fault


class FaultPlan:
    """Which faults the next API requests get: a queue, a persistent clock skew, and per-header counters."""

    def __init__(self, queue: Iterable[str] = (), skew: float = 0.0) -> None:
        self._lock = threading.Lock()
        self._queue: deque[tuple[Fault, ...]] = deque()
        self._skew = checked_skew(skew)
        self._seen: dict[str, int] = {}
        self.enqueue(list(queue))

    @property
    def skew(self) -> float:
        """Seconds the server clock runs ahead of the injected clock for every request."""
        with self._lock:
            return self._skew

    def set_skew(self, seconds: float) -> None:
        """Sets the skew; ValueError (nothing changed) unless it is finite and within MAX_SECONDS either way."""
        checked = checked_skew(seconds)
        with self._lock:
            self._skew = checked

    def enqueue(self, specs: Sequence[str]) -> None:
        """The next len(specs) API requests get these faults, in order (validated before any is queued)."""
        parsed = [parse_faults(spec) for spec in specs]
        with self._lock:
            if len(self._queue) + len(parsed) > MAX_QUEUED_FAULTS:
                raise ValueError(f"next: at most {MAX_QUEUED_FAULTS} faults may wait in the queue")
            self._queue.extend(parsed)

    def reset(self) -> None:
        with self._lock:
            self._queue.clear()
            self._skew = 0.0
            self._seen.clear()

    def describe(self) -> dict[str, object]:
        with self._lock:
            return {"queue": [",".join(f.spec for f in faults) for faults in self._queue], "skew": self._skew}

    def take(self, header: str | None, times: int | None, key: str | None) -> tuple[Fault, ...]:
        """Faults for one API request: the next queued ones plus those its `X-Mock-Fault` header asks for.

        With `times`, the header's faults apply to the first `times` requests carrying the same header (or the
        same `key`), so a retrying client eventually gets through.
        """
        from_header = parse_faults(header) if header else ()
        with self._lock:
            queued = self._queue.popleft() if self._queue else ()
            if from_header and times is not None:
                counter = key or header or ""
                seen = self._seen.get(counter, 0)
                if counter not in self._seen and len(self._seen) >= MAX_FAULT_COUNTERS:
                    del self._seen[next(iter(self._seen))]  # forget the oldest counter
                self._seen[counter] = seen + 1
                if seen >= times:
                    from_header = ()
        return queued + from_header
