"""`make demo` end to end: `python -m scripts.demo`, without credentials, runs the whole story against the mock.

Captured, stdout is not a terminal: the demo must print plain lines (no escape codes, no carriage-return
redraws). On a pseudo-terminal it draws rich progress bars and tables. The narrators and the failure messages
are also checked in-process.
"""

from __future__ import annotations

import fcntl
import io
import itertools
import os
import pty
import re
import selectors
import struct
import subprocess
import sys
import termios
import time
from typing import Any

import pytest
from quantconnect_client import CompileError, QuantConnect
from rich.console import Console

from scripts import demo, demo_progress, demo_steps, demo_text
from tests.conftest import REPO

# The project's virtual environment, as `make demo` uses it (else whichever interpreter runs the tests).
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
# The demo takes a few seconds against the mock; this only stops a hung demo from hanging the suite.
TIMEOUT = 90

# What the output must show, in this order: (what, pattern).
STEPS = [
    ("runs against the mock", r"No QuantConnect credentials in the environment: running against the mock at http://"),
    ("authenticates", r"^ 1\. Authenticate\b"),
    ("creates a project", r"^ 2\. Create project .*\n\s+project id \d+$"),
    ("compiles", r"^ 4\. Compile project \d+"),
    ("the build succeeds", r"^    \.\.\. state BuildSuccess\n    compile id \S+$"),
    ("the backtest runs", r"^    \.\.\. Running: \d+%$"),
    ("the backtest completes", r"^    \.\.\. Completed\. \(100%\)$"),
    ("a statistics table", r"^    statistics:\n\s+Statistic\s+Value\n\s+-+\s+-+$"),
    ("with the Sharpe ratio", r"^\s+Sharpe Ratio\s+-?\d"),
    ("reads the orders", r"^    \d+ orders in all; the first \d+:\n\s+Id\s+Time\s+Symbol\s+Quantity\s+Price$"),
    ("reads the chart", r"^\s+series 'Equity': \d+ points"),
    ("deletes the backtest", r"deleted; reading it now fails: Backtest not found"),
    ("starts an optimization", r"^13\. Start the optimization"),
    ("watches it", r"^    \.\.\. running: \d+ of \d+ backtests completed$"),
    (
        "aborts it",
        r"^16\. Abort the optimization .*\n    \.\.\. aborted: \d+ of \d+ backtests completed\n    status aborted$",
    ),
    (
        "shows its results",
        r"^    finished backtests:\n\s+ema_fast\s+ema_slow\s+Sharpe\s+Net profit\s+Drawdown\s+Orders$",
    ),
    ("deletes it", r"^18\. Delete optimization \S+ .*\n\s+deleted$"),
    (
        "deploys to paper trading",
        r"^19\. Deploy project \d+ to paper trading on live node LN-\w+ .*\n    deploy id L-\w+",
    ),
    ("the deployment runs", r"^    \.\.\. status Running\n    running on PaperBrokerage"),
    ("watches equity and holdings", r"^    \.\.\. equity \$[\d,.]+, holdings \$[\d,.]+, net profit -?\$[\d,.]+$"),
    ("with a holdings table or none", r"^    (holdings:|no holdings at the moment)"),
    (
        "liquidates",
        r"^22\. Liquidate: .*\n    \.\.\. status Liquidated\n    status Liquidated; \d+ orders in all, these closed",
    ),
    ("stops", r"^23\. Stop the live algorithm .*\n    status Liquidated, stopped \S+ \S+; the portfolio holds \$"),
    ("cleans up", r"^24\. Clean up what the demo created .*\n\s+deleted project \d+$"),
    ("finishes", r"^Done in \d+\.\d s\.$"),
]


def _environment(**extra: str) -> dict[str, str]:
    """This environment without QuantConnect credentials (so the demo uses the mock), plus `extra`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("QUANTCONNECT_")}
    return {**env, "PYTHONUNBUFFERED": "1", **extra}


def test_demo_runs_the_whole_story_against_the_mock_in_plain_lines() -> None:
    # FORCE_COLOR would make rich colour a pipe; the demo's plain mode does not use rich at all.
    result = subprocess.run(
        [PYTHON, "-m", "scripts.demo"],
        cwd=REPO,
        env=_environment(FORCE_COLOR="1"),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )

    output = result.stdout
    assert result.returncode == 0, f"exit code {result.returncode}\n{output}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    assert "The demo stopped" not in output, output
    assert "\x1b[" not in output, "escape codes in the output of a run that is not on a terminal"
    assert "\r" not in output, "carriage returns (redraws) in the output of a run that is not on a terminal"
    assert re.findall(r"^ ?(\d+)\. ", output, re.MULTILINE) == [str(n) for n in range(1, 25)], output
    position = 0
    for what, pattern in STEPS:
        found = re.compile(pattern, re.MULTILINE).search(output, position)
        assert found, f"the demo's output does not show that it {what} ({pattern!r}) after:\n{output[position:]}"
        position = found.end()
    # One line per change of status: the waits poll several times per status, the output does not repeat it.
    progress = re.findall(r"^    \.\.\. (.*)$", output, re.MULTILINE)
    assert all(a != b for a, b in itertools.pairwise(progress)), progress


def _run_on_a_terminal(args: list[str], columns: int = 120, rows: int = 40) -> tuple[int, str]:
    """Run the demo with a pseudo-terminal as stdout and stderr; its exit code and all it wrote."""
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    process = subprocess.Popen(
        [PYTHON, "-m", "scripts.demo", *args],
        cwd=REPO,
        env=_environment(TERM="xterm-256color"),
        stdin=subprocess.DEVNULL,
        stdout=terminal,
        stderr=terminal,
    )
    os.close(terminal)
    chunks: list[bytes] = []
    deadline = time.monotonic() + TIMEOUT
    with selectors.DefaultSelector() as selector:
        selector.register(controller, selectors.EVENT_READ)
        try:
            while time.monotonic() < deadline:
                if not selector.select(timeout=1.0):
                    continue
                try:
                    data = os.read(controller, 65536)
                except OSError:  # EIO: every end of the terminal is closed, the demo has exited
                    break
                if not data:
                    break
                chunks.append(data)
        finally:
            os.close(controller)
            if process.poll() is None:
                process.kill()
    return process.wait(timeout=10), b"".join(chunks).decode("utf-8", "replace")


def test_demo_on_a_terminal_draws_progress_bars_and_tables() -> None:
    code, output = _run_on_a_terminal(["--no-optimization"])

    assert code == 0, output
    assert "Traceback" not in output, output
    assert "\x1b[" in output, "no styling on a terminal"
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", output)
    shown_items = ("✓ compile", "✓ backtest", "✓ chart", "✓ deploy", "✓ live", "✓ liquidate", "━━━━", "100%")
    for shown in (*shown_items, "Completed. (100%)", "Statistic", "Done in"):
        assert shown in plain, f"{shown!r} missing from the terminal output:\n{plain}"
    assert "... state" not in plain, "plain progress lines on a terminal"


# ----- in-process: the narrators and the failure messages ----------------------------------------------------------


def test_plain_narrator_prints_one_line_per_change_and_plain_tables() -> None:
    out = io.StringIO()
    narrator = demo_text.PlainNarrator(out)

    narrator.step("Wait")
    with narrator.waiting("backtest") as bar:
        for status, done in [("In Queue...", 0.0), ("In Queue...", 0.0), ("Running: 5%", 0.05), ("Completed.", 1.0)]:
            bar.show(status, done, 1.0)
    narrator.table(["Name", "Value"], [("Sharpe Ratio", "1.5"), ("Total Fees", "$15.56")], title="statistics:")

    lines = out.getvalue().splitlines()
    assert lines[2:] == [
        "    ... In Queue...",
        "    ... Running: 5%",
        "    ... Completed.",
        "    statistics:",
        "      Name           Value",
        "      ------------  ------",
        "      Sharpe Ratio     1.5",
        "      Total Fees    $15.56",
    ]


def _terminal_narrator(out: io.StringIO) -> demo_progress.RichNarrator:
    return demo_progress.RichNarrator(Console(file=out, force_terminal=True, width=100, color_system="standard"))


def test_rich_narrator_ticks_a_finished_wait_and_crosses_a_failed_one() -> None:
    out = io.StringIO()
    narrator = _terminal_narrator(out)

    with narrator.waiting("backtest") as bar:
        bar.show("Running: 50%", 0.5, 1.0)
        bar.show("Completed.", 1.0, 1.0)
    with pytest.raises(RuntimeError), narrator.waiting("compile") as bar:
        bar.show("state BuildError")
        raise RuntimeError("the build failed")
    narrator.table(["Statistic", "Value"], [("Sharpe Ratio", "1.5")])

    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.getvalue())
    assert re.search(r"✓ backtest\s+━+ 100% .*Completed\.", text), text
    assert re.search(r"✗ compile .*state BuildError", text), text
    assert re.search(r"Statistic\s+Value", text) and re.search(r"Sharpe Ratio\s+1\.5", text), text


def test_narrator_for_is_plain_unless_the_output_is_a_terminal() -> None:
    assert isinstance(demo_progress.narrator_for(io.StringIO()), demo_text.PlainNarrator)


def test_a_failed_build_stops_with_its_build_log(mock_server_info: dict[str, Any]) -> None:
    out = io.StringIO()
    narrator = demo_text.PlainNarrator(out)
    info = mock_server_info
    with QuantConnect(info["user_id"], info["api_token"], base_url=info["base_url"]) as client:
        story = demo_steps.Demo(client, narrator, poll=lambda: itertools.repeat(0.05), wait_limit=30)
        project_id = client.projects.create(name="Demo/broken build", language="Py").project_id
        try:
            client.files.update(project_id=project_id, name="main.py", content="def initialize(self:\n    pass\n")
            with pytest.raises(CompileError) as failure:
                demo_steps.compile_project(story, project_id)
        finally:
            client.projects.delete(project_id=project_id)
    demo.explain(narrator, failure.value)

    output = out.getvalue()
    assert re.search(r"^    \.\.\. state BuildError$", output, re.MULTILINE), output
    assert re.search(r"^    The build log:\n(      .*\n)*      Build Error File: main\.py Line: 1\b", output, re.M), (
        output
    )
