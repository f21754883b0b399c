"""Waiting for long-running work (compiles, backtests, optimizations): one decision loop, sync and async.

The generated `wait` / `create_and_wait` methods pass a `WaitRule` (rendered from the spec's `x-qc-wait`) and a
`read` callable that goes through the client's request loop, so every poll is signed, retried and typed.
`_wait_steps` decides; `wait_sync` and `wait_async` only read and sleep, as `flow.run_sync`/`run_async` do.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .errors import QuantConnectError

__all__ = [
    "LEAN_CLI_SCHEDULE",
    "BacktestError",
    "CompileError",
    "LiveError",
    "OptimizationError",
    "Progress",
    "WaitError",
    "WaitRule",
    "WaitTimeout",
    "lean_cli_schedule",
    "wait_async",
    "wait_sync",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

LEAN_CLI_SCHEDULE: tuple[tuple[float, int | None], ...] = ((0.25, 4), (1.0, 9), (2.0, 10), (5.0, 54), (10.0, None))
"""(seconds, times) of QuantConnect's own CLI between polls; None: from then on."""


def lean_cli_schedule() -> Iterator[float]:
    """The delays lean-cli waits between polls: 0.25 s x4, 1 s x9, 2 s x10, 5 s x54, then every 10 s."""
    for seconds, times in LEAN_CLI_SCHEDULE:
        yield from itertools.repeat(seconds) if times is None else itertools.repeat(seconds, times)


class WaitError(QuantConnectError):
    """A wait ended without the finished result; `result` is the last object read (None before any read)."""

    def __init__(self, message: str, *, result: Any = None, operation: str | None = None) -> None:
        super().__init__(message, operation=operation)
        self.result = result

    def _text(self, name: str) -> str | None:
        """The result's `name` attribute when it is a string (the result may be any model, or None)."""
        value = getattr(self.result, name, None)
        return value if isinstance(value, str) else None


class CompileError(WaitError):
    """The build failed; `logs` are the build log's lines."""

    @property
    def logs(self) -> list[str]:
        logs = getattr(self.result, "logs", None)
        return list(logs) if isinstance(logs, list) else []


class BacktestError(WaitError):
    """The backtest ended in an error; `error` and `stacktrace` are the platform's."""

    @property
    def error(self) -> str | None:
        return self._text("error")

    @property
    def stacktrace(self) -> str | None:
        return self._text("stacktrace")


class OptimizationError(WaitError):
    """The optimization was aborted or failed; `status` says which."""

    @property
    def status(self) -> str | None:
        return self._text("status")


class LiveError(WaitError):
    """The live algorithm stopped with an error (or was stopped) while it was waited for; `status` says how."""

    @property
    def status(self) -> str | None:
        return self._text("status")

    @property
    def error(self) -> str | None:
        return self._text("error")


class WaitTimeout(WaitError):
    """The wait ran out of time (or the results never appeared); `last_status` is the last status seen."""

    def __init__(self, message: str, *, result: Any = None, operation: str | None = None, last_status: Any = None):
        super().__init__(message, result=result, operation=operation)
        self.last_status = last_status


ERRORS: Mapping[str, type[WaitError]] = {
    "CompileError": CompileError,
    "BacktestError": BacktestError,
    "OptimizationError": OptimizationError,
    "LiveError": LiveError,
}


@dataclass(frozen=True)
class Progress(Generic[T_co]):
    """What `on_progress` receives whenever the status or the progress changes: `result` is the object read.

    Covariant, so one callback taking `Progress[object]` serves every wait.
    """

    what: str
    status: str
    progress: float | None
    result: T_co = field(repr=False)


@dataclass(frozen=True)
class WaitRule:
    """When a read result is finished, failed or settled; rendered from an operation's `x-qc-wait`.

    Attributes name the generated model's attributes. `done`/`failed` map an attribute to the values that mean
    finished / failed; `failed_when_set` are attributes whose non-empty value means failure; `settle` is an
    attribute that must be non-null before a finished result is returned (re-read `settle_attempts` times,
    `settle_interval` seconds apart, or at the pace of a `poll` the caller gives); `stop_hint` tells a user how
    to stop the remote job. Progress is the `progress` attribute, or `progress_ratio`'s done / total (dotted
    attribute paths, values that may be strings such as the optimizations' counters).
    """

    what: str
    operation: str
    status: str
    done: Mapping[str, tuple[Any, ...]]
    error: str
    stop_hint: str
    progress: str | None = None
    failed: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    failed_when_set: tuple[str, ...] = ()
    settle: str | None = None
    settle_attempts: int = 6
    settle_interval: float = 10.0
    progress_ratio: tuple[str, str] | None = None

    def hint(self, ids: Mapping[str, object]) -> str:
        """`stop_hint` with the ids of what is waited for filled in (`...` for any it does not know)."""
        return self.stop_hint.format_map(_Ids(ids))

    def subject(self, ids: Mapping[str, object]) -> str:
        """What is waited for: "backtest (project_id=1, backtest_id='ab12')"."""
        named = ", ".join(f"{name}={value!r}" for name, value in ids.items())
        return f"{self.what} ({named})" if named else self.what

    def status_of(self, result: Any) -> str:
        return str(getattr(result, self.status, ""))

    def progress_of(self, result: Any) -> float | None:
        if self.progress_ratio is not None:
            done, total = (_number(_path(result, path)) for path in self.progress_ratio)
            return None if done is None or not total else min(1.0, done / total)
        return _number(getattr(result, self.progress, None)) if self.progress else None

    def is_done(self, result: Any) -> bool:
        return any(getattr(result, name, None) in values for name, values in self.done.items())

    def has_failed(self, result: Any) -> bool:
        if any(getattr(result, name, None) in values for name, values in self.failed.items()):
            return True
        return any(getattr(result, name, None) for name in self.failed_when_set)

    def is_settled(self, result: Any) -> bool:
        return self.settle is None or getattr(result, self.settle, None) is not None


class _Unknown:
    def __repr__(self) -> str:
        return "..."


class _Ids(dict[str, object]):
    def __missing__(self, key: str) -> object:
        return _Unknown()


def _path(value: Any, path: str) -> Any:
    for name in path.split("."):
        value = getattr(value, name, None)
    return value


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(value) if isinstance(value, str) else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Read:
    pass


@dataclass(frozen=True, slots=True)
class _Sleep:
    seconds: float


_Steps = Generator[_Read | _Sleep, Any, Any]


def _wait_steps(
    rule: WaitRule,
    poll: Iterable[float] | None,
    timeout: float | None,
    clock: Callable[[], float],
    on_progress: Callable[[Progress[Any]], None] | None,
    ids: Mapping[str, object],
) -> _Steps:
    started = clock()
    delays = lean_cli_schedule() if poll is None else iter(poll)
    # A caller's own schedule also paces the re-reads for missing results (tests, impatient scripts).
    settle_delays = None if poll is None else delays
    seen: tuple[str, float | None] | None = None
    settle_reads = 0
    while True:
        result = yield _Read()
        status, progress = rule.status_of(result), rule.progress_of(result)
        if on_progress is not None and (status, progress) != seen:
            on_progress(Progress(rule.what, status, progress, result))
        seen = (status, progress)
        if rule.is_done(result) or rule.has_failed(result):
            if rule.has_failed(result):
                raise ERRORS[rule.error](
                    f"{rule.subject(ids)} failed: {status}{_detail(result)}", result=result, operation=rule.operation
                )
            if rule.is_settled(result):
                return result
            # Marked finished before its results were written (lean-cli #532): re-read, boundedly.
            if settle_reads >= rule.settle_attempts:
                raise WaitTimeout(
                    f"{rule.subject(ids)} is {status!r} but its {rule.settle} was still missing after "
                    f"{settle_reads} re-reads",
                    result=result,
                    operation=rule.operation,
                    last_status=status,
                )
            settle_reads += 1
            paced = None if settle_delays is None else next(settle_delays, None)
            yield _Sleep(rule.settle_interval if paced is None else min(paced, rule.settle_interval))
            continue
        delay = next(delays, None)
        elapsed = clock() - started
        if delay is None or (timeout is not None and elapsed + delay > timeout):
            limit = "the poll schedule ran out" if delay is None else f"{timeout:g} s passed"
            raise WaitTimeout(
                f"{rule.subject(ids)} not finished: {limit}; last status {status!r}. "
                f"It goes on running: {rule.hint(ids)}",
                result=result,
                operation=rule.operation,
                last_status=status,
            )
        yield _Sleep(delay)


def _detail(result: Any) -> str:
    parts = [str(getattr(result, name)) for name in ("error",) if getattr(result, name, None)]
    logs = getattr(result, "logs", None)
    if isinstance(logs, list) and logs:
        parts.append("; ".join(str(line) for line in logs[-3:]))
    return f" ({' | '.join(parts)})" if parts else ""


def _interrupted(exc: BaseException, rule: WaitRule, ids: Mapping[str, object]) -> None:
    exc.add_note(
        f"The wait for the {rule.subject(ids)} was interrupted; it goes on running on QuantConnect: {rule.hint(ids)}"
    )


def wait_sync(
    read: Callable[[], T],
    rule: WaitRule,
    *,
    timeout: float | None = None,
    poll: Iterable[float] | None = None,
    on_progress: Callable[[Progress[T]], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    ids: Mapping[str, object] | None = None,
) -> T:
    """Poll `read()` until `rule` says the result is finished (and settled); raise its error or WaitTimeout.

    `ids` name what is waited for, in messages and in the hint how to stop it; `clock` measures `timeout`.
    """
    steps = _wait_steps(rule, poll, timeout, clock, on_progress, ids or {})
    reply: Any = None
    try:
        while True:
            try:
                step = steps.send(reply)
            except StopIteration as stop:
                finished: T = stop.value
                return finished
            if isinstance(step, _Read):
                reply = read()
            else:
                sleep(step.seconds)
                reply = None
    except KeyboardInterrupt as exc:
        _interrupted(exc, rule, ids or {})
        raise


async def wait_async(
    read: Callable[[], Awaitable[T]],
    rule: WaitRule,
    *,
    timeout: float | None = None,
    poll: Iterable[float] | None = None,
    on_progress: Callable[[Progress[T]], None] | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
    ids: Mapping[str, object] | None = None,
) -> T:
    """The async twin of `wait_sync`: the same decisions; cancellation leaves the remote job alone."""
    steps = _wait_steps(rule, poll, timeout, clock, on_progress, ids or {})
    reply: Any = None
    try:
        while True:
            try:
                step = steps.send(reply)
            except StopIteration as stop:
                finished: T = stop.value
                return finished
            if isinstance(step, _Read):
                reply = await read()
            else:
                await sleep(step.seconds)
                reply = None
    except (KeyboardInterrupt, asyncio.CancelledError) as exc:
        _interrupted(exc, rule, ids or {})
        raise
