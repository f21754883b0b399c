"""Schemathesis auth provider that signs requests the way QuantConnect requires, with a fresh timestamp each.

Credentials come from QUANTCONNECT_USER_ID / QUANTCONNECT_API_TOKEN, or from `configure()` (which wins; pytest uses
it so a developer's real credentials in the environment never go to the mock).

Schemathesis applies auth when it *generates* a case, which for the coverage phase under pytest is at collection
time, long before the request is sent; a `before_call` hook therefore signs again just before sending. It only
refreshes a signature this provider made, so deliberately missing or broken auth (negative cases, the
`ignored_auth` probes) is sent as generated.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, MutableMapping
from typing import Any

import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis import AuthContext, Case, HookContext

from auth_plugin import QuantConnectAuth

__all__ = [
    "API_TOKEN_VAR",
    "USER_ID_VAR",
    "QuantConnectSignature",
    "before_call",
    "configure",
    "credentials",
    "signed_by_us",
]

USER_ID_VAR = "QUANTCONNECT_USER_ID"
API_TOKEN_VAR = "QUANTCONNECT_API_TOKEN"

_configured: tuple[str, str] | None = None


def configure(user_id: str | None, api_token: str | None) -> tuple[str, str] | None:
    """Sign with these credentials instead of the environment's (None, None: back to the environment).

    Returns the credentials configured before, so a caller can put them back.
    """
    global _configured
    previous = _configured
    _configured = (user_id, api_token) if user_id and api_token else None
    return previous


def credentials() -> tuple[str, str]:
    """User id and API token to sign with; a clear error when there are none."""
    if _configured is not None:
        return _configured
    user_id = os.environ.get(USER_ID_VAR, "").strip()
    api_token = os.environ.get(API_TOKEN_VAR, "").strip()
    if not user_id or not api_token:
        raise RuntimeError(f"contract tests need {USER_ID_VAR} and {API_TOKEN_VAR} in the environment")
    return user_id, api_token


def _signer() -> QuantConnectAuth:
    return QuantConnectAuth(*credentials())


# refresh_interval=None turns schemathesis' token cache off: a signature is only valid for a few minutes around
# its Timestamp, so every case must get its own.
@schemathesis.auth(refresh_interval=None)
class QuantConnectSignature:
    """Adds `Timestamp` and `Authorization` headers computed from the current time."""

    def get(self, case: Case[Any], ctx: AuthContext) -> dict[str, str]:
        return _signer().headers()

    def set(self, case: Case[Any], data: dict[str, str], ctx: AuthContext) -> None:
        if isinstance(case.headers, MutableMapping):
            case.headers.update(data)
        else:  # negative generation may have replaced the headers with a non-mapping
            case.headers = CaseInsensitiveDict(data)


def signed_by_us(headers: Mapping[str, Any]) -> bool:
    """Whether `headers` carry a signature made with our credentials (for the Timestamp they carry)."""
    stamp, authorization = headers.get("Timestamp"), headers.get("Authorization")
    if not isinstance(stamp, str) or not stamp.isdigit() or not isinstance(authorization, str):
        return False
    return authorization == _signer().headers(int(stamp))["Authorization"]


@schemathesis.hook
def before_call(context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
    """Sign again at send time when the case carries a signature this provider made."""
    if isinstance(case.headers, MutableMapping) and signed_by_us(case.headers):
        case.headers.update(_signer().headers())
