"""The custom schemathesis checks and hooks of tests/contract fail (and pass) when they should.

Responses are built by hand, so each check is judged on exactly the answer it exists to catch.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
import yaml
from hypothesis import HealthCheck, assume, given, settings
from schemathesis import CheckFunction, GenerationMode, Response
from schemathesis.core import NOT_SET
from schemathesis.core.failures import FailureGroup
from schemathesis.core.parameters import ParameterLocation
from schemathesis.engine.recorder import ScenarioRecorder

from auth_plugin import QuantConnectAuth
from tests.contract import auth as contract_auth
from tests.contract.checks import (
    deleted_stays_deleted,
    negative_data_rejected_in_body,
    qc_date_time_conformance,
    signature_accepted,
)
from tests.contract.guard import SENTINEL_ID, SENTINEL_PROJECT_ID, Ledger, confine
from tests.contract.known_ids import ABSENT_BACKTEST_ID, ABSENT_PROJECT_ID, protect, with_known_ids

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
DOCUMENT = yaml.safe_load(SCHEMA_PATH.read_text(encoding="utf-8"))
schema = schemathesis.openapi.from_path(SCHEMA_PATH)
USER_ID, API_TOKEN = "777", "checks-token"


@pytest.fixture(autouse=True)
def credentials() -> Iterator[None]:
    previous = contract_auth.configure(USER_ID, API_TOKEN)
    yield
    contract_auth.configure(*(previous or (None, None)))


def answer(path: str, payload: Any, *, headers: dict[str, str] | None = None, body: Any = None) -> Response:
    """An HTTP 200 JSON answer to a POST of `body` with `headers`."""
    raw = {"data": body} if isinstance(body, bytes) else {"json": body}  # negative bodies may be raw bytes
    request = requests.Request("POST", f"http://mock/api/v2{path}", headers=headers, **raw).prepare()
    content = json.dumps(payload).encode()
    return Response(200, {"content-type": ["application/json"]}, content, request, elapsed=0.0, verify=True)


def failures(case: schemathesis.Case[Any], response: Response, check: CheckFunction) -> str:
    """The messages of the failures `check` reports for `response` ("" when it passes)."""
    try:
        case.validate_response(response, checks=[check])
    except FailureGroup as group:
        return "\n".join(f"{failure.title}: {failure.message}" for failure in group.exceptions)
    return ""


def documented_example(path: str) -> dict[str, Any]:
    example: dict[str, Any] = DOCUMENT["paths"][path]["post"]["responses"]["200"]["content"]["application/json"][
        "example"
    ]
    return example


# ----- qc_date_time_conformance -------------------------------------------------------------------------------------


def test_qc_date_time_accepts_the_platform_format() -> None:
    case = schema["/backtests/read"]["POST"].Case(body={"projectId": 1, "backtestId": "b"})
    case.validate_response(
        answer("/backtests/read", documented_example("/backtests/read")), checks=[qc_date_time_conformance]
    )


@pytest.mark.parametrize("created", ["2024-11-25T01:02:03Z", "2024-11-25 01:02", "2024-13-45 01:02:03"])
def test_qc_date_time_rejects_other_shapes(created: str) -> None:
    payload = documented_example("/backtests/read")
    payload = {**payload, "backtest": {**payload["backtest"], "created": created}}
    case = schema["/backtests/read"]["POST"].Case(body={"projectId": 1, "backtestId": "b"})
    assert "`qc-date-time` value" in failures(case, answer("/backtests/read", payload), qc_date_time_conformance)


# ----- signature_accepted -------------------------------------------------------------------------------------------

HASH_MISMATCH = {"success": False, "errors": ["Hash doesn't match."]}


def test_a_refused_signature_of_ours_fails() -> None:
    case = schema["/authenticate"]["POST"].Case()
    signed = QuantConnectAuth(USER_ID, API_TOKEN).headers()
    refused = answer("/authenticate", HASH_MISMATCH, headers=signed)
    assert "refused this suite's signature" in failures(case, refused, signature_accepted)


def test_refusing_foreign_or_missing_signatures_is_fine() -> None:
    case = schema["/authenticate"]["POST"].Case()
    foreign = QuantConnectAuth(USER_ID, "another-token").headers()
    for headers in (foreign, {}):
        assert failures(case, answer("/authenticate", HASH_MISMATCH, headers=headers), signature_accepted) == ""
    signed = QuantConnectAuth(USER_ID, API_TOKEN).headers()
    accepted = answer("/authenticate", {"success": True, "errors": []}, headers=signed)
    assert failures(case, accepted, signature_accepted) == ""


# ----- negative_data_rejected_in_body ----------------------------------------------------------------------------

READ_OPTIMIZATION = schema["/optimizations/read"]["POST"]


@given(case=READ_OPTIMIZATION.as_strategy(generation_mode=GenerationMode.NEGATIVE))
@settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_invalid_body_answered_with_success_fails(case: schemathesis.Case[Any]) -> None:
    meta = case.meta
    assume(meta is not None and meta.is_negative_at(ParameterLocation.BODY))
    assume(meta is not None and not meta.is_negative_at(ParameterLocation.HEADER))
    sent = None if case.body is NOT_SET else case.body
    accepted = answer("/optimizations/read", {"success": True, "errors": []}, body=sent)
    assert "Invalid data should have been rejected" in failures(case, accepted, negative_data_rejected_in_body)
    refused = answer("/optimizations/read", {"success": False, "errors": ["optimizationId: bad"]}, body=sent)
    assert failures(case, refused, negative_data_rejected_in_body) == ""


@given(case=READ_OPTIMIZATION.as_strategy(generation_mode=GenerationMode.POSITIVE))
@settings(max_examples=5, deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_valid_body_may_succeed(case: schemathesis.Case[Any]) -> None:
    ok = answer("/optimizations/read", {"success": True, "errors": []}, body=case.body)
    assert failures(case, ok, negative_data_rejected_in_body) == ""


# ----- deleted_stays_deleted -------------------------------------------------------------------------------------


def read_after_delete(read_body: dict[str, Any], read_answer: dict[str, Any]) -> str:
    """Failures for a readBacktest (`read_body`, answered `read_answer`) linked from a successful delete."""
    deleted: dict[str, Any] = {"projectId": 1, "backtestId": "gone"}
    delete_case = schema["/backtests/delete"]["POST"].Case(body=deleted)
    read_case = schema["/backtests/read"]["POST"].Case(body=read_body)
    recorder = ScenarioRecorder(label="delete then read")
    recorder.record_case(case=delete_case, parent_id=None)
    recorder.record_response(case_id=delete_case.id, response=answer("/backtests/delete", OK, body=deleted))
    recorder.record_case(case=read_case, parent_id=delete_case.id)
    try:
        read_case.validate_response(
            answer("/backtests/read", read_answer, body=read_body), checks=[deleted_stays_deleted], recorder=recorder
        )
    except FailureGroup as group:
        return "\n".join(failure.message for failure in group.exceptions)
    return ""


OK = {"success": True, "errors": []}
NOT_FOUND = {"success": False, "errors": ["Backtest not found"]}


def test_reading_a_deleted_backtest_must_fail() -> None:
    same = {"projectId": 1, "backtestId": "gone"}
    assert "still finds projectId, backtestId" in read_after_delete(same, {**OK, "backtest": {}})
    assert read_after_delete(same, NOT_FOUND) == ""
    assert read_after_delete({"projectId": 1, "backtestId": "other"}, OK) == ""  # another backtest


# ----- known_ids and guard ----------------------------------------------------------------------------------------


def test_known_ids_replace_only_valid_values() -> None:
    known = {"projectId": 5, "compileId": "c-1"}
    assert with_known_ids({"projectId": 9, "compileId": "x", "name": "n"}, known) == {
        "projectId": 5,
        "compileId": "c-1",
        "name": "n",
    }
    # Invalid values stay, so a negative case keeps exactly the violation it was generated with.
    assert with_known_ids({"projectId": 0, "compileId": ""}, known) is None
    assert with_known_ids({"projectId": 2**63, "compileId": 3}, known) is None
    assert with_known_ids({"projectId": True}, known) is None


def test_destructive_calls_never_reach_the_demo_data() -> None:
    known = {"projectId": 5, "backtestId": "demo"}
    project = {"projectId": 5, "name": "x.py"}
    assert protect("deleteFile", project, known) == ["projectId"] and project["projectId"] == ABSENT_PROJECT_ID
    backtest = {"projectId": 5, "backtestId": "demo"}
    assert protect("deleteBacktest", backtest, known) == ["backtestId"]
    assert backtest == {"projectId": 5, "backtestId": ABSENT_BACKTEST_ID}
    assert protect("readBacktest", {"projectId": 5, "backtestId": "demo"}, known) == []
    assert protect("deleteProject", {"projectId": 6}, known) == []


def test_guard_confines_changes_to_created_resources(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "ledger.jsonl")
    ledger.record("project", projectId=11)
    ledger.record("backtest", projectId=11, backtestId="mine")

    mine = {"projectId": 11, "backtestId": "mine"}
    assert confine("deleteBacktest", mine, ledger) == [] and mine == {"projectId": 11, "backtestId": "mine"}
    theirs = {"projectId": 12, "backtestId": "theirs"}
    assert confine("deleteBacktest", theirs, ledger) == ["backtestId"] and theirs["backtestId"] == SENTINEL_ID
    project = {"projectId": 12}
    assert confine("deleteProject", project, ledger) == ["projectId"] and project["projectId"] == SENTINEL_PROJECT_ID
    assert confine("readProject", {"projectId": 12}, ledger) == []  # reads are never changed
    assert [entry["kind"] for entry in Ledger.read(ledger.path)] == ["project", "backtest"]
