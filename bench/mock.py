"""The demo backtest of a mock started by mock_server.launcher, once it reads as completed with its results."""

from __future__ import annotations

import time
from typing import Any

import httpx

from auth_plugin import QuantConnectAuth
from mock_server.launcher import MockServer

__all__ = ["completed_backtest"]


def completed_backtest(server: MockServer, *, timeout: float = 60.0) -> tuple[int, str]:
    """(projectId, backtestId) of the demo backtest, read until it is completed (results may lag a read behind)."""
    auth = QuantConnectAuth(server.user_id, server.api_token)
    body = {"projectId": server.project_id, "backtestId": server.backtest_id}
    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=server.base_url, timeout=10.0) as client:
        while True:
            response = client.post("/backtests/read", json=body, headers=auth.headers())
            response.raise_for_status()
            answer: dict[str, Any] = response.json()
            if answer.get("success") is not True:
                raise RuntimeError(f"readBacktest failed on the mock: {answer.get('errors')}")
            if answer["backtest"].get("completed"):
                return server.project_id, server.backtest_id
            if time.monotonic() > deadline:
                raise RuntimeError(f"backtest {server.backtest_id} did not complete on the mock within {timeout} s")
            time.sleep(0.2)
