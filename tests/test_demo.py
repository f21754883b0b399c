"""`make demo` end to end: scripts/demo.py, without credentials, runs the whole story against the mock and exits 0."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.conftest import REPO

# The project's virtual environment, as `make demo` uses it (else whichever interpreter runs the tests).
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
# The demo takes a few seconds against the mock; this only stops a hung demo from hanging the suite.
TIMEOUT = 90

# What the output must show, in this order: (what, pattern).
STEPS = [
    ("runs against the mock", r"No QuantConnect credentials in the environment: running against the mock at http://"),
    ("authenticates", r"^\s*\d+\. Authenticate\b"),
    ("creates a project", r"^\s*\d+\. Create project .*\n\s+project id \d+$"),
    ("compiles", r"^\s*\d+\. Compile project \d+"),
    ("the build succeeds", r"^\s+\.\.\. state BuildSuccess$"),
    ("the backtest completes", r"^\s+\.\.\. Completed\."),
    ("a statistics table", r"^\s+statistics:\n\s+Statistic\s+Value\n\s+-+\s+-+$"),
    ("with the Sharpe ratio", r"^\s+Sharpe Ratio\s+-?\d"),
    ("reads the orders", r"^\s+\d+ orders in the first page"),
    ("reads the chart", r"^\s+series 'Equity': \d+ points"),
    ("deletes the backtest", r"deleted; reading it now fails: Backtest not found"),
    ("starts an optimization", r"^\s*\d+\. Start the optimization"),
    ("aborts it", r"^\s*\d+\. Abort the optimization .*\n\s+status aborted$"),
    ("deletes it", r"^\s*\d+\. Delete optimization \S+ .*\n\s+deleted$"),
    ("cleans up", r"^\s*\d+\. Clean up what the demo created .*\n\s+deleted project \d+$"),
    ("finishes", r"^Done in \d+\.\d s\.$"),
]


def test_demo_runs_the_whole_story_against_the_mock() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("QUANTCONNECT_")}
    env["PYTHONUNBUFFERED"] = "1"

    result = subprocess.run(
        [PYTHON, "scripts/demo.py"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )

    output = result.stdout
    assert result.returncode == 0, f"exit code {result.returncode}\n{output}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    assert "The demo stopped" not in output, output
    position = 0
    for what, pattern in STEPS:
        found = re.compile(pattern, re.MULTILINE).search(output, position)
        assert found, f"the demo's output does not show that it {what} ({pattern!r}) after:\n{output[position:]}"
        position = found.end()
