"""Validates request bodies with openapi-core against openapi.yaml and words the errors like the platform."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from openapi_core.testing import MockRequest

from .bounds import field_name
from .spec import ApiSpec

__all__ = ["MAX_ERRORS", "validate_body"]

MAX_ERRORS = 5
MAX_MESSAGE = 500  # jsonschema quotes the offending value, which may be a long string


def validate_body(spec: ApiSpec, path: str, body: Any) -> list[str]:
    """Error messages for `body` sent to operation `path` (empty when valid), each naming the field."""
    scheme, _, rest = spec.server_url.partition("://")
    host, slash, base_path = rest.partition("/")
    request = MockRequest(
        f"{scheme}://{host}", "post", f"{slash}{base_path}{path}", data=json.dumps(body).encode("utf-8")
    )
    messages: list[str] = []
    for error in spec.body_validator.iter_errors(request):
        schema_errors = getattr(error.__cause__, "schema_errors", None)
        if schema_errors:
            messages.extend(_describe(e) for e in _specific(schema_errors))
        else:
            messages.append(f"Invalid request body: {error.__cause__ or error}")
    return list(dict.fromkeys(messages))[:MAX_ERRORS]


def _specific(errors: Iterable[Any]) -> Iterator[Any]:
    """jsonschema ValidationErrors, with a oneOf/anyOf failure replaced by its deepest sub-error."""
    for error in errors:
        context = list(getattr(error, "context", None) or [])
        if context:
            deepest = max(len(e.absolute_path) for e in context)
            yield next(e for e in context if len(e.absolute_path) == deepest)
        else:
            yield error


def _describe(error: Any) -> str:
    field = field_name(list(error.absolute_path))
    if error.validator == "oneOf":  # valid under several alternatives: the message would dump the whole schema
        message = "matches more than one of the allowed request shapes; send the fields of exactly one"
    else:
        message = str(error.message)
        if len(message) > MAX_MESSAGE:
            message = f"{message[:MAX_MESSAGE]}... (cut)"
    return f"{field}: {message}" if field else message
