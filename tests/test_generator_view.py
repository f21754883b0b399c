"""The generator's view of the document resolves the wire conventions and nothing else."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from generator_view import EMPTY_MAP_REF, generator_view  # noqa: E402

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
            assert set(view["paths"][path][method]["responses"]) == {"200"}


def test_view_does_not_change_the_source() -> None:
    before = copy.deepcopy(SPEC)
    generator_view(SPEC)
    assert before == SPEC
