"""scripts/drift.py: what the official document has that openapi.yaml lacks, on small documents written here.

No copy of QuantConnect's document is kept in the repository; the last tests run the real openapi.yaml against
itself and against copies of it with parts removed.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.drift import compare, load_records, main

ROOT = Path(__file__).resolve().parent.parent
OK = {
    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}}}
}
UNAUTHORIZED = {"$ref": "#/components/responses/Unauthorized"}


def document(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    """A document with one operation, `POST /things/read`, answering `Answer`, plus `paths`."""
    operation = {
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Request"}}}},
        "responses": {**OK, "401": UNAUTHORIZED},
    }
    return {
        "openapi": "3.0.3",
        "paths": {"/things/read": {"post": operation}, **(paths or {})},
        "components": {
            "schemas": {"Request": {"type": "object", "properties": {"id": {"type": "integer"}}}, **schemas},
            "responses": {"Unauthorized": {"description": "no"}},
        },
    }


def keys(theirs: dict[str, Any], ours: dict[str, Any]) -> set[str]:
    return {finding.key for finding in compare(theirs, ours).uncovered}


def answer(**properties: Any) -> dict[str, Any]:
    return {"Answer": {"type": "object", "properties": properties}}


def test_identical_documents_have_no_drift() -> None:
    doc = document(answer(name={"type": "string"}, size={"type": "number"}))
    report = compare(doc, copy.deepcopy(doc))
    assert (report.uncovered, report.deliberate, report.matched) == ([], [], 1)


def test_every_kind_of_drift_is_found_with_its_key() -> None:
    theirs = document(
        {
            **answer(
                name={"type": "string"},
                kind={"type": "string", "enum": ["a", "b", "c"]},
                size={"type": "number"},
                when={"type": "string", "format": "date-time"},
                extra={"type": "boolean"},
            ),
            "Upload": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}},
        },
        {
            "/things/delete": {"post": {"responses": OK}},
            "/things/upload": {
                "post": {
                    "requestBody": {
                        "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}}}
                    },
                    "responses": {**OK, "401": UNAUTHORIZED},
                }
            },
        },
    )
    ours = document(
        {
            **answer(
                name={"type": "string"},
                kind={"anyOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "string"}]},
                size={"type": "integer"},
                when={"type": "string", "format": "uuid"},
            ),
            "Kind": {"type": "string", "enum": ["a", "b"]},
        },
        {"/things/upload": {"post": {"responses": OK}}},
    )
    assert keys(theirs, ours) == {
        "POST /things/delete",
        "POST /things/upload request multipart/form-data",
        "POST /things/upload 401",
        "Answer.extra",
        "Answer.kind enum c",
        "Answer.size type",
        "Answer.when format",
    }
    details = {f.key: f.detail for f in compare(theirs, ours).uncovered}
    assert details["Answer.size type"] == "type: theirs number, ours integer"
    assert "accepted as any value but not listed" in details["Answer.kind enum c"]


def test_what_ours_accepts_more_of_is_not_drift() -> None:
    theirs = document(
        {
            **answer(
                when={"type": "string", "format": "date-time"},
                count={"type": "integer"},
                status={"type": "string", "enum": ["new", "done"]},
                grid={"$ref": "#/components/schemas/Grid"},
                charts={"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Grid"}},
                anything={"type": "string"},
                free={"type": "object", "properties": {"x": {"type": "string"}}},
            ),
            "Grid": {"type": "object", "properties": {"rows": {"type": "integer"}}},
        }
    )
    ours = document(
        {
            **answer(
                when={"type": "string", "format": "qc-date-time", "nullable": True},
                count={"type": "number"},
                status={"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "string"}]},
                grid={
                    "anyOf": [
                        {"$ref": "#/components/schemas/Grid"},
                        {"type": "object", "nullable": True, "enum": [None]},
                    ]
                },
                charts={
                    "oneOf": [
                        {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Grid"}},
                        {"$ref": "#/components/schemas/EmptyMapAsArray"},
                    ]
                },
                anything={"anyOf": [{"type": "string"}, {"type": "boolean"}]},
                free={"type": "object", "additionalProperties": True},
                ours_only={"type": "string"},
            ),
            "Status": {"type": "string", "enum": ["new", "done", "failed"]},
            "Grid": {"type": "object", "properties": {"rows": {"type": "integer"}, "cols": {"type": "integer"}}},
            "EmptyMapAsArray": {"type": "array", "maxItems": 0, "items": {}},
        },
        {"/authenticate": {"post": {"responses": OK}}},
    )
    report = compare(theirs, ours)
    assert report.uncovered == []
    assert report.ours_only == ["POST /authenticate"]


def test_a_narrower_ours_is_drift() -> None:
    # `charts`: theirs one object with a `name`; ours a map whose entries (so also one named `name`) are objects.
    named = {"type": "object", "properties": {"name": {"type": "string"}}}
    theirs = document(answer(mode={"type": "string"}, ratio={"type": "number"}, charts=named))
    entries = {"type": "object", "additionalProperties": {"type": "object", "properties": {"n": {"type": "string"}}}}
    ours = document(
        answer(mode={"type": "string", "enum": ["fast", "slow"]}, ratio={"type": "integer"}, charts=entries)
    )
    details = {f.key: f.detail for f in compare(theirs, ours).uncovered}
    assert details == {
        "Answer.mode type": "type: theirs string, ours string (an enumeration)",
        "Answer.ratio type": "type: theirs number, ours integer",
        "Answer.charts.name type": "type: theirs string, ours object",
    }


def test_compositions_references_and_cycles() -> None:
    theirs = document(
        {
            "Answer": {
                "allOf": [
                    {"type": "object", "properties": {"a": {"type": "string"}}},
                    {"oneOf": [{"$ref": "#/components/schemas/Left"}, {"$ref": "#/components/responses/Right"}]},
                ]
            },
            "Left": {
                "type": "object",
                "properties": {"b": {"type": "string"}, "tree": {"$ref": "#/components/schemas/Tree"}},
            },
            "Tree": {
                "type": "object",
                "properties": {"leaf": {"type": "string"}, "child": {"$ref": "#/components/schemas/Tree"}},
                "additionalProperties": {"$ref": "#/components/schemas/Tree"},
            },
            "RightBody": {"type": "object", "properties": {"c": {"type": "integer"}}},
            # OpenAPI 3.0 ignores the siblings of `$ref`: this `type` is not compared.
            "Sibling": {
                "type": "object",
                "properties": {"s": {"type": "boolean", "$ref": "#/components/schemas/Text"}},
            },
            "Text": {"type": "string"},
        }
    )
    theirs["components"]["responses"]["Right"] = {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RightBody"}}}
    }
    theirs["paths"]["/things/read"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Missing"
    }
    ours = document(
        {
            "Answer": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}},
            "Tree": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Tree"}}},
        }
    )
    ours["components"]["schemas"]["Answer"]["properties"]["tree"] = {"$ref": "#/components/schemas/Tree"}
    report = compare(theirs, ours)
    assert {f.key for f in report.uncovered} == {"Answer.c", "Tree.leaf"}
    assert report.notes == ["theirs refers to #/components/schemas/Missing, which it does not define: not compared"]
    sibling = document({"Answer": {"type": "object", "properties": {"s": {"$ref": "#/components/schemas/Text"}}}})
    sibling["components"]["schemas"]["Text"] = {"type": "string"}
    mixed = copy.deepcopy(sibling)
    mixed["components"]["schemas"]["Answer"]["properties"]["s"] = {
        "type": "boolean",
        "$ref": "#/components/schemas/Text",
    }
    assert keys(mixed, sibling) == set()


RECORDS = """# Fidelity

## Deliberate differences from the official document

| Where | Official document | `openapi.yaml` | Evidence |
|---|---|---|---|
| `drift: Answer.size type`, `drift: POST /things/delete` | number | whole bytes | measured |
| `drift: Gone.away` | something | removed since | old |
| prose only, `created` | date-time | qc-date-time | logs |

## Another table

| `drift: Answer.extra` | not read: another heading | x | y |
"""


def test_records_in_fidelity_make_findings_deliberate() -> None:
    assert load_records(RECORDS) == {
        "Answer.size type": "whole bytes",
        "POST /things/delete": "whole bytes",
        "Gone.away": "removed since",
    }
    theirs = document(
        answer(size={"type": "number"}, extra={"type": "string"}), {"/things/delete": {"post": {"responses": OK}}}
    )
    ours = document(answer(size={"type": "integer"}))
    report = compare(theirs, ours, load_records(RECORDS))
    assert [f.key for f in report.uncovered] == ["Answer.extra"]
    assert sorted((f.key, reason) for f, reason in report.deliberate) == [
        ("Answer.size type", "whole bytes"),
        ("POST /things/delete", "whole bytes"),
    ]
    assert report.stale == ["Gone.away"]


def write(path: Path, content: dict[str, Any] | str) -> Path:
    path.write_text(content if isinstance(content, str) else yaml.safe_dump(content), encoding="utf-8")
    return path


def test_command_line_exit_status_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    theirs = document(answer(size={"type": "number"}), {"/things/delete": {"post": {"responses": OK}}})
    ours = write(tmp_path / "ours.yaml", document(answer(size={"type": "integer"})))
    official = write(tmp_path / "official.yaml", theirs)
    none = tmp_path / "absent.md"

    assert main([str(official), "--ours", str(ours), "--records", str(none)]) == 1
    out = capsys.readouterr().out
    assert "UNCOVERED: 2" in out and "key: Answer.size type" in out and "key: POST /things/delete" in out

    records = write(tmp_path / "fidelity.md", RECORDS)
    assert main([str(official), "--ours", str(ours), "--records", str(records)]) == 0
    out = capsys.readouterr().out
    assert "uncovered: none" in out and "ours: whole bytes" in out and "stale records" in out and "Gone.away" in out

    assert main([str(tmp_path / "nope.yaml"), "--ours", str(ours)]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main([str(write(tmp_path / "not-openapi.yaml", "just: text\n")), "--ours", str(ours)]) == 2
    assert "not an OpenAPI document" in capsys.readouterr().err


def real_spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return loaded


def test_openapi_yaml_against_itself() -> None:
    spec = real_spec()
    report = compare(spec, copy.deepcopy(spec))
    assert (report.uncovered, report.notes) == ([], [])
    assert report.ours_only == [] and report.matched == report.theirs_total


def test_openapi_yaml_against_copies_with_parts_removed() -> None:
    theirs, ours = real_spec(), real_spec()
    schemas = ours["components"]["schemas"]
    del ours["paths"]["/account/read"]
    del schemas["Node"]["properties"]["busy"]
    schemas["AiState"]["enum"].remove("Error")
    schemas["ObjectStoreSummary"]["properties"]["size"]["type"] = "integer"
    del ours["paths"]["/object/set"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert keys(theirs, ours) == {
        "POST /account/read",
        "Node.busy",
        "BacktestInitResponse.state enum Error",
        "SyntaxCheckResponse.state enum Error",
        "SearchResponse.state enum Error",
        "CodeCompletionResponse.state enum Error",
        "ErrorEnhanceResponse.state enum Error",
        "PEP8ConvertResponse.state enum Error",
        "ObjectStoreSummary.size type",
        "POST /object/set request multipart/form-data",
    }


def test_the_records_in_docs_fidelity_are_well_formed() -> None:
    records = load_records((ROOT / "docs" / "fidelity.md").read_text(encoding="utf-8"))
    assert "BacktestResult.status enum 'Running: _%'" in records
    assert all(key.strip() == key and reason for key, reason in records.items())
