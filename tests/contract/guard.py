"""Keeps contract runs against the real API away from resources they did not create, and records what they create.

Active only when QC_CONTRACT_LEDGER names a file (scripts/contract.py sets it for `--base-url`). Then:
- before each call, an operation that changes or deletes something may only name a project, backtest, optimization
  or file this run created; any other id (drawn at random, or explored away from a link) is replaced by a
  sentinel the platform cannot resolve, so the request stays valid and harmlessly fails;
- after each successful create, the new ids are appended to the ledger, which scripts/contract.py reads to delete
  whatever the run left behind.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import Case, HookContext, Response

__all__ = [
    "LEDGER_VAR",
    "SENTINEL_ID",
    "SENTINEL_PROJECT_ID",
    "Ledger",
    "after_call",
    "before_call",
]

LEDGER_VAR = "QC_CONTRACT_LEDGER"
SENTINEL_PROJECT_ID = 2**31 - 1
SENTINEL_ID = "contract-guard-00000000000000000000000000000000"

# Operations that change state, and which of their body fields must name something this run created.
# createBacktest/createCompile may also use the project given in QUANTCONNECT_PROJECT_ID (they only add to it).
_OWNED_PROJECT = {
    "updateProject",
    "deleteProject",
    "createFile",
    "updateFile",
    "patchFile",
    "deleteFile",
    "createOptimization",
}
_ADDS_TO_PROJECT = {"createCompile", "createBacktest"}
_OWNED_BACKTEST = {"updateBacktest", "deleteBacktest"}
_OWNED_OPTIMIZATION = {"updateOptimization", "abortOptimization", "deleteOptimization"}


class Ledger:
    """The run's created resources, kept in memory and appended to a JSON-lines file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.projects: set[int] = set()
        self.backtests: set[str] = set()
        self.optimizations: set[str] = set()
        self._lock = threading.Lock()

    def record(self, kind: str, **ids: Any) -> None:
        with self._lock:
            if kind == "project":
                self.projects.add(int(ids["projectId"]))
            elif kind == "backtest":
                self.backtests.add(str(ids["backtestId"]))
            elif kind == "optimization":
                self.optimizations.add(str(ids["optimizationId"]))
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"kind": kind, **ids}) + "\n")

    @staticmethod
    def read(path: Path) -> list[dict[str, Any]]:
        """Every entry recorded in `path` (empty when the run created nothing)."""
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


_ledger: Ledger | None = None
_ledger_lock = threading.Lock()


def _active_ledger() -> Ledger | None:
    global _ledger
    location = os.environ.get(LEDGER_VAR)
    if not location:
        return None
    with _ledger_lock:
        if _ledger is None or _ledger.path != Path(location):
            _ledger = Ledger(Path(location))
        return _ledger


def _extra_projects() -> set[int]:
    value = os.environ.get("QUANTCONNECT_PROJECT_ID", "").strip()
    return {int(value)} if value.isdigit() else set()


def confine(operation_id: str, body: MutableMapping[str, Any], ledger: Ledger) -> list[str]:
    """Replace ids in `body` that `operation_id` must not touch; returns the fields replaced."""
    replaced: list[str] = []
    project = body.get("projectId")
    if operation_id in _OWNED_PROJECT or operation_id in _ADDS_TO_PROJECT:
        allowed = ledger.projects | (_extra_projects() if operation_id in _ADDS_TO_PROJECT else set())
        if "projectId" in body and project not in allowed:
            body["projectId"] = SENTINEL_PROJECT_ID
            replaced.append("projectId")
    if operation_id in _OWNED_BACKTEST and "backtestId" in body and body["backtestId"] not in ledger.backtests:
        body["backtestId"] = SENTINEL_ID
        replaced.append("backtestId")
    if (
        operation_id in _OWNED_OPTIMIZATION
        and "optimizationId" in body
        and body["optimizationId"] not in ledger.optimizations
    ):
        body["optimizationId"] = SENTINEL_ID
        replaced.append("optimizationId")
    return replaced


def _operation_id(case: Case[Any]) -> str:
    return case.operation.schema.get_operation_id(case.operation) or ""


@schemathesis.hook
def before_call(context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
    """Confine state-changing calls to this run's own resources (real-API runs only)."""
    ledger = _active_ledger()
    if ledger is not None and isinstance(case.body, MutableMapping):
        confine(_operation_id(case), case.body, ledger)


@schemathesis.hook
def after_call(context: HookContext, case: Case[Any], response: Response) -> None:
    """Record what a successful create made, for the guard and the clean-up (real-API runs only)."""
    ledger = _active_ledger()
    if ledger is None or response.status_code != 200:
        return
    try:
        body = response.json()
    except ValueError:
        return
    if not isinstance(body, dict) or body.get("success") is not True:
        return
    operation_id = _operation_id(case)
    request = case.body if isinstance(case.body, MutableMapping) else {}
    if operation_id == "createProject":
        for project in body.get("projects") or []:
            ledger.record("project", projectId=project["projectId"])
    elif operation_id == "createBacktest" and isinstance(body.get("backtest"), dict):
        ledger.record("backtest", projectId=request.get("projectId"), backtestId=body["backtest"]["backtestId"])
    elif operation_id == "createOptimization":
        for optimization in body.get("optimizations") or []:
            ledger.record("optimization", optimizationId=optimization["optimizationId"])
