"""The mock QuantConnect API as a subprocess on a free 127.0.0.1 port, for the network benchmarks."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import httpx

from auth_plugin import QuantConnectAuth

__all__ = ["MockServer", "ServerInfo"]

ROOT = Path(__file__).resolve().parent.parent
LOG_DIR = ROOT / ".build"
USER_ID = "4711"
API_TOKEN = "bench-token-0123456789abcdef"


@dataclass(frozen=True)
class ServerInfo:
    """What the benchmarks need to call the mock: where it is, who we are, and the demo project's ids."""

    base_url: str
    user_id: str
    api_token: str
    demo: dict[str, Any]

    def auth(self) -> QuantConnectAuth:
        return QuantConnectAuth(self.user_id, self.api_token)


class MockServer:
    """`with MockServer() as info:` starts `python -m mock_server --port 0`, waits until it answers, stops it after."""

    def __init__(self, *, startup_timeout: float = 30.0) -> None:
        self._timeout = startup_timeout
        self._process: subprocess.Popen[str] | None = None
        self._log: IO[str] | None = None
        self.log_path = LOG_DIR / "bench-mock-server.log"

    def __enter__(self) -> ServerInfo:
        LOG_DIR.mkdir(exist_ok=True)
        self._log = self.log_path.open("w", encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "mock_server",
            "--port",
            "0",
            "--user-id",
            USER_ID,
            "--api-token",
            API_TOKEN,
        ]
        self._process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=self._log,
            stdin=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            info = self._read_startup_line()
            self._wait_ready(info)
        except BaseException:
            self._stop()
            raise
        return info

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop()

    def _read_startup_line(self) -> ServerInfo:
        assert self._process is not None and self._process.stdout is not None
        stdout = self._process.stdout
        deadline = time.monotonic() + self._timeout
        with selectors.DefaultSelector() as selector:
            selector.register(stdout, selectors.EVENT_READ)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._process.poll() is not None:
                    raise RuntimeError(f"mock server did not start; see {self.log_path}")
                if selector.select(timeout=min(remaining, 0.5)):
                    line = stdout.readline()
                    if not line:
                        raise RuntimeError(f"mock server exited before start-up; see {self.log_path}")
                    if line.lstrip().startswith("{"):
                        break
        # Anything it prints later must be drained, or a full pipe would stall the server mid-benchmark.
        threading.Thread(target=_drain, args=(stdout,), daemon=True).start()
        data = json.loads(line)
        return ServerInfo(
            base_url=str(data["base_url"]).rstrip("/"),
            user_id=str(data.get("user_id", USER_ID)),
            api_token=str(data.get("api_token", API_TOKEN)),
            demo={k: v for k, v in data.items() if k not in {"base_url", "user_id", "api_token"}},
        )

    def _wait_ready(self, info: ServerInfo) -> None:
        auth = info.auth()
        deadline = time.monotonic() + self._timeout
        with httpx.Client(base_url=info.base_url, timeout=2.0) as client:
            while True:
                try:
                    response = client.post("/authenticate", headers=auth.headers())
                    if response.status_code == 200 and response.json().get("success") is True:
                        return
                except (httpx.HTTPError, ValueError):
                    pass
                if time.monotonic() > deadline or (self._process is not None and self._process.poll() is not None):
                    raise RuntimeError(f"mock server never became ready at {info.base_url}; see {self.log_path}")
                time.sleep(0.05)

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None


def _drain(stream: IO[str]) -> None:
    for _ in stream:
        pass


def _demo_value(demo: dict[str, Any], *names: str) -> Any:
    """The first of `names` found in the start-up line's demo ids (flat or under a "demo" object)."""
    scopes = [demo, *(v for v in demo.values() if isinstance(v, dict))]
    for scope in scopes:
        for name in names:
            if scope.get(name) not in (None, ""):
                return scope[name]
    return None


def completed_backtest(info: ServerInfo, *, timeout: float = 60.0) -> tuple[int, str]:
    """(projectId, backtestId) of a completed backtest: the demo one if completed, else one created and awaited."""
    auth = info.auth()
    project_id = int(_demo_value(info.demo, "project_id", "projectId"))
    with httpx.Client(base_url=info.base_url, timeout=10.0) as client:

        def call(operation: str, body: dict[str, Any]) -> dict[str, Any]:
            response = client.post(operation, json=body, headers=auth.headers())
            response.raise_for_status()
            answer: dict[str, Any] = response.json()
            if answer.get("success") is not True:
                raise RuntimeError(f"{operation} failed on the mock: {answer.get('errors')}")
            return answer

        backtest_id = _demo_value(info.demo, "backtest_id", "backtestId")
        if backtest_id is None:
            compile_id = _demo_value(info.demo, "compile_id", "compileId")
            created = call(
                "/backtests/create", {"projectId": project_id, "compileId": compile_id, "backtestName": "bench"}
            )
            backtest_id = created["backtest"]["backtestId"]
        deadline = time.monotonic() + timeout
        while True:
            backtest = call("/backtests/read", {"projectId": project_id, "backtestId": backtest_id})["backtest"]
            if backtest.get("completed"):
                return project_id, str(backtest_id)
            if time.monotonic() > deadline:
                raise RuntimeError(f"backtest {backtest_id} did not complete on the mock within {timeout} s")
            time.sleep(0.2)
