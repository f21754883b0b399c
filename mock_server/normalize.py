"""Turns what existing clients send into the request shape openapi.yaml describes, before validation.

Accepted on top of plain JSON:
- form-encoded bodies (`application/x-www-form-urlencoded`, as lean-cli sends) and the query strings of GET
  reads, whose string values are converted to the integer, number or boolean the schema asks for;
- flattened keys (`"parameters[0][key]": "ema_fast"`) in JSON or form bodies, rebuilt into nested values (a
  list where the schema has one, also when it allows a map beside it and every entry is a whole list item);
- legacy names (`key` -> `name`, `target-value` -> `targetValue`) where the schema has the new name;
- enumeration values in another case (`greater` -> `Greater`).
Everything is driven by the request schema; nothing here decides what is valid. Other content types are
refused; bodies are bounded by mock_server.limits (checked in mock_server.bounds).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any
from urllib.parse import parse_qsl, unquote_plus

from .bounds import label, shown
from .limits import MAX_FORM_FIELDS
from .spec import ApiSpec

__all__ = ["FORM", "BodyError", "decode_body", "decode_form", "normalize"]

FORM = "application/x-www-form-urlencoded"

LEGACY_NAMES = {"key": "name", "target-value": "targetValue", "target_value": "targetValue", "target-to": "targetTo"}
_FLAT_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])+)$")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_INTEGER = re.compile(r"^[+-]?[0-9]{1,19}$")
_INDEX = re.compile(r"^[0-9]{1,9}$")  # ASCII only: `"²".isdigit()` is true but `int("²")` fails
INT64_MAX = 2**63 - 1


class BodyError(ValueError):
    """The body could not be decoded at all."""


def decode_body(raw: bytes, content_type: str) -> tuple[Any, bool]:
    """The decoded body and whether it came from a form (so its values are all strings).

    JSON is read when the content type says so or says nothing; an empty body is `{}` whatever it says.
    """
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type == FORM:
        return decode_form(raw), True
    if not raw.strip():
        return {}, False
    if media_type and media_type != "application/json" and not media_type.endswith("+json"):
        raise BodyError(f"Content-Type: {shown(media_type)} is not accepted; send application/json or {FORM}.")
    try:
        return json.loads(raw, parse_constant=_reject_constant, parse_float=_float, parse_int=_int), False
    except (ValueError, UnicodeDecodeError) as exc:
        raise BodyError(f"Request body is not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise BodyError("Request body is not valid JSON: nested too deeply") from exc


def decode_form(raw: bytes) -> dict[str, str]:
    """Fields of a form body or query string (the last of repeated names wins), at most MAX_FORM_FIELDS.

    Bytes that are not UTF-8 are kept as lone surrogates, so that the string checks name the field they are in.
    """
    text = raw.decode("utf-8", "surrogateescape")
    count = text.count("&") + 1
    if count > MAX_FORM_FIELDS:
        first_extra = text.split("&", MAX_FORM_FIELDS + 1)[MAX_FORM_FIELDS].split("&", 1)[0]
        name = unquote_plus(first_extra.partition("=")[0], errors="surrogateescape").partition("[")[0]
        raise BodyError(f"{label(name)}: {count:,} form fields sent; the mock accepts at most {MAX_FORM_FIELDS:,}.")
    pairs = parse_qsl(text, keep_blank_values=True, errors="surrogateescape", max_num_fields=MAX_FORM_FIELDS)
    return dict(pairs)


def _reject_constant(name: str) -> Any:
    # Python's json accepts NaN and Infinity, which JSON does not have.
    raise ValueError(f"{name} is not a JSON value")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is out of range")
    return value


def _int(text: str) -> int:
    value = int(text)
    if abs(value) > INT64_MAX:  # the platform's numbers are 64-bit at most
        raise ValueError(f"integer {text} is out of range")
    return value


def normalize(body: Any, schema: dict[str, Any] | None, spec: ApiSpec, from_form: bool) -> Any:
    """`body` rebuilt and coerced towards `schema` (unchanged where it cannot be made to fit)."""
    if isinstance(body, dict):
        body = _unflatten(body)
    if schema is None:
        return body
    return _Coercer(spec, from_form).coerce(body, schema)


def _unflatten(body: dict[str, Any]) -> dict[str, Any]:
    """`{"a[0][b]": 1}` -> `{"a": {"0": {"b": 1}}}`; digit-keyed maps become lists once the schema says so."""
    result: dict[str, Any] = {}
    for key, value in body.items():
        match = _FLAT_KEY.match(key) if isinstance(key, str) else None
        if match is None:
            _merge(result, key, value)
            continue
        path = [match.group(1), *_SEGMENT.findall(match.group(2))]
        node = result
        for depth, part in enumerate(path[:-1]):
            child = node.get(part)
            if isinstance(child, list):  # a list sent whole and then amended by flattened keys
                child = {str(index): item for index, item in enumerate(child)}
            if not isinstance(child, dict):
                child = {}
            node[part] = child
            node = child
            if path[depth + 1] == "":  # `a[]=x`: append
                path[depth + 1] = str(len(node))
        _merge(node, path[-1], value)
    return result


def _merge(node: dict[str, Any], key: str, value: Any) -> None:
    existing = node.get(key)
    if isinstance(existing, dict) and isinstance(value, dict):
        existing.update(value)
    else:
        node[key] = value


class _Coercer:
    """Walks a value alongside its schema."""

    def __init__(self, spec: ApiSpec, from_form: bool) -> None:
        self.spec = spec
        self.from_form = from_form

    def variants(self, schema: dict[str, Any], depth: int = 0) -> list[dict[str, Any]]:
        """The concrete alternatives of a schema: refs followed, oneOf/anyOf expanded, allOf merged."""
        schema = self.spec.resolve(schema)
        if depth > 16:
            return [schema]
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            properties: dict[str, Any] = dict(merged.get("properties", {}))
            for part in schema["allOf"]:
                for variant in self.variants(part, depth + 1):
                    properties.update(variant.get("properties", {}))
                    for key, value in variant.items():
                        merged.setdefault(key, value)
            merged["properties"] = properties
            return [merged]
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if alternatives:
            found = [v for alternative in alternatives for v in self.variants(alternative, depth + 1)]
            return [{**v, "nullable": True} for v in found] if schema.get("nullable") else found
        return [schema]

    def coerce(self, value: Any, schema: dict[str, Any]) -> Any:
        variants = self.variants(schema)
        types = {v.get("type") for v in variants}
        if isinstance(value, dict):
            if self._is_list(value, variants, types):
                value = [value[k] for k in sorted(value, key=int)]
            else:
                return self._object(value, [v for v in variants if v.get("type") in ("object", None)])
        if isinstance(value, list):
            items = [v["items"] for v in variants if v.get("type") == "array" and isinstance(v.get("items"), dict)]
            return [self.coerce(item, items[0]) for item in value] if items else value
        if isinstance(value, str):
            return self._string(value, variants, types)
        return value

    def _is_list(self, value: dict[str, Any], variants: list[dict[str, Any]], types: set[Any]) -> bool:
        """Whether a digit-keyed map (`parameters[0][key]=...` rebuilt) stands for a list the schema allows."""
        if "array" not in types or not value or not all(isinstance(k, str) and _INDEX.match(k) for k in value):
            return False
        if "object" not in types:
            return True
        # A list or a map (ProjectParameters): the list when the keys count 0, 1, 2... and each entry is an item.
        if sorted(map(int, value)) != list(range(len(value))):
            return False
        items = [v["items"] for v in variants if v.get("type") == "array" and isinstance(v.get("items"), dict)]
        required = self.spec.resolve(items[0]).get("required") if items else None
        if not isinstance(required, list) or not required:
            return False
        return all(isinstance(entry, dict) and set(required) <= entry.keys() for entry in value.values())

    def _object(self, value: dict[str, Any], variants: list[dict[str, Any]]) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        extra: dict[str, Any] | None = None
        for variant in variants:
            properties.update(variant.get("properties", {}))
            additional = variant.get("additionalProperties")
            if isinstance(additional, dict) and extra is None:
                extra = additional
        result: dict[str, Any] = {}
        for key, item in value.items():
            new_name = LEGACY_NAMES.get(key)
            if key not in properties and new_name in properties and new_name not in value:
                key = new_name
            sub_schema = properties.get(key, extra)
            result[key] = self.coerce(item, sub_schema) if isinstance(sub_schema, dict) else item
        return result

    def _string(self, value: str, variants: list[dict[str, Any]], types: set[Any]) -> Any:
        for variant in variants:
            enum = variant.get("enum")
            if isinstance(enum, list) and value not in enum:
                folded = {str(option).lower(): option for option in enum}
                if value.lower() in folded:
                    return folded[value.lower()]
        if not self.from_form or "string" in types:
            return value
        if value == "" and any(v.get("nullable") for v in variants):
            return None
        if "boolean" in types and value.lower() in ("true", "false", "1", "0"):
            return value.lower() in ("true", "1")
        if "integer" in types and _INTEGER.match(value) and abs(int(value)) <= INT64_MAX:
            return int(value)
        if "number" in types:
            if _INTEGER.match(value) and abs(int(value)) <= INT64_MAX:
                return int(value)
            try:
                number = float(value)
            except ValueError:
                return value
            return number if math.isfinite(number) else value
        return value
