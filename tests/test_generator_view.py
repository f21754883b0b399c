"""The generator's view of the document resolves the wire conventions, and the resource naming rule."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from codegen.resources import method_name
from codegen.view import EMPTY_MAP_REF, generator_view

ROOT = Path(__file__).resolve().parent.parent

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


def test_document_is_valid_openapi() -> None:
    validate(copy.deepcopy(SPEC))


def test_generator_view_is_valid_openapi() -> None:
    validate(generator_view(SPEC))


def test_wire_datetime_format_becomes_date_time() -> None:
    schema = {"type": "string", "format": "qc-date-time", "nullable": True}
    assert generator_view({"components": {"schemas": {"X": schema}}})["components"]["schemas"]["X"] == {
        "type": "string",
        "format": "date-time",
        "nullable": True,
    }


def test_map_or_empty_array_becomes_the_map_keeping_outer_keys() -> None:
    map_schema = {"type": "object", "additionalProperties": {"type": "string"}}
    schema = {"description": "d", "oneOf": [map_schema, {"$ref": EMPTY_MAP_REF}]}
    resolved = generator_view({"components": {"schemas": {"X": schema}}})["components"]["schemas"]["X"]
    assert resolved == {**map_schema, "description": "d"}


def test_other_one_ofs_are_left_alone() -> None:
    schema = {"oneOf": [{"type": "string"}, {"type": "number"}]}
    assert generator_view({"components": {"schemas": {"X": schema}}})["components"]["schemas"]["X"] == schema


def test_only_success_answers_reach_the_generator() -> None:
    view = generator_view(SPEC)
    for path, path_item in SPEC["paths"].items():
        for method, operation in path_item.items():
            assert "401" in operation["responses"], f"{path} documents no 401"
            # A redirect is kept where it is the answer (x-qc-result: location); 401s never reach the generator.
            kept = {"200", "302"} if operation.get("x-qc-result") == "location" else {"200"}
            assert set(view["paths"][path][method]["responses"]) == kept & set(operation["responses"])


def test_view_does_not_change_the_source() -> None:
    before = copy.deepcopy(SPEC)
    generator_view(SPEC)
    assert before == SPEC


def _answer(operation: dict[str, Any], properties: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A document with one operation answering `Answer` = RestResponse + `properties`."""
    return {
        "paths": {
            "/things/read": {
                "post": {
                    "operationId": "readThing",
                    **operation,
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ask"}}}},
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}}}
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "RestResponse": {"type": "object", "properties": {"success": {"type": "boolean"}}},
                "Ask": {"type": "object", "properties": {"note": {"type": "string", "nullable": True}}},
                "Answer": {
                    "allOf": [
                        {"$ref": "#/components/schemas/RestResponse"},
                        {"type": "object", "properties": properties, **extra},
                    ]
                },
            }
        },
    }


def _object_part(view: dict[str, Any], name: str = "Answer") -> dict[str, Any]:
    part: dict[str, Any] = view["components"]["schemas"][name]["allOf"][1]
    return part


def test_the_result_property_becomes_required() -> None:
    document = _answer({"x-qc-result": "things[0]"}, {"things": {"type": "array", "items": {"type": "string"}}})
    assert _object_part(generator_view(document))["required"] == ["things"]
    assert "required" not in _object_part(document), "the wire schema keeps failures valid"


def test_success_required_properties_become_required_and_the_extension_goes() -> None:
    document = _answer({}, {"a": {"type": "string"}, "b": {"type": "integer"}}, **{"x-qc-success-required": ["b"]})
    part = _object_part(generator_view(document))
    assert part["required"] == ["b"]
    assert "x-qc-success-required" not in part


def test_a_result_that_is_no_property_is_refused() -> None:
    with pytest.raises(ValueError, match="missing"):
        generator_view(_answer({"x-qc-result": "missing"}, {"a": {"type": "string"}}))


def test_nullable_answer_fields_are_required_nullable_but_request_fields_stay_optional() -> None:
    document = _answer({}, {"note": {"type": "string", "nullable": True}, "name": {"type": "string"}})
    view = generator_view(document)
    assert _object_part(view)["required"] == ["note"]
    assert "required" not in view["components"]["schemas"]["Ask"]


@pytest.mark.parametrize(
    ("operation_id", "tag", "expected"),
    [
        ("readBacktestChart", "backtests", "read_chart"),
        ("listBacktests", "backtests", "list"),
        ("createBacktest", "backtests", "create"),
        ("estimateOptimization", "optimizations", "estimate"),
        ("readCompile", "compile", "read"),
        ("patchFile", "files", "patch"),
        ("authenticate", "authentication", None),
    ],
)
def test_method_names_drop_the_tags_noun(operation_id: str, tag: str, expected: str | None) -> None:
    assert method_name(operation_id, tag) == expected
