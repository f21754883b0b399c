"""Steers generated bodies towards resources that exist, so fuzzing reaches past "not found".

Random project ids, compile ids and backtest ids almost never exist, and random optimization grids are mostly far
too large, so without help nearly every case ends in `success: false` and the stateful phase's links have nothing
to extract. When QC_CONTRACT_KNOWN_IDS holds a JSON object such as `{"projectId": 23456790, "compileId": "...",
"backtestId": "...", "parameters": [<the seeds' 3 x 3 grid>]}` (scripts/contract.py and tests/test_contract.py set
it from the mock's start-up line), about half of the generated bodies get those values, all together so that they
belong to each other. Only ids that were already valid are replaced (by valid ones), so
a negative case stays exactly as invalid as it was generated.

The demo data must outlive the run, so operations that delete or rewrite what they are given are never steered,
and when one of them still names the demo project or backtest (schemathesis reuses ids it saw in responses), a
`before_call` hook points it at an id that does not exist instead. Unset (as against a real API), nothing changes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, MutableMapping
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis import Case, HookContext

__all__ = ["KNOWN_IDS_VAR", "before_call", "flatmap_body", "known_ids", "protect", "with_known_ids"]

KNOWN_IDS_VAR = "QC_CONTRACT_KNOWN_IDS"
# Deleting the demo project or backtest, or breaking the demo code, would fail every later case that uses them.
_DESTRUCTIVE = frozenset(
    {"deleteProject", "deleteBacktest", "createFile", "updateFile", "patchFile", "deleteFile", "deleteOptimization"}
)
# Valid ids that name nothing, for destructive calls aimed at the demo data.
ABSENT_PROJECT_ID = 2**31 - 1
ABSENT_BACKTEST_ID = "protected-demo-backtest-0000000000000000"


def known_ids() -> dict[str, Any]:
    """The configured ids (empty when unset or not a JSON object)."""
    try:
        value = json.loads(os.environ.get(KNOWN_IDS_VAR) or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


INT64_MAX = 2**63 - 1


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_grid_parameter(value: Any) -> bool:
    """An OptimizationParameter: a name, numeric min and max, a positive step (and minStep)."""
    if not isinstance(value, Mapping) or not isinstance(value.get("name"), str) or not value["name"]:
        return False
    if not all(_is_number(value.get(key)) for key in ("min", "max", "step")) or value["step"] <= 0:
        return False
    return "minStep" not in value or (_is_number(value["minStep"]) and value["minStep"] > 0)


def _is_valid(name: str, value: Any) -> bool:
    """Whether `value` fits the schema of the field it would replace."""
    if name == "projectId":
        return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= INT64_MAX
    if name == "parameters":  # an optimization grid; createBacktest's `parameters` is a map and stays as it is
        return isinstance(value, list) and len(value) >= 1 and all(_is_grid_parameter(item) for item in value)
    return isinstance(value, str) and len(value) >= 1


def with_known_ids(body: Mapping[str, Any], ids: Mapping[str, Any]) -> dict[str, Any] | None:
    """`body` with each valid value it has replaced by the known one, or None when it has none to replace."""
    replaced = {name: ids[name] for name in ids if name in body and _is_valid(name, body[name])}
    return {**body, **replaced} if replaced else None


def protect(operation_id: str, body: MutableMapping[str, Any], ids: Mapping[str, Any]) -> list[str]:
    """Point a destructive call that names the demo project or backtest elsewhere; returns the fields changed."""
    if operation_id not in _DESTRUCTIVE:
        return []
    changed = []
    if "projectId" in ids and body.get("projectId") == ids["projectId"] and operation_id != "deleteBacktest":
        body["projectId"] = ABSENT_PROJECT_ID
        changed.append("projectId")
    if "backtestId" in ids and body.get("backtestId") == ids["backtestId"]:
        body["backtestId"] = ABSENT_BACKTEST_ID
        changed.append("backtestId")
    return changed


@schemathesis.hook
def before_call(context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
    """Keep destructive calls off the demo data (only while known ids are configured)."""
    ids = known_ids()
    if ids and isinstance(case.body, MutableMapping):
        protect(case.operation.schema.get_operation_id(case.operation) or "", case.body, ids)


@schemathesis.hook
def flatmap_body(context: HookContext, body: Any) -> st.SearchStrategy[Any]:
    """Half of the bodies that carry ids get the known ones."""
    ids = known_ids()
    operation = context.operation
    if operation is not None and operation.schema.get_operation_id(operation) in _DESTRUCTIVE:
        return st.just(body)
    steered = with_known_ids(body, ids) if ids and isinstance(body, Mapping) else None
    if steered is None:
        return st.just(body)
    # Known ids first: Hypothesis leans towards (and shrinks to) the first choice, and an existing resource is the
    # better default for reaching the code behind the "not found" check.
    return st.sampled_from([steered, body])
