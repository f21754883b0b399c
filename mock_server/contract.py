"""Checks an answer against the response schema openapi.yaml gives for its operation."""

from __future__ import annotations

from openapi_core.testing import MockRequest, MockResponse

from .spec import ApiSpec

__all__ = ["response_problems"]


def response_problems(spec: ApiSpec, path: str, status: int, body: bytes) -> list[str]:
    """Why `body` (JSON, answered with `status` to operation `path`) does not fit the spec; empty when it does."""
    scheme, _, rest = spec.server_url.partition("://")
    host, slash, base_path = rest.partition("/")
    request = MockRequest(f"{scheme}://{host}", "post", f"{slash}{base_path}{path}")
    problems: list[str] = []
    for error in spec.response_validator.iter_errors(request, MockResponse(body, status_code=status)):
        details = getattr(error.__cause__, "schema_errors", None)
        if details:
            problems.extend(f"{list(e.absolute_path)}: {e.message}" for e in details)
        else:
            problems.append(f"{type(error).__name__}: {error.__cause__ or error}")
    return problems
