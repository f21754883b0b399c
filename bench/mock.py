"""The mock QuantConnect API as a subprocess on a free 127.0.0.1 port, for the network benchmarks."""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import httpx

from auth_plugin import QuantConnectAuth
from mock_server.launcher import start_mock, stop_mock

__all__ = ["MockServer", "ServerInfo"]

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
    """`with MockServer() as info:` a `python -m mock_server --port 0` that answers, stopped afterwards."""

    def __init__(self, *, startup_timeout: float = 30.0) -> None:
        self._timeout = startup_timeout
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> ServerInfo:
        self._process, server = start_mock(["--user-id", USER_ID, "--api-token", API_TOKEN], timeout=self._timeout)
        announced = server.announcement
        return ServerInfo(
            base_url=server.base_url.rstrip("/"),
            user_id=server.user_id,
            api_token=server.api_token,
            demo={k: v for k, v in announced.items() if k not in {"base_url", "user_id", "api_token"}},
        )

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        process, self._process = self._process, None
        if process is not None:
            stop_mock(process)


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
