"""The platform's own example code (the seeds), unchanged but for address, credentials and ids, runs against the
mock server over real HTTP, and every call it makes answers `success: true`."""

from __future__ import annotations

import importlib
import runpy
from pathlib import Path
from typing import Any

import pytest

SEEDS = Path(__file__).resolve().parent / "seeds"
requests: Any = importlib.import_module("requests")  # as the seeds use it; untyped, hence imported this way


def _run_seed(name: str, info: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Runs a seed script; returns (url, JSON answer) of every POST it made."""
    env = {
        "QC_BASE_URL": info["base_url"],
        "QC_USER_ID": info["user_id"],
        "QC_API_TOKEN": info["api_token"],
        "QC_ORGANIZATION_ID": info["organization_id"],
        "QC_PROJECT_ID": str(info["project_id"]),
        "QC_COMPILE_ID": info["compile_id"],
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    calls: list[tuple[str, Any]] = []
    real_post = requests.post

    def recording_post(url: str, **kwargs: Any) -> Any:
        response = real_post(url, timeout=10, **kwargs)
        assert response.status_code == 200, (url, response.text)
        calls.append((url, response.json()))
        return response

    monkeypatch.setattr(requests, "post", recording_post)  # the script imports `post` from requests at run time
    runpy.run_path(str(SEEDS / name), run_name="__main__")
    return calls


def test_backtest_management_seed(mock_server_info: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _run_seed("backtest_management.py.txt", mock_server_info, monkeypatch)
    operations = [url.split("/api/v2", 1)[1] for url, _ in calls]
    assert operations == [
        "//authenticate",
        "//backtests/create",
        "//backtests/read",
        "//backtests/update",
        "//backtests/delete",
        "//backtests/list",
    ]
    assert all(answer["success"] is True for _, answer in calls), calls
    created_id = calls[1][1]["backtest"]["backtestId"]
    listed = [b["backtestId"] for b in calls[-1][1]["backtests"]]
    assert created_id not in listed and mock_server_info["backtest_id"] in listed


def test_optimization_management_seed(mock_server_info: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _run_seed("optimization_management.py.txt", mock_server_info, monkeypatch)
    operations = [url.rsplit("/", 1)[1] for url, _ in calls]
    assert operations == ["authenticate", "estimate", "create", "update", "read", "abort", "delete", "list"]
    assert all(answer["success"] is True for _, answer in calls), calls
    assert calls[1][1]["estimate"]["time"] == 9 * 60  # the flattened parameters made a 3 x 3 grid
    created = calls[2][1]["optimizations"][0]
    assert [p["name"] for p in created["parameters"]] == ["ema_fast", "ema_slow"]
    assert calls[4][1]["optimization"]["name"] == f"Optimization_{created['optimizationId'][:5]}"
    assert created["optimizationId"] not in [o["optimizationId"] for o in calls[-1][1]["optimizations"]]
