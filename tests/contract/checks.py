"""Custom schemathesis checks for QuantConnect's wire conventions.

- `qc_date_time_conformance`: jsonschema ignores unknown formats, so without it `qc-date-time` values in responses
  would never be checked; it validates them against the documented response schema.
- `negative_data_rejected_in_body`: QuantConnect answers invalid input with HTTP 200 and `"success": false`, so
  schemathesis.toml lets `negative_data_rejection` accept 200; this check then demands the `false` that makes a 200
  a rejection, applying the built-in check's own rules to a 200 that claims success.
- `signature_accepted`: a wrong token is answered with HTTP 200 and `Hash doesn't match.`, which every built-in
  check accepts; without this check a suite signing with the wrong credentials would pass without testing anything.
- `deleted_stays_deleted`: the built-in `use_after_free` only follows HTTP DELETE, and every operation here is a
  POST; this check fails when a read reached through a link from a successful delete of the same resource
  (deleteBacktest -> readBacktest, ...) still succeeds.
"""

from __future__ import annotations

import copy
import threading
from typing import Any, cast

import jsonschema_rs
import schemathesis
from schemathesis import Case, CheckContext, Response
from schemathesis.specs.openapi.checks import negative_data_rejection

from tests.contract.auth import signed_by_us
from tests.contract.formats import QC_DATE_TIME, is_qc_date_time

__all__ = [
    "deleted_stays_deleted",
    "negative_data_rejected_in_body",
    "qc_date_time_conformance",
    "signature_accepted",
]

HASH_MISMATCH = "hash doesn't match"
# Body fields that name the resource a delete removes and a later read asks for.
RESOURCE_IDS = ("projectId", "backtestId", "optimizationId")

_Validators = tuple[jsonschema_rs.Validator, jsonschema_rs.Validator]
_validators: dict[tuple[str, int], _Validators | None] = {}
_lock = threading.Lock()


def _json_body(response: Response) -> Any:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return None


def _response_validators(case: Case[Any], status_code: int) -> _Validators | None:
    """(with qc-date-time checked, without) for the documented response, built once per operation and status."""
    key = (case.operation.label, status_code)
    with _lock:
        if key not in _validators:
            _validators[key] = _build_validators(case, status_code)
        return _validators[key]


def _build_validators(case: Case[Any], status_code: int) -> _Validators | None:
    definition = case.operation.responses.find_by_status_code(status_code)
    if definition is None:
        return None
    schema = definition.get_schema("application/json").schema
    if schema is None:
        return None
    # OpenAPI 3.0 schemas are Draft 4 (schemathesis validates them with the same class).
    strict = jsonschema_rs.Draft4Validator(schema, validate_formats=True, formats={QC_DATE_TIME: is_qc_date_time})
    plain = jsonschema_rs.Draft4Validator(schema, validate_formats=True)
    return strict, plain


@schemathesis.check
def qc_date_time_conformance(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Fail when a documented response carries a `qc-date-time` value not written `YYYY-MM-DD hh:mm:ss`."""
    validators = _response_validators(case, response.status_code)
    body = _json_body(response)
    if validators is None or body is None:
        return None
    strict, plain = validators
    # Only the qc-date-time format differs between the two, so a body that fails strictly but passes plainly has a
    # malformed date-time; other schema violations are response_schema_conformance's to report.
    if strict.is_valid(body) or not plain.is_valid(body):
        return None
    details = "; ".join(
        f"{'/'.join(map(str, error.instance_path))}: {error.message}" for error in strict.iter_errors(body)
    )
    raise AssertionError(f"Response has a `{QC_DATE_TIME}` value that is not `YYYY-MM-DD hh:mm:ss`: {details}")


@schemathesis.check
def negative_data_rejected_in_body(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Fail when invalid data is answered 2xx without `"success": false` (QuantConnect's way of rejecting it)."""
    if case.meta is None or not case.meta.generation.mode.is_negative or not 200 <= response.status_code < 300:
        return None
    body = _json_body(response)
    if isinstance(body, dict) and body.get("success") is False:
        return None
    # The built-in check knows which "negative" cases are valid after all (e.g. once serialized); ask it, with the
    # configured statuses minus 2xx, whether this success should have been a rejection.
    configured = ctx.config.negative_data_rejection.expected_statuses
    strict = copy.copy(ctx.config)
    strict.negative_data_rejection = type(ctx.config.negative_data_rejection)(
        expected_statuses=[status for status in configured if not status.startswith("2")]
    )
    negative_data_rejection(cast(CheckContext, _ContextWithConfig(ctx, strict)), response, case)
    return None


@schemathesis.check
def signature_accepted(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Fail when a request carrying our valid signature is refused for it (HTTP 401 or `Hash doesn't match.`)."""
    if not signed_by_us(response.request.headers):  # the headers as sent (case-insensitive)
        return None  # unsigned or deliberately broken auth: refusing it is right
    body = _json_body(response)
    errors = body.get("errors") if isinstance(body, dict) else None
    mismatch = isinstance(errors, list) and any(HASH_MISMATCH in str(error).lower() for error in errors)
    if response.status_code == 401 or mismatch:
        raise AssertionError(
            f"The API refused this suite's signature (HTTP {response.status_code}, errors {errors}): check "
            "QUANTCONNECT_USER_ID / QUANTCONNECT_API_TOKEN, and the local clock"
        )
    return None


@schemathesis.check
def deleted_stays_deleted(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Fail when a resource a linked delete just removed can still be read."""
    parent = ctx.internals.find_parent(case_id=case.id)  # set in the stateful phase only
    if parent is None or not (parent.operation.schema.get_operation_id(parent.operation) or "").startswith("delete"):
        return None
    deleted = ctx.internals.find_response(case_id=parent.id)
    if deleted is None or not _succeeded(deleted) or not _succeeded(response):
        return None
    removed = parent.body if isinstance(parent.body, dict) else {}
    asked = case.body if isinstance(case.body, dict) else {}
    names = [name for name in RESOURCE_IDS if name in removed]
    if not names or any(asked.get(name) != removed[name] for name in names):
        return None  # the link was not followed (exploration), or a different resource is read
    raise AssertionError(f"{case.operation.label} still finds {', '.join(names)} after a successful delete")


def _succeeded(response: Response) -> bool:
    body = _json_body(response)
    return response.status_code == 200 and isinstance(body, dict) and body.get("success") is True


class _ContextWithConfig:
    """`ctx` with another checks configuration (CheckContext has slots, so it cannot be copied and patched)."""

    def __init__(self, ctx: CheckContext, config: Any) -> None:
        self.config = config
        self.internals = ctx.internals
        self.phase = ctx.phase
        self.auth_enforced_operations = ctx.auth_enforced_operations
