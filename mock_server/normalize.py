"""Turns what existing clients send into the request shape openapi.yaml describes, before validation.

Accepted on top of plain JSON:
- form-encoded bodies (`application/x-www-form-urlencoded`, as lean-cli sends), whose string values are
  converted to the integer, number or boolean the schema asks for;
- flattened keys (`"parameters[0][key]": "ema_fast"`) in JSON or form bodies, rebuilt into nested values;
- legacy names (`key` -> `name`, `target-value` -> `targetValue`) where the schema has the new name;
- enumeration values in another case (`greater` -> `Greater`).
Everything is driven by the request schema; nothing here decides what is valid.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any
from urllib.parse import parse_qsl

from .spec import ApiSpec

__all__ = ["BodyError", "decode_body", "normalize"]

LEGACY_NAMES = {"key": "name", "target-value": "targetValue", "target_value": "targetValue", "target-to": "targetTo"}
_FLAT_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])+)$")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_INTEGER = re.compile(r"^[+-]?\d{1,19}$")
INT64_MAX = 2**63 - 1


class BodyError(ValueError):
    """The body could not be decoded at all."""


def decode_body(raw: bytes, content_type: str) -> tuple[Any, bool]:
    """The decoded body and whether it came from a form (so its values are all strings)."""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type == "application/x-www-form-urlencoded":
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BodyError(f"Request body is not UTF-8 form data: {exc}") from exc
        return dict(parse_qsl(text, keep_blank_values=True)), True
    if not raw.strip():
        return {}, False
    try:
        return json.loads(raw, parse_constant=_reject_constant, parse_float=_float, parse_int=_int), False
    except (ValueError, UnicodeDecodeError) as exc:
        raise BodyError(f"Request body is not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise BodyError("Request body is not valid JSON: nested too deeply") from exc


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
            if "array" in types and "object" not in types and value and all(k.isdigit() for k in value):
                value = [value[k] for k in sorted(value, key=int)]
            else:
                return self._object(value, [v for v in variants if v.get("type") in ("object", None)])
        if isinstance(value, list):
            items = [v["items"] for v in variants if v.get("type") == "array" and isinstance(v.get("items"), dict)]
            return [self.coerce(item, items[0]) for item in value] if items else value
        if isinstance(value, str):
            return self._string(value, variants, types)
        return value

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
