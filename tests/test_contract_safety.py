"""What the contract run may do to a real account: reads are fuzzed; live trading is never touched."""

from __future__ import annotations

from pathlib import Path

import yaml

from scripts.contract import NEVER_ON_REAL_ACCOUNTS, READ_ONLY

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text(encoding="utf-8"))
OPERATIONS = {op["operationId"]: op for item in SPEC["paths"].values() for op in item.values()}
READ_VERBS = ("read", "list", "authenticate", "estimate")


def test_the_read_only_operations_exist_and_only_read() -> None:
    for operation_id in READ_ONLY:
        assert operation_id in OPERATIONS, f"{operation_id} is not in openapi.yaml"
        assert operation_id.startswith(READ_VERBS), f"{operation_id} does more than read"


def test_the_reads_of_every_part_are_fuzzed_and_no_action_is() -> None:
    for read in ("authenticate", "readBacktest", "listOptimizations", "estimateOptimization", "readLivePortfolio"):
        assert read in READ_ONLY, read
    for action in ("createBacktest", "deleteProject", "createLive", "broadcastLiveCommand", "setObject"):
        assert action not in READ_ONLY, action
    assert {"createLive", "stopLive", "liquidateLive", "broadcastLiveCommand"} <= set(NEVER_ON_REAL_ACCOUNTS)


def test_every_live_operation_that_acts_is_kept_off_real_accounts() -> None:
    live = {operation_id for operation_id, op in OPERATIONS.items() if op.get("tags") == ["live"]}
    assert live, "no live operations in openapi.yaml"
    assert live - set(READ_ONLY) <= set(NEVER_ON_REAL_ACCOUNTS)
    assert set(NEVER_ON_REAL_ACCOUNTS) <= set(OPERATIONS)
