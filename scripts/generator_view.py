"""The generator's view of openapi.yaml: the same document with wire conventions resolved.

openapi.yaml describes what QuantConnect really sends, so that validators (schemathesis, the mock's
request validator) accept real traffic. Three of those descriptions would make openapi-python-client
produce awkward Python types, so the generator is handed this view instead:

- `format: qc-date-time` (`2021-08-31 21:02:56`, which is not RFC 3339) becomes `format: date-time`:
  the generated reader parses it with `datetime.fromisoformat`, which accepts the space separator.
- A map that may arrive as `[]` is written `oneOf: [<map>, $ref EmptyMapAsArray]`; the generator gets
  just `<map>`, and the generated `from_dict` (which starts with `dict(src_dict)`) reads `[]` as empty.
- Only the 2xx answers of an operation are kept. A documented 401 (with no body) would otherwise turn
  every return type into `Any | Model`, which hides the model from type checkers; a 401 is an error,
  raised by auth_plugin (or as `errors.UnexpectedStatus`), never a value to return.

Nothing else changes. tests/test_generator_view.py pins both rules.
"""

from __future__ import annotations

from typing import Any

EMPTY_MAP_REF = "#/components/schemas/EmptyMapAsArray"
WIRE_DATETIME_FORMAT = "qc-date-time"


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


def generator_view(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of the OpenAPI document as openapi-python-client should see it."""
    view: dict[str, Any] = _resolve(document)
    for path_item in view.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.get("responses", {})
            operation["responses"] = {code: answer for code, answer in responses.items() if str(code).startswith("2")}
    return view
