"""Contract tests: the schemathesis CLI runs openapi.yaml against the mock or, with --base-url, the real API.

    make contract                                       # the mock, as a real server on a free 127.0.0.1 port
    make contract BASE_URL=https://www.quantconnect.com/api/v2   # needs QUANTCONNECT_USER_ID/QUANTCONNECT_API_TOKEN

Against the mock every phase runs on every operation with schemathesis.toml's settings. Against a real API only
what cannot harm an account runs: the examples, coverage and fuzzing phases on the read-only operations, then the
stateful phase, whose create -> ... -> delete chains tests/contract/guard.py confines to what the run itself
created (it records each create in a ledger, and whatever the chains leave behind is deleted at the end).
Optimizations cost QCC, so createOptimization stays out unless --allow-optimizations is given. Requests are
rate-limited (--rate-limit, default 120/m) and the stateful phase runs --scenarios (default 20) scenarios.
Arguments after `--` go to `schemathesis run` unchanged (e.g. `-- --seed 1 --phases stateful`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from quantconnect_client.api.backtests import delete_backtest
from quantconnect_client.api.optimizations import abort_optimization, delete_optimization
from quantconnect_client.api.projects import delete_project
from quantconnect_client.models import (
    AbortOptimizationRequest,
    DeleteBacktestRequest,
    DeleteOptimizationRequest,
    DeleteProjectRequest,
)

from auth_plugin import APIError, create_client
from mock_server.launcher import MockServer, running_mock
from tests.contract.auth import API_TOKEN_VAR, USER_ID_VAR
from tests.contract.guard import LEDGER_VAR, Ledger
from tests.contract.known_ids import KNOWN_IDS_VAR

from .contract_report import summarise

ROOT = Path(__file__).resolve().parent.parent

SCHEMATHESIS = ROOT / ".venv" / "bin" / "schemathesis"
CONFIG = ROOT / "schemathesis.toml"
SCHEMA = ROOT / "openapi.yaml"
REPORT_DIR = ROOT / ".build" / "contract"

# What a real account may see, from the spec's operationIds: reads (read*/list*, authenticate, estimate*: an
# estimate only computes) are safe to fuzz; live trading's actions never run there, not even on what the run
# created: they act on real money or on every live algorithm of the organization (a broadcast).
READ_VERBS = ("read", "list", "estimate", "authenticate")
_SPEC_OPERATIONS = [
    op for item in yaml.safe_load(SCHEMA.read_text(encoding="utf-8"))["paths"].values() for op in item.values()
]
READ_ONLY = tuple(op["operationId"] for op in _SPEC_OPERATIONS if op["operationId"].startswith(READ_VERBS))
NEVER_ON_REAL_ACCOUNTS = tuple(
    op["operationId"] for op in _SPEC_OPERATIONS if "live" in op.get("tags", []) and op["operationId"] not in READ_ONLY
)
# Real accounts get a gentle request rate and few stateful scenarios (see --rate-limit and --scenarios).
REAL_RATE_LIMIT = "120/m"
REAL_SCENARIOS = 20


def schemathesis_run(base_url: str, args: Sequence[str], env: dict[str, str], report: str) -> int:
    """Run `schemathesis run openapi.yaml` against `base_url`, then summarise it; returns its exit code.

    JUnit and JSON reports go to .build/contract/<report>.*; the event log is private to this run, so that
    concurrent runs cannot mix up each other's summaries.
    """
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=REPORT_DIR) as scratch:
        events = Path(scratch) / "events.ndjson"
        command = [
            str(SCHEMATHESIS),
            "--config-file",
            str(CONFIG),
            "run",
            str(SCHEMA),
            "--url",
            base_url,
            "--report",
            "junit,json,ndjson",
            "--report-junit-path",
            str(REPORT_DIR / f"{report}.junit.xml"),
            "--report-json-path",
            str(REPORT_DIR / f"{report}.json"),
            "--report-ndjson-path",
            str(events),
            *args,
        ]
        print("$", " ".join(command), flush=True)
        code = subprocess.call(command, cwd=ROOT, env=env)
        if events.exists():
            print(f"contract ({report}):")
            print("\n".join(f"  {line}" for line in summarise(events).lines(declared_links())), flush=True)
    return code


def declared_links() -> int:
    """Number of OpenAPI links openapi.yaml declares."""
    document = yaml.safe_load(SCHEMA.read_text(encoding="utf-8"))
    return sum(
        len(response.get("links", {}))
        for path_item in document.get("paths", {}).values()
        for operation in path_item.values()
        for response in operation.get("responses", {}).values()
    )


# The optimization grid of the seeds (ema_fast 100..200 x ema_slow 200..300, step 50): 9 backtests.
SEED_GRID = [
    {"name": "ema_fast", "min": 100, "max": 200, "step": 50},
    {"name": "ema_slow", "min": 200, "max": 300, "step": 50},
]


def known_ids(server: MockServer) -> dict[str, Any]:
    """Values for tests/contract/known_ids.py: the mock's demo ids keyed like body fields, and the seeds' grid."""
    fields = {
        "projectId": "project_id",
        "compileId": "compile_id",
        "backtestId": "backtest_id",
        "organizationId": "organization_id",
    }
    known: dict[str, Any] = {
        key: server.announcement[name] for key, name in fields.items() if server.announcement.get(name)
    }
    known["parameters"] = SEED_GRID
    return known


def run_against_mock(extra: Sequence[str]) -> int:
    with running_mock() as server:
        print(f"mock server at {server.base_url}", flush=True)
        env = {**os.environ, **server.env, KNOWN_IDS_VAR: json.dumps(known_ids(server))}
        return schemathesis_run(server.base_url, extra, env, "mock")


def run_against_real(base_url: str, extra: Sequence[str], options: argparse.Namespace) -> int:
    if not os.environ.get(USER_ID_VAR, "").strip() or not os.environ.get(API_TOKEN_VAR, "").strip():
        print(
            f"contract: skipped against {base_url}: set {USER_ID_VAR} and {API_TOKEN_VAR} to test a real API "
            "(nothing was sent)"
        )
        return 0
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    ledger_path = REPORT_DIR / "real-ledger.jsonl"
    ledger_path.unlink(missing_ok=True)
    env = {**os.environ, LEDGER_VAR: str(ledger_path)}
    rate = ["--rate-limit", options.rate_limit]
    read_only = [arg for operation in READ_ONLY for arg in ("--include-operation-id", operation)]
    print(f"contract: real API at {base_url}; read-only operations first, then the self-cleaning stateful chains")
    phases = ["--phases", "examples,coverage,fuzzing"]
    code = schemathesis_run(base_url, [*phases, *read_only, *rate, *extra], env, "real-read-only")
    # Positive data only: the chains are there to walk real workflows on a real account, not to fuzz its creates.
    stateful = ["--phases", "stateful", "--mode", "positive", "--max-examples", str(options.scenarios), *rate]
    stateful += [arg for operation in NEVER_ON_REAL_ACCOUNTS for arg in ("--exclude-operation-id", operation)]
    if not options.allow_optimizations:
        stateful += ["--exclude-operation-id", "createOptimization"]
    try:
        code = schemathesis_run(base_url, [*stateful, *extra], env, "real-stateful") or code
    finally:
        cleanup_failed = clean_up(base_url, ledger_path)
    return code or int(cleanup_failed)


def clean_up(base_url: str, ledger_path: Path) -> bool:
    """Delete what the stateful run created and did not delete itself; True when something could not be deleted."""
    entries = Ledger.read(ledger_path)
    if not entries:
        print("contract: the run created nothing that needs cleaning up")
        return False
    client = create_client(base_url=base_url)
    failed = False
    # Children first: deleting a project may take its backtests along, which would make their deletes fail.
    order = {"optimization": 0, "backtest": 1, "project": 2}
    for entry in sorted(entries, key=lambda item: order.get(item["kind"], 3)):
        kind = entry["kind"]
        try:
            if kind == "optimization":
                optimization_id = str(entry["optimizationId"])
                with contextlib.suppress(APIError):  # already finished or aborted
                    abort_optimization.sync(client=client, body=AbortOptimizationRequest(optimization_id))
                delete_optimization.sync(client=client, body=DeleteOptimizationRequest(optimization_id))
            elif kind == "backtest":
                request = DeleteBacktestRequest(int(entry["projectId"]), str(entry["backtestId"]))
                delete_backtest.sync(client=client, body=request)
            elif kind == "project":
                delete_project.sync(client=client, body=DeleteProjectRequest(int(entry["projectId"])))
            print(f"contract: cleaned up {kind} {entry}")
        except APIError as exc:
            # Chains often delete their own resources; "not found" then just means there was nothing left.
            if any("not found" in message.lower() or "exist" in message.lower() for message in exc.errors):
                continue
            failed = True
            print(f"contract: could not delete {kind} {entry}: {exc}", file=sys.stderr)
    return failed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", help="test this API instead of a freshly started mock")
    parser.add_argument(
        "--allow-optimizations", action="store_true", help="let real-API runs start optimizations (they cost QCC)"
    )
    parser.add_argument("--rate-limit", default=REAL_RATE_LIMIT, help=f"real-API request rate ({REAL_RATE_LIMIT})")
    parser.add_argument(
        "--scenarios", type=int, default=REAL_SCENARIOS, help=f"real-API stateful scenarios ({REAL_SCENARIOS})"
    )
    parser.add_argument("extra", nargs="*", help="arguments for `schemathesis run` (after --)")
    args = parser.parse_args(argv)
    if args.base_url:
        return run_against_real(args.base_url.rstrip("/"), args.extra, args)
    return run_against_mock(args.extra)


if __name__ == "__main__":
    sys.exit(main())
