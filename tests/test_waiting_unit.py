"""The wait loop's decisions (auth_plugin.waiting) with scripted reads: no server, no real sleeping."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from auth_plugin.waiting import (
    BacktestError,
    CompileError,
    OptimizationError,
    Progress,
    WaitRule,
    WaitTimeout,
    lean_cli_schedule,
    wait_async,
    wait_sync,
)


@dataclass
class Backtest:
    status: str
    progress: float = 0.0
    completed: bool = False
    error: str | None = None
    stacktrace: str | None = None
    total_performance: object | None = None


@dataclass
class Compile:
    state: str
    logs: list[str] = field(default_factory=list)


BACKTEST = WaitRule(
    what="backtest",
    operation="readBacktest",
    status="status",
    progress="progress",
    done={"completed": (True,)},
    failed={"status": ("Runtime Error",)},
    failed_when_set=("error",),
    settle="total_performance",
    settle_attempts=3,
    settle_interval=10.0,
    error="BacktestError",
    stop_hint="stop it with client.backtests.delete(project_id=..., backtest_id=...)",
)
COMPILE = WaitRule(
    what="compile",
    operation="readCompile",
    status="state",
    done={"state": ("BuildSuccess", "BuildError")},
    failed={"state": ("BuildError",)},
    error="CompileError",
    stop_hint="it can be left to finish",
)
OPTIMIZATION = WaitRule(
    what="optimization",
    operation="readOptimization",
    status="status",
    done={"status": ("completed", "aborted", "failed")},
    failed={"status": ("aborted", "failed")},
    error="OptimizationError",
    stop_hint="stop it with client.optimizations.abort(optimization_id=...)",
)


class Script:
    """Answers reads from a list (the last one repeats) and records the sleeps on a fake clock."""

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)
        self.reads = 0
        self.slept: list[float] = []
        self.now = 0.0

    def read(self) -> Any:
        self.reads += 1
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]

    async def aread(self) -> Any:
        return self.read()

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def clock(self) -> float:
        return self.now


def run(script: Script, rule: WaitRule, mode: str, **options: Any) -> Any:
    if mode == "sync":
        return wait_sync(script.read, rule, sleep=script.sleep, clock=script.clock, **options)
    return asyncio.run(wait_async(script.aread, rule, sleep=script.asleep, clock=script.clock, **options))


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


def test_the_default_schedule_is_lean_clis() -> None:
    schedule: Iterator[float] = lean_cli_schedule()
    first = [next(schedule) for _ in range(4 + 9 + 10 + 54 + 3)]
    assert first == [0.25] * 4 + [1.0] * 9 + [2.0] * 10 + [5.0] * 54 + [10.0] * 3


@MODES
def test_success_returns_the_finished_result_and_reports_each_change(mode: str) -> None:
    done = Backtest("Completed.", 1.0, True, total_performance={"ok": 1})
    script = Script(Backtest("In Queue..."), Backtest("Running: 40%", 0.4), Backtest("Running: 40%", 0.4), done)
    seen: list[Progress[Any]] = []
    assert run(script, BACKTEST, mode, poll=[1, 2, 3], on_progress=seen.append) is done
    assert [(p.status, p.progress) for p in seen] == [("In Queue...", 0.0), ("Running: 40%", 0.4), ("Completed.", 1.0)]
    assert script.slept == [1, 2, 3]


@MODES
def test_results_written_late_are_re_read_until_present(mode: str) -> None:
    late = Backtest("Completed.", 1.0, True)
    done = Backtest("Completed.", 1.0, True, total_performance={"ok": 1})
    script = Script(late, late, done)
    assert run(script, BACKTEST, mode, poll=[]) is done
    assert script.slept == [10.0, 10.0]


@MODES
def test_results_that_never_appear_end_in_a_bounded_wait_timeout(mode: str) -> None:
    script = Script(Backtest("Completed.", 1.0, True))
    with pytest.raises(WaitTimeout, match="total_performance was still missing after 3 re-reads") as caught:
        run(script, BACKTEST, mode, poll=[])
    assert script.reads == 4 and caught.value.last_status == "Completed."


@MODES
def test_a_runtime_error_raises_backtest_error_with_its_stacktrace(mode: str) -> None:
    failed = Backtest("Runtime Error", 0.3, True, error="ZeroDivisionError", stacktrace="at main.py:12")
    with pytest.raises(BacktestError, match="ZeroDivisionError") as caught:
        run(Script(Backtest("Running: 10%", 0.1), failed), BACKTEST, mode, poll=[0.5])
    assert caught.value.error == "ZeroDivisionError" and caught.value.stacktrace == "at main.py:12"
    assert caught.value.operation == "readBacktest" and caught.value.result is failed


@MODES
def test_a_build_error_raises_compile_error_with_the_logs(mode: str) -> None:
    failed = Compile("BuildError", ["main.py(3,5): error: invalid syntax"])
    with pytest.raises(CompileError, match="invalid syntax") as caught:
        run(Script(Compile("InQueue"), failed), COMPILE, mode, poll=[0.5])
    assert caught.value.logs == ["main.py(3,5): error: invalid syntax"]


@MODES
def test_an_aborted_optimization_says_so(mode: str) -> None:
    @dataclass
    class Optimization:
        status: str

    with pytest.raises(OptimizationError, match="aborted") as caught:
        run(Script(Optimization("running"), Optimization("aborted")), OPTIMIZATION, mode, poll=[1])
    assert caught.value.status == "aborted"


@MODES
def test_timeout_names_what_and_the_last_status(mode: str) -> None:
    script = Script(Backtest("Running: 10%", 0.1))
    with pytest.raises(WaitTimeout, match=r"backtest not finished: 3 s passed; last status 'Running: 10%'") as caught:
        run(script, BACKTEST, mode, poll=[1, 1, 1, 1, 1], timeout=3)
    assert caught.value.last_status == "Running: 10%"
    assert "client.backtests.delete" in str(caught.value)
    assert script.now <= 3


def test_ctrl_c_leaves_the_job_alone_and_says_how_to_stop_it() -> None:
    def interrupted() -> Any:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as caught:
        wait_sync(interrupted, BACKTEST, sleep=lambda seconds: None)
    assert any("client.backtests.delete(project_id=..., backtest_id=...)" in note for note in caught.value.__notes__)


def test_cancelling_an_async_wait_cancels_and_says_how_to_stop_the_job() -> None:
    async def main() -> BaseException:
        started = asyncio.Event()

        async def read() -> Backtest:
            started.set()
            return Backtest("Running: 1%", 0.01)

        async def forever(seconds: float) -> None:
            await asyncio.Event().wait()

        task = asyncio.create_task(wait_async(read, BACKTEST, sleep=forever))
        await started.wait()
        await asyncio.sleep(0)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError as exc:
            return exc
        raise AssertionError("the wait was not cancelled")

    cancelled = asyncio.run(main())
    assert isinstance(cancelled, asyncio.CancelledError)
    assert any("goes on running" in note for note in cancelled.__notes__)


@MODES
def test_progress_can_be_a_ratio_of_two_string_counters(mode: str) -> None:
    @dataclass
    class Counters:
        completed: str
        total: str

    @dataclass
    class Optimization:
        status: str
        runtime_statistics: Counters

    rule = WaitRule(
        what="optimization",
        operation="readOptimization",
        status="status",
        done={"status": ("completed",)},
        error="OptimizationError",
        stop_hint="-",
        progress_ratio=("runtime_statistics.completed", "runtime_statistics.total"),
    )
    answers = [Optimization("running", Counters(n, "4")) for n in ("0", "1", "3")]
    answers.append(Optimization("completed", Counters("4", "4")))
    seen: list[Progress[Any]] = []
    run(Script(*answers), rule, mode, poll=[1, 1, 1], on_progress=seen.append)
    assert [p.progress for p in seen] == [0.0, 0.25, 0.75, 1.0]


@MODES
def test_a_callers_schedule_also_paces_the_re_reads_for_missing_results(mode: str) -> None:
    late = Backtest("Completed.", 1.0, True)
    done = Backtest("Completed.", 1.0, True, total_performance={"ok": 1})
    script = Script(late, done)
    run(script, BACKTEST, mode, poll=[0.5, 0.5])
    assert script.slept == [0.5]
