"""`make demo`: the seeds' backtest and optimization workflows through `QuantConnect`, told step by step.

Without credentials it starts the mock server (`python -m mock_server` on a free 127.0.0.1 port) and runs against
it. With QUANTCONNECT_USER_ID and QUANTCONNECT_API_TOKEN set it runs against the real API instead (base URL from
QUANTCONNECT_BASE_URL, else the public one) and says so. The story creates a project, uploads main.py and compiles
it, unless QUANTCONNECT_PROJECT_ID (and optionally QUANTCONNECT_COMPILE_ID) name an existing project to use; then it
backtests (orders, a chart, statistics), optimizes two parameters, and deletes everything it created.
On the real API an optimization costs QCC: the demo aborts it after a few backtests, as the seeds do, and
--no-optimization skips it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from contextlib import ExitStack

from demo_optimization import optimization_workflow
from demo_steps import Demo, authenticate_step, backtest_workflow, compile_project, prepare_project
from demo_text import Narrator
from quantconnect_client import QuantConnect, QuantConnectError

from mock_server.launcher import running_mock

REAL_BASE_URL = "https://www.quantconnect.com/api/v2"
# Faster than the mock's defaults so the whole story takes seconds, slow enough to show progress.
MOCK_TIMINGS = ["--backtest-seconds", "1.5", "--queue-seconds", "0.3", "--compile-seconds", "0.3"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-optimization", action="store_true", help="skip the optimization workflow")
    parser.add_argument("--mock", action="store_true", help="use the mock even when credentials are set")
    args = parser.parse_args(argv)
    say = Narrator()
    user_id = os.environ.get("QUANTCONNECT_USER_ID", "").strip()
    api_token = os.environ.get("QUANTCONNECT_API_TOKEN", "").strip()
    with ExitStack() as stack:
        if user_id and api_token and not args.mock:
            base_url = os.environ.get("QUANTCONNECT_BASE_URL", "").strip() or REAL_BASE_URL
            say.say(f"QUANTCONNECT_USER_ID and QUANTCONNECT_API_TOKEN are set: running against {base_url}")
            client = stack.enter_context(QuantConnect(user_id, api_token, base_url=base_url))
            demo = Demo(client, say, poll_interval=2.0, wait_limit=1800)
        else:
            server = stack.enter_context(running_mock(MOCK_TIMINGS))
            say.say(f"No QuantConnect credentials in the environment: running against the mock at {server.base_url}")
            client = stack.enter_context(QuantConnect(server.user_id, server.api_token, base_url=server.base_url))
            demo = Demo(client, say, poll_interval=0.25, wait_limit=60)
        try:
            run_story(demo, optimize=not args.no_optimization)
        except (QuantConnectError, RuntimeError, TimeoutError) as exc:
            say.finish(f"The demo stopped: {type(exc).__name__}: {exc}")
            return 1
        finally:
            demo.clean_up()
    say.finish(f"Done in {time.monotonic() - say.started:.1f} s.")
    return 0


def run_story(demo: Demo, optimize: bool) -> None:
    authenticate_step(demo)
    project_id, compile_id = existing_project(demo) or prepare_project(demo, f"Demo/EMA Cross {int(time.time())}")
    backtest_workflow(demo, project_id, compile_id)
    if optimize:
        optimization_workflow(demo, project_id, compile_id)


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
