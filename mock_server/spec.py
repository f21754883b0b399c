"""Loads openapi.yaml once per version of the file and answers questions about its operations."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.validation.request.validators import V30RequestBodyValidator
from openapi_core.validation.response.validators import V30ResponseDataValidator

from .wire import is_qc_date_time

__all__ = ["ApiSpec", "load_spec"]

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class ApiSpec:
    """The parsed document plus an openapi-core view of it for validation."""

    document: dict[str, Any]
    openapi: OpenAPI
    server_url: str

    @functools.cached_property
    def body_validator(self) -> V30RequestBodyValidator:
        """openapi-core's request body validator for this document (built once: it is not cheap)."""
        return V30RequestBodyValidator(self.openapi.spec)

    @functools.cached_property
    def response_validator(self) -> V30ResponseDataValidator:
        """openapi-core's response body validator, checking the `qc-date-time` format too.

        openapi-core follows OpenAPI 3.0.3 to the letter: `nullable` without a `type` beside it (as in
        `nullable: true` + `allOf: [$ref]`) does not admit null. The document means null to be allowed there,
        and schemathesis and the generated client read it so; answers are checked with that reading.
        """
        lenient = OpenAPI.from_dict(_nullable_refs_admit_null(self.document), config=Config(spec_validator_cls=None))
        return V30ResponseDataValidator(lenient.spec, extra_format_validators={"qc-date-time": is_qc_date_time})

    @property
    def paths(self) -> list[str]:
        """Operation paths such as `/backtests/read`."""
        return list(self.document.get("paths", {}))

    def request_schema(self, path: str) -> dict[str, Any] | None:
        """The JSON request body schema of the POST at `path` (unresolved), or None when it takes no body."""
        operation = self.document.get("paths", {}).get(path, {}).get("post", {})
        content = operation.get("requestBody", {}).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        return schema if isinstance(schema, dict) else None

    def answers_redirect(self, path: str) -> bool:
        """Whether the POST at `path` answers with a redirect (`x-qc-result: location`), as live auth0 authorize."""
        operation = self.document.get("paths", {}).get(path, {}).get("post", {})
        return bool(operation.get("x-qc-result") == "location")

    def body_required(self, path: str) -> bool:
        """Whether the POST at `path` declares its request body required."""
        operation = self.document.get("paths", {}).get(path, {}).get("post", {})
        return bool(operation.get("requestBody", {}).get("required", False))

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Follows local `$ref`s until a schema without one."""
        seen = 0
        while "$ref" in schema and seen < 32:
            node: Any = self.document
            for part in str(schema["$ref"]).removeprefix("#/").split("/"):
                node = node[part]
            schema = node
            seen += 1
        return schema


def _nullable_refs_admit_null(node: Any) -> Any:
    """A copy where `{nullable: true, allOf/anyOf/oneOf/$ref: ...}` without `type` also accepts null."""
    if isinstance(node, list):
        return [_nullable_refs_admit_null(item) for item in node]
    if not isinstance(node, dict):
        return node
    copied = {key: _nullable_refs_admit_null(value) for key, value in node.items()}
    if copied.get("nullable") is True and "type" not in copied and copied.keys() & {"allOf", "anyOf", "oneOf", "$ref"}:
        del copied["nullable"]
        description = copied.pop("description", None)
        wrapped: dict[str, Any] = {"anyOf": [copied, {"type": "object", "nullable": True, "enum": [None]}]}
        if description is not None:
            wrapped["description"] = description
        return wrapped
    return copied


def load_spec(path: Path) -> ApiSpec:
    """Parses `path`, reusing the previous result while the file is unchanged."""
    stat = path.stat()
    return _load(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> ApiSpec:
    with open(path, encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=_Loader)
    # The document is checked by the project's own lint step; skipping openapi-core's check keeps start-up fast.
    openapi = OpenAPI.from_dict(document, config=Config(spec_validator_cls=None))
    servers = document.get("servers") or [{"url": "https://www.quantconnect.com/api/v2"}]
    return ApiSpec(document=document, openapi=openapi, server_url=str(servers[0]["url"]).rstrip("/"))
