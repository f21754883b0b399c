"""The schemathesis contract suite from pytest: every operation and the link-driven workflows, against the mock.

Same schema, configuration (schemathesis.toml) and hooks (auth provider, `qc-date-time`, QuantConnect checks) as
`make contract`, with a smaller example budget so it fits in `make test`. The mock runs as a subprocess of its own:
the suite creates and deletes freely, which other tests sharing a server must not see.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from mock_server.launcher import running_mock
from tests.contract import auth as contract_auth
from tests.contract.known_ids import KNOWN_IDS_VAR

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
# The suite's own credentials, given to the mock and to the auth provider. Set at import because schemathesis
# generates (and signs) the coverage phase's cases while pytest collects them.
USER_ID, API_TOKEN = "424242", "contract-suite-token"
contract_auth.configure(USER_ID, API_TOKEN)
# Per operation and phase; the CLI (`make contract`) runs with schemathesis.toml's larger budget.
MAX_EXAMPLES = 8
STATEFUL_SCENARIOS = 25
STATEFUL_STEPS = 8
BUDGET = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,  # real HTTP round trips; their time is not the property under test
    database=None,  # no .hypothesis/ directory in the repository
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.fixture(scope="module")
def contract_server() -> Iterator[dict[str, Any]]:
    """A mock of its own; the known-ids hook steers generated bodies to its demo data."""
    with running_mock(["--user-id", USER_ID, "--api-token", API_TOKEN]) as server:
        info = server.announcement
        names = {"projectId": "project_id", "compileId": "compile_id", "backtestId": "backtest_id"}
        names["organizationId"] = "organization_id"
        known: dict[str, Any] = {key: info[name] for key, name in names.items() if info.get(name)}
        known["parameters"] = [
            {"name": "ema_fast", "min": 100, "max": 200, "step": 50},
            {"name": "ema_slow", "min": 200, "max": 300, "step": 50},
        ]
        with pytest.MonkeyPatch.context() as env:
            env.setenv(KNOWN_IDS_VAR, json.dumps(known))
            yield info


# Loaded at import (no network needed); the base URL is only known once the mock runs, so it is passed per call.
# (schemathesis.pytest.from_fixture would defer the loading instead, but schemathesis 4.32.5's lazy schemas use
# pytest's removed `Node._nodeid` and fail under pytest 9.)
schema = schemathesis.openapi.from_path(SCHEMA_PATH)


@schema.parametrize()
@BUDGET
def test_operation_contract(case: schemathesis.Case[Any], contract_server: dict[str, Any]) -> None:
    """Examples, coverage and fuzzing phases: each response must pass every configured check."""
    case.call_and_validate(base_url=str(contract_server["base_url"]))


def test_stateful_workflows(contract_server: dict[str, Any]) -> None:
    """The stateful phase: walks the OpenAPI links (create -> read/update/delete, compile -> backtest, ...)."""
    base_url = str(contract_server["base_url"])

    class Workflow(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return {"base_url": base_url}

    Workflow.run(
        settings=settings(
            BUDGET,
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=STATEFUL_STEPS,
            suppress_health_check=list(HealthCheck),
        )
    )
