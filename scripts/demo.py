"""`make demo`: the seeds' backtest and optimization workflows through `QuantConnect`, told step by step.

Without credentials it starts the mock server (`python -m mock_server` on a free 127.0.0.1 port) and runs against
it. With QUANTCONNECT_USER_ID and QUANTCONNECT_API_TOKEN set it runs against the real API instead (base URL from
QUANTCONNECT_BASE_URL, else the public one) and says so. The story creates a project, uploads main.py and compiles
it, unless QUANTCONNECT_PROJECT_ID (and optionally QUANTCONNECT_COMPILE_ID) name an existing project to use; then it
backtests (orders, a chart, statistics), optimizes two parameters, deploys the project to paper trading (watches
its equity and holdings, liquidates and stops it), and deletes everything it created.
On the real API an optimization costs QCC: the demo aborts it after a few backtests, as the seeds do, and
--no-optimization skips it. Paper trading takes a live node there: the live chapter runs only when
QUANTCONNECT_LIVE_NODE_ID names one; --no-live skips it everywhere.

On a terminal the waits (compile, backtest, optimization, live) are progress bars and the results are tables (rich);
when stdout is not a terminal, or with --plain, it prints plain lines: one per change of status, plain tables.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections.abc import Sequence
from contextlib import ExitStack

from quantconnect_client import (
    BacktestError,
    CompileError,
    OptimizationError,
    QuantConnect,
    QuantConnectError,
    WaitTimeout,
)

from mock_server.launcher import running_mock

from .demo_live import MOCK_LIVE_NODE, live_workflow
from .demo_optimization import optimization_workflow
from .demo_progress import narrator_for
from .demo_steps import Demo, authenticate_step, backtest_workflow, compile_project, prepare_project
from .demo_text import Narrator

REAL_BASE_URL = "https://www.quantconnect.com/api/v2"
# Faster than the mock's defaults so the whole story takes seconds, slow enough to show progress. A backtest's
# results are there when it completes: the platform's occasional late results (which the waiter re-reads,
# 10 s apart) would only make the demo wait.
MOCK_TIMINGS = [
    *("--backtest-seconds", "1.5", "--queue-seconds", "0.3", "--compile-seconds", "0.3"),
    *("--results-pending-reads", "0"),
]
# Reads of the mock, every this many seconds; the real API is read on the client's default (lean-cli's) schedule.
MOCK_POLL = 0.2


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-optimization", action="store_true", help="skip the optimization workflow")
    parser.add_argument("--no-live", action="store_true", help="skip the live (paper trading) chapter")
    parser.add_argument("--mock", action="store_true", help="use the mock even when credentials are set")
    parser.add_argument("--plain", action="store_true", help="plain lines even on a terminal (no progress bars)")
    args = parser.parse_args(argv)
    say = narrator_for(sys.stdout, plain=args.plain)
    user_id = os.environ.get("QUANTCONNECT_USER_ID", "").strip()
    api_token = os.environ.get("QUANTCONNECT_API_TOKEN", "").strip()
    with ExitStack() as stack:
        if user_id and api_token and not args.mock:
            base_url = os.environ.get("QUANTCONNECT_BASE_URL", "").strip() or REAL_BASE_URL
            say.say(f"QUANTCONNECT_USER_ID and QUANTCONNECT_API_TOKEN are set: running against {base_url}")
            client = stack.enter_context(QuantConnect(user_id, api_token, base_url=base_url))
            demo = Demo(client, say, poll=None, wait_limit=1800)
            live_node = os.environ.get("QUANTCONNECT_LIVE_NODE_ID", "").strip() or None
            if live_node is None and not args.no_live:
                say.say("QUANTCONNECT_LIVE_NODE_ID is not set: the live (paper trading) chapter is skipped")
        else:
            server = stack.enter_context(running_mock(MOCK_TIMINGS))
            say.say(f"No QuantConnect credentials in the environment: running against the mock at {server.base_url}")
            client = stack.enter_context(QuantConnect(server.user_id, server.api_token, base_url=server.base_url))
            demo = Demo(client, say, poll=lambda: itertools.repeat(MOCK_POLL), wait_limit=60)
            live_node = MOCK_LIVE_NODE
        try:
            run_story(demo, optimize=not args.no_optimization, live_node=None if args.no_live else live_node)
        except (QuantConnectError, RuntimeError, TimeoutError) as exc:
            say.finish(f"The demo stopped: {type(exc).__name__}: {exc}")
            explain(say, exc)
            return 1
        except KeyboardInterrupt as exc:
            say.finish("Interrupted.")
            for note in getattr(exc, "__notes__", []):
                say.problem(note)
            return 130
        finally:
            demo.clean_up()
    say.finish(f"Done in {time.monotonic() - say.started:.1f} s.")
    return 0


def explain(say: Narrator, exc: BaseException) -> None:
    """What a failed wait left to know: the build log, the algorithm's error, the status, how to stop it."""
    if isinstance(exc, CompileError):
        say.problem("The build log:" if exc.logs else "The build log is empty.")
        for line in exc.logs:
            say.problem(f"  {line}")
    elif isinstance(exc, BacktestError):
        say.problem(f"The algorithm's error: {exc.error or '(none given)'}")
        if exc.stacktrace:
            say.problem(exc.stacktrace)
    elif isinstance(exc, OptimizationError):
        say.problem(f"The optimization ended {exc.status or 'without a status'}.")
    elif isinstance(exc, WaitTimeout):
        say.problem(f"The last status seen was {exc.last_status!r}; the job may still be running.")


def run_story(demo: Demo, optimize: bool, live_node: str | None = None) -> None:
    """The chapters in order; the live one only with a live node to deploy on (see main)."""
    authenticate_step(demo)
    project_id, compile_id = existing_project(demo) or prepare_project(demo, f"Demo/EMA Cross {int(time.time())}")
    backtest_workflow(demo, project_id, compile_id)
    if optimize:
        optimization_workflow(demo, project_id, compile_id)
    if live_node is not None:
        live_workflow(demo, project_id, compile_id, live_node)


def existing_project(demo: Demo) -> tuple[int, str] | None:
    """QUANTCONNECT_PROJECT_ID (compiled now unless QUANTCONNECT_COMPILE_ID is given), or None."""
    project = os.environ.get("QUANTCONNECT_PROJECT_ID", "").strip()
    if not project:
        return None
    demo.say.step(f"Use existing project {project} (QUANTCONNECT_PROJECT_ID; it is not deleted)")
    compile_id = os.environ.get("QUANTCONNECT_COMPILE_ID", "").strip()
    if compile_id:
        demo.say.say(f"compile id {compile_id} (QUANTCONNECT_COMPILE_ID)")
        return int(project), compile_id
    return int(project), compile_project(demo, int(project))


if __name__ == "__main__":
    sys.exit(main())
