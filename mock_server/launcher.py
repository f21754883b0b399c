"""Run `python -m mock_server` as a real HTTP server on 127.0.0.1, from scripts, tests and benchmarks.

The server prints one JSON line once its socket accepts connections (base_url, admin_url, credentials, demo
ids); readiness is then confirmed on its health endpoint by polling, never assumed after a fixed sleep. The
server's later output is drained, since a full pipe would block it, and the pipe is closed when it stops.

This is the one way the repository starts the mock as a process: scripts, tests, benchmarks and the pytest plugin
all come through `start_mock` / `running_mock`.
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

__all__ = ["MockServer", "MockServerError", "running_mock", "start_mock", "stop_mock"]

START_TIMEOUT = 30.0
POLL_INTERVAL = 0.02
# No proxy from the environment may stand between a client and a server on 127.0.0.1.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
# The thread reading each running mock's output, by pid: stop_mock lets it finish before closing the pipe.
_DRAINS: dict[int, threading.Thread] = {}


class MockServerError(RuntimeError):
    """The mock did not start (what it printed is in the message)."""


@dataclass(frozen=True)
class MockServer:
    """What the mock announced at start-up."""

    base_url: str
    user_id: str
    api_token: str
    announcement: dict[str, Any]

    @property
    def admin_url(self) -> str:
        """The mock's test-only endpoints (faults, clock, health)."""
        return str(self.announcement["admin_url"])

    @property
    def project_id(self) -> int:
        """The demo project (LookupError when the mock was started with `--empty`)."""
        return int(self._demo("project_id"))

    @property
    def compile_id(self) -> str:
        """The demo project's successful compile."""
        return str(self._demo("compile_id"))

    @property
    def backtest_id(self) -> str:
        """The demo project's completed backtest."""
        return str(self._demo("backtest_id"))

    def _demo(self, name: str) -> Any:
        value = self.announcement.get(name)
        if value is None:
            raise LookupError(f"the mock was started with --empty: it has no demo {name}")
        return value

    @property
    def env(self) -> dict[str, str]:
        """Environment variables that point `auth_plugin.create_client()` and other clients at this server."""
        return {
            "QUANTCONNECT_USER_ID": self.user_id,
            "QUANTCONNECT_API_TOKEN": self.api_token,
            "QUANTCONNECT_BASE_URL": self.base_url,
        }


def start_mock(args: Sequence[str] = (), *, timeout: float = START_TIMEOUT) -> tuple[subprocess.Popen[str], MockServer]:
    """Start the mock on a free port with extra CLI `args`; return once it answers its health check."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mock_server", "--port", "0", *args],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        bufsize=1,
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + timeout
        server = _read_announcement(process, process.stdout, deadline)
        drain = threading.Thread(target=_drain, args=(process.stdout,), name=f"mock-drain-{process.pid}", daemon=True)
        _DRAINS[process.pid] = drain
        drain.start()
        _wait_until_ready(process, server, deadline)
    except BaseException:
        stop_mock(process)
        raise
    return process, server


def stop_mock(process: subprocess.Popen[str]) -> None:
    """Stop a mock started by start_mock (terminate, then kill if it lingers) and close its output pipe."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    drain = _DRAINS.pop(process.pid, None)
    if drain is not None:
        drain.join(timeout=10)  # the process is gone, so its pipe ends at once
    if process.stdout is not None:
        process.stdout.close()


@contextmanager
def running_mock(args: Sequence[str] = (), *, timeout: float = START_TIMEOUT) -> Iterator[MockServer]:
    """`with running_mock(["--empty"]) as server:` a started mock, stopped on exit."""
    process, server = start_mock(args, timeout=timeout)
    try:
        yield server
    finally:
        stop_mock(process)


def _read_announcement(process: subprocess.Popen[str], stdout: IO[str], deadline: float) -> MockServer:
    seen: list[str] = []
    with selectors.DefaultSelector() as selector:
        selector.register(stdout, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise MockServerError(f"mock_server printed no start-up line in time: {''.join(seen)}")
            if not selector.select(remaining):
                continue
            line = stdout.readline()
            if not line:
                raise MockServerError(f"mock_server exited ({process.wait()}) before starting: {''.join(seen)}")
            seen.append(line)
            try:
                data = json.loads(line)
            except ValueError:
                continue  # a log line before the announcement
            if isinstance(data, dict) and "base_url" in data:
                return MockServer(str(data["base_url"]), str(data["user_id"]), str(data["api_token"]), data)


def _wait_until_ready(process: subprocess.Popen[str], server: MockServer, deadline: float) -> None:
    health = f"{server.admin_url}/health"
    while True:
        try:
            with _DIRECT.open(health, timeout=1.0) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if process.poll() is not None:
            raise MockServerError(f"mock_server exited ({process.returncode}) before it was ready")
        if time.monotonic() > deadline:
            raise MockServerError(f"mock_server did not answer {health} in time")
        time.sleep(POLL_INTERVAL)  # between health probes: polling, not a fixed wait for the server


def _drain(stream: IO[str]) -> None:
    for _ in stream:
        pass
