"""openapi.yaml: every example fits its schema, and every operation is documented the same way.

Examples are validated with openapi-schema-validator's OAS 3.0 validator, `$ref`s resolved against the
whole document, formats checked (the wire form `qc-date-time` included). `nullable: true` is read as the
document means it, "null is allowed here", also next to `allOf`/`$ref` without a `type` (the strict
3.0.3 reading would ignore it there); schemathesis and openapi-python-client read it the same way.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
SPEC_URI = "urn:quantconnect-openapi"
JSON = "application/json"
NO_BODY_PATHS = {"/authenticate"}
UNAUTHORIZED_REF = "#/components/responses/Unauthorized"
QC_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")

FORMAT_CHECKER = copy.deepcopy(oas30_format_checker)


@FORMAT_CHECKER.checks("qc-date-time", raises=ValueError)  # type: ignore[untyped-decorator]
def _is_qc_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not QC_DATE_TIME.match(value):
        return False
    datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    return True


def _allow_null_where_nullable(node: Any) -> Any:
    """A copy of `node` where a `nullable: true` schema with no `type` of its own also accepts null."""
    if isinstance(node, list):
        return [_allow_null_where_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    copied = {key: _allow_null_where_nullable(value) for key, value in node.items()}
    if copied.get("nullable") is True and "type" not in copied:
        del copied["nullable"]
        return {"anyOf": [copied, {"enum": [None]}]}
    return copied


REGISTRY: Registry[Any] = Registry().with_resource(
    SPEC_URI, Resource.from_contents(_allow_null_where_nullable(SPEC), default_specification=DRAFT4)
)


def pointer(*parts: str) -> str:
    """JSON pointer to a location in the document."""
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def schema_errors(schema_pointer: str, instance: Any) -> list[str]:
    """Why `instance` does not fit the schema at `schema_pointer` (empty when it fits)."""
    validator = OAS30Validator(
        {"$ref": f"{SPEC_URI}#{schema_pointer}"}, registry=REGISTRY, format_checker=FORMAT_CHECKER
    )
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
        for error in validator.iter_errors(instance)
    ]


def media_examples(media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The examples of a media type object, named."""
    if "example" in media:
        yield "example", media["example"]
    for name, example in media.get("examples", {}).items():
        yield f"examples/{name}", example["value"]


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, path_item in SPEC["paths"].items():
        for method, operation in path_item.items():
            yield path, method, operation


OPERATIONS = list(operations())
OPERATION_IDS = [operation.get("operationId", f"{method} {path}") for path, method, operation in OPERATIONS]


def operation_examples(path: str, method: str, operation: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, schema pointer, example) for every example of the operation's bodies and answers."""
    body = operation.get("requestBody", {})
    for media_type, media in body.get("content", {}).items():
        schema_at = pointer("paths", path, method, "requestBody", "content", media_type, "schema")
        for name, example in media_examples(media):
            yield f"request {media_type} {name}", schema_at, example
    for status, answer in operation.get("responses", {}).items():
        for media_type, media in answer.get("content", {}).items():
            schema_at = pointer("paths", path, method, "responses", str(status), "content", media_type, "schema")
            for name, example in media_examples(media):
                yield f"{status} {media_type} {name}", schema_at, example


def schema_level_examples(schema: Any, at: str) -> Iterator[tuple[str, Any]]:
    """(schema pointer, example) for the schema at `at` and every schema nested in it."""
    if not isinstance(schema, dict):
        return
    if "example" in schema:
        yield at, schema["example"]
    for name, sub in schema.get("properties", {}).items():
        yield from schema_level_examples(sub, f"{at}/properties{pointer(name)}")
    for keyword in ("items", "additionalProperties", "not"):
        yield from schema_level_examples(schema.get(keyword), f"{at}/{keyword}")
    for keyword in ("allOf", "anyOf", "oneOf"):
        for index, sub in enumerate(schema.get(keyword, [])):
            yield from schema_level_examples(sub, f"{at}/{keyword}/{index}")


def all_schema_locations() -> Iterator[tuple[str, Any, str]]:
    """(name, schema, pointer) of every component schema, response-header schema and inline schema."""
    for name, schema in SPEC["components"]["schemas"].items():
        yield name, schema, pointer("components", "schemas", name)
    for name, answer in SPEC["components"].get("responses", {}).items():
        for header, header_object in answer.get("headers", {}).items():
            at = pointer("components", "responses", name, "headers", header, "schema")
            yield f"responses/{name}/{header}", header_object.get("schema"), at
    for path, method, operation in OPERATIONS:
        operation_id = operation.get("operationId", path)
        for media_type, media in operation.get("requestBody", {}).get("content", {}).items():
            at = pointer("paths", path, method, "requestBody", "content", media_type, "schema")
            yield f"{operation_id}/request", media.get("schema"), at
        for status, answer in operation.get("responses", {}).items():
            for media_type, media in answer.get("content", {}).items():
                at = pointer("paths", path, method, "responses", str(status), "content", media_type, "schema")
                yield f"{operation_id}/{status}", media.get("schema"), at


SCHEMA_LOCATIONS = [
    (name, schema, at) for name, schema, at in all_schema_locations() if any(schema_level_examples(schema, at))
]


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=OPERATION_IDS)
def test_operation_examples_fit_their_schemas(path: str, method: str, operation: dict[str, Any]) -> None:
    failures = [
        f"{where}: {error}"
        for where, schema_at, example in operation_examples(path, method, operation)
        for error in schema_errors(schema_at, example)
    ]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(("name", "schema", "at"), SCHEMA_LOCATIONS, ids=[name for name, _, _ in SCHEMA_LOCATIONS])
def test_schema_examples_fit_their_schemas(name: str, schema: dict[str, Any], at: str) -> None:
    failures = [
        f"{example_at}: {error}"
        for example_at, example in schema_level_examples(schema, at)
        for error in schema_errors(example_at, example)
    ]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=OPERATION_IDS)
def test_operation_is_documented(path: str, method: str, operation: dict[str, Any]) -> None:
    declared_tags = {tag["name"] for tag in SPEC["tags"]}
    assert method == "post", f"{path}: every operation is a POST"
    assert operation.get("operationId"), f"{path}: no operationId"
    tags = operation.get("tags", [])
    assert len(tags) == 1 and tags[0] in declared_tags, f"{path}: tags {tags} are not exactly one of {declared_tags}"
    assert operation.get("summary", "").strip(), f"{path}: no summary"
    assert operation.get("description", "").strip(), f"{path}: no description"

    if path not in NO_BODY_PATHS:
        content = operation.get("requestBody", {}).get("content", {})
        # JSON, or multipart/form-data where the platform takes a file (the object store's upload)
        body = content.get(JSON) or content.get("multipart/form-data")
        assert body is not None, f"{path}: no JSON (or multipart) request body"
        assert any(media_examples(body)) or JSON not in content, f"{path}: the request body has no example"

    responses = operation.get("responses", {})
    ok = responses.get("200", {}).get("content", {}).get(JSON)
    assert ok is not None, f"{path}: no JSON 200 answer"
    assert any(media_examples(ok)), f"{path}: the 200 answer has no example"
    assert responses.get("401") == {"$ref": UNAUTHORIZED_REF}, f"{path}: the 401 is not {UNAUTHORIZED_REF}"


def test_operation_ids_are_unique() -> None:
    assert len(OPERATION_IDS) == len(set(OPERATION_IDS))


def test_every_example_is_found() -> None:
    """The walk above reaches the examples: one per request body and answer at least, plus schema-level ones."""
    found = sum(1 for path, method, operation in OPERATIONS for _ in operation_examples(path, method, operation))
    assert found >= 2 * len(OPERATIONS) - len(NO_BODY_PATHS)
    assert len(SCHEMA_LOCATIONS) >= 5


@pytest.mark.parametrize(
    ("schema_name", "instance", "expected"),
    [
        ("CreateProjectRequest", {"name": "P", "language": "Rust"}, "language: 'Rust' is not one of"),
        ("ProjectFile", {"name": "main.py", "content": "", "modified": "2024-11-25T01:02:03Z"}, "modified:"),
        ("ProjectListResponse", {"success": True, "projects": [{"projectId": 1, "name": "P"}]}, "'created' is a"),
        ("Order", {"id": 1, "type": 0, "status": 3, "time": "2023-01-03 14:31:00"}, "time:"),
        ("BacktestResult", {"backtestId": "b", "name": "n", "status": "s", "completed": True}, "'created' is a"),
        ("UpdateFileRequest", {"projectId": 1, "name": "a.py", "newName": "b.py", "content": "x"}, "<root>:"),
        ("Insight", {"generatedTime": "2023-01-03 14:31:00"}, "generatedTime:"),
    ],
)
def test_validation_catches_broken_examples(schema_name: str, instance: Any, expected: str) -> None:
    """The checks above can fail: wrong enums, date-time forms, missing fields and ambiguous unions."""
    errors = schema_errors(pointer("components", "schemas", schema_name), instance)
    assert any(expected in error for error in errors), errors


def test_nullable_reference_accepts_null_only_where_declared() -> None:
    at = pointer("components", "schemas", "Project")
    base = {"projectId": 1, "name": "P", "created": "2024-11-25 01:02:03", "modified": "2024-11-25 01:02:03"}
    assert schema_errors(at, {**base, "grid": None}) == []
    assert schema_errors(at, {**base, "libraries": None}) != []
