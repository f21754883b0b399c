"""Runs `python -m mock_server` as a real HTTP server on 127.0.0.1 for `make contract` and `make demo`.

The mock prints one JSON line when it starts (base_url, admin_url, user_id, api_token, demo ids); readiness is then
polled on its health endpoint, never assumed after a fixed sleep. (tests/conftest.py has the pytest fixtures; this
module also drains the server's output, which a long demo or contract run needs.)
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
from pathlib import Path
from typing import IO, Any

__all__ = ["MockServer", "MockServerError", "running_mock"]

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 30.0
# The optimization grid of the seeds (ema_fast 100..200 x ema_slow 200..300, step 50): 9 backtests.
SEED_GRID = [
    {"name": "ema_fast", "min": 100, "max": 200, "step": 50},
    {"name": "ema_slow", "min": 200, "max": 300, "step": 50},
]
POLL_INTERVAL = 0.02
# No proxy from the environment may stand between us and a server on 127.0.0.1.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class MockServerError(RuntimeError):
    """The mock did not start (its output is in the message)."""


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
        return str(self.announcement.get("admin_url") or self.base_url.rsplit("/api/", 1)[0] + "/_mock")

    @property
    def known_ids(self) -> dict[str, Any]:
        """Values for tests/contract/known_ids.py: the demo ids, keyed like the body fields, and the seeds' grid."""
        names = {
            "projectId": "project_id",
            "compileId": "compile_id",
            "backtestId": "backtest_id",
            "organizationId": "organization_id",
        }
        known: dict[str, Any] = {
            key: self.announcement[name] for key, name in names.items() if self.announcement.get(name)
        }
        known["parameters"] = SEED_GRID
        return known

    @property
    def env(self) -> dict[str, str]:
        """Environment variables that point clients and schemathesis' auth provider at this server."""
        return {
            "QUANTCONNECT_USER_ID": self.user_id,
            "QUANTCONNECT_API_TOKEN": self.api_token,
            "QUANTCONNECT_BASE_URL": self.base_url,
        }


@contextmanager
def running_mock(args: Sequence[str] = ()) -> Iterator[MockServer]:
    """Start the mock with extra CLI `args`, yield once it answers its health check, stop it on exit."""
    command = [sys.executable, "-m", "mock_server", "--port", "0", *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
    )
    try:
        assert process.stdout is not None
        server = _read_announcement(process, process.stdout, time.monotonic() + START_TIMEOUT)
        threading.Thread(target=_drain, args=(process.stdout,), daemon=True).start()
        _wait_until_ready(process, server, time.monotonic() + START_TIMEOUT)
        yield server
    finally:
        _stop(process)


def _read_announcement(process: subprocess.Popen[str], stdout: IO[str], deadline: float) -> MockServer:
    seen: list[str] = []
    with selectors.DefaultSelector() as selector:
        selector.register(stdout, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise MockServerError(f"mock_server printed no start-up line in {START_TIMEOUT:g} s: {''.join(seen)}")
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
            raise MockServerError(f"mock_server did not answer {health} in {START_TIMEOUT:g} s")
        time.sleep(POLL_INTERVAL)  # between health probes: polling, not waiting a fixed time for the server


def _drain(stream: IO[str]) -> None:
    # An undrained pipe fills up and blocks the server's logging, and then the server.
    for _ in stream:
        pass


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
