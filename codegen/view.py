"""The generator's view of openapi.yaml: the same document with wire conventions resolved.

openapi.yaml describes what QuantConnect really sends, so that validators (schemathesis, the mock's
request validator) accept real traffic. Some of those descriptions would make openapi-python-client
produce awkward Python types, so the generator is handed this view instead:

- `format: qc-date-time` (`2021-08-31 21:02:56`, which is not RFC 3339) becomes `format: date-time`:
  the generated reader parses it with `datetime.fromisoformat`, which accepts the space separator.
- A map that may arrive as `[]` is written `oneOf: [<map>, $ref EmptyMapAsArray]`; the generator gets
  just `<map>`, and the generated `from_dict` (which starts with `dict(src_dict)`) reads `[]` as empty.
- Only the 2xx answers of an operation are kept (and its 3xx, when a redirect is the answer:
  `x-qc-result: location`). A documented 401 (with no body) would otherwise turn every return type into
  `Any | Model`, which hides the model from type checkers; a 401 is an error, raised by the client, never a
  value to return.
- What every *successful* answer carries becomes required: the property an operation's `x-qc-result`
  names, and the properties an answer lists in `x-qc-success-required`. Failures never reach the
  generated readers (the client raises first), so the models can type these without `Unset`.
- In schemas that only answers use, an optional property that may be null becomes required and
  nullable, and the model template reads it as None when it is absent: one check (`is None`) for the
  user instead of two (`Unset` and `None`). Request schemas keep `Unset`, so that an omitted field is
  not sent.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

EMPTY_MAP_REF = "#/components/schemas/EmptyMapAsArray"
WIRE_DATETIME_FORMAT = "qc-date-time"
SCHEMA_PREFIX = "#/components/schemas/"
_RESULT = re.compile(r"^(?P<name>\w+)(?P<first>\[0\])?$")


def _is_empty_map_ref(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("$ref") == EMPTY_MAP_REF


def _resolve(node: Any) -> Any:
    if isinstance(node, list):
        return [_resolve(item) for item in node]
    if not isinstance(node, dict):
        return node
    resolved = {key: _resolve(value) for key, value in node.items()}
    if resolved.get("format") == WIRE_DATETIME_FORMAT:
        resolved["format"] = "date-time"
    branches = resolved.get("oneOf")
    if isinstance(branches, list) and len(branches) == 2 and any(_is_empty_map_ref(b) for b in branches):
        (map_schema,) = [b for b in branches if not _is_empty_map_ref(b)]
        outer = {key: value for key, value in resolved.items() if key != "oneOf"}
        resolved = {**map_schema, **outer}
    return resolved


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation of the document."""
    for path, path_item in document.get("paths", {}).items():
        for method, operation in path_item.items():
            if isinstance(operation, dict) and "responses" in operation:
                yield path, method, operation


def success_schema_name(operation: dict[str, Any]) -> str | None:
    """The component name of the operation's 200 JSON answer, when it is a `$ref`."""
    answer = operation.get("responses", {}).get("200", {})
    ref = answer.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
    return ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else None


def result_property(operation: dict[str, Any]) -> tuple[str, bool] | None:
    """(property, first item only) named by the operation's `x-qc-result`, or None for `body`/`none`."""
    value = operation.get("x-qc-result")
    if value in (None, "body", "none", "location"):
        return None
    match = _RESULT.match(str(value))
    if match is None:
        raise ValueError(
            f"{operation.get('operationId')}: x-qc-result {value!r} is not property, property[0], body or none"
        )
    return match["name"], match["first"] is not None


def _object_parts(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schema itself, or the inline object parts of its `allOf`."""
    parts = [part for part in schema.get("allOf", []) if isinstance(part, dict) and "$ref" not in part]
    return parts or [schema]


def _require(schema: dict[str, Any], names: list[str], where: str) -> None:
    for name in names:
        owners = [part for part in _object_parts(schema) if name in part.get("properties", {})]
        if not owners:
            raise ValueError(f"{where}: {name!r} is not a property of the answer")
        for part in owners:
            required = part.setdefault("required", [])
            if name not in required:
                required.append(name)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            yield ref[len(SCHEMA_PREFIX) :]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _closure(schemas: dict[str, Any], roots: Iterator[str]) -> set[str]:
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        pending.extend(_refs(schemas[name]))
    return seen


def _is_nullable(schema: dict[str, Any]) -> bool:
    if schema.get("nullable") is True:
        return True
    return any(isinstance(branch, dict) and branch.get("nullable") is True for branch in schema.get("anyOf", []))


def _answer_only_schemas(document: dict[str, Any]) -> set[str]:
    schemas = document.get("components", {}).get("schemas", {})
    answers: list[Any] = []
    requests: list[Any] = []
    for _, _, operation in operations(document):
        answers.append(operation.get("responses", {}))
        requests.append(operation.get("requestBody", {}))
    return _closure(schemas, _refs(answers)) - _closure(schemas, _refs(requests))


def _null_means_absent(schema: dict[str, Any]) -> None:
    for part in _object_parts(schema):
        required = part.get("required", [])
        for name, prop in part.get("properties", {}).items():
            if name not in required and isinstance(prop, dict) and _is_nullable(prop):
                part.setdefault("required", []).append(name)


def generator_view(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of the OpenAPI document as openapi-python-client should see it."""
    view: dict[str, Any] = _resolve(copy.deepcopy(document))
    schemas: dict[str, Any] = view.get("components", {}).get("schemas", {})
    for name in _answer_only_schemas(view):
        _null_means_absent(schemas[name])
    for _, _, operation in operations(view):
        answer = success_schema_name(operation)
        result = result_property(operation)
        if answer is not None and result is not None:
            _require(schemas[answer], [result[0]], f"{operation['operationId']} x-qc-result")
        # A redirect is kept where it is the answer (x-qc-result: location), so the low-level module accepts it.
        kept = ("2", "3") if operation.get("x-qc-result") == "location" else ("2",)
        operation["responses"] = {
            code: reply for code, reply in operation["responses"].items() if str(code).startswith(kept)
        }
    for name, schema in schemas.items():
        for part in _object_parts(schema):
            listed = part.pop("x-qc-success-required", None)
            if listed:
                _require(schema, list(listed), f"{name} x-qc-success-required")
    return view
