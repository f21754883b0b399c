"""Checks QuantConnect's request signature the way the platform does.

`Authorization: Basic base64("<userId>:" + sha256_hex("<apiToken>:<timestamp>"))` with the same `Timestamp`
header. Missing or malformed headers and timestamps outside the window are refused with 401; a well-formed
signature from an unknown user or with the wrong token gets HTTP 200 and `Hash doesn't match.`.

The hash itself is auth_plugin's `signature` (auth_plugin ships in the same wheel and needs only httpx, a core
dependency), so the scheme is written down once; tests/test_auth_plugin.py checks it against a vector of its own.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass

from auth_plugin.auth import signature
from auth_plugin.auth import signature_headers as sign

from .bounds import shown
from .limits import MAX_TIMESTAMP_DIGITS

__all__ = ["HASH_MISMATCH", "AuthResult", "sign", "verify"]

HASH_MISMATCH = "Hash doesn't match."
# ASCII digits only: `"\xb2".isdigit()` is true, but int() refuses it; and int() of thousands of digits is slow.
_TIMESTAMP = re.compile(rf"^-?[0-9]{{1,{MAX_TIMESTAMP_DIGITS}}}$")


@dataclass(frozen=True)
class AuthResult:
    """Outcome of a check: `status` 0 when accepted, else the HTTP status to answer with and why."""

    status: int
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status == 0


ACCEPTED = AuthResult(0)


def verify(headers: Mapping[str, str], user_id: str, api_token: str, server_now: float, window: float) -> AuthResult:
    """Checks the signature headers against the credentials and the server clock (`server_now`, Unix s)."""
    stamp = headers.get("timestamp")
    authorization = headers.get("authorization")
    if stamp is None or authorization is None:
        missing = [name for name, value in (("Timestamp", stamp), ("Authorization", authorization)) if value is None]
        return AuthResult(401, f"Missing authentication header: {', '.join(missing)}.")
    stamp = stamp.strip()
    if not _TIMESTAMP.match(stamp):
        return AuthResult(401, f"Timestamp header is not Unix seconds: {shown(stamp)}.")
    decoded = _basic_credentials(authorization)
    if decoded is None:
        return AuthResult(401, "Authorization header is not 'Basic base64(<userId>:<hash>)'.")
    timestamp = int(stamp)
    if abs(server_now - timestamp) > window:
        return AuthResult(
            401,
            f"Timestamp {timestamp} is outside the accepted window of {window:g} seconds around the server time "
            f"{int(server_now)}; sign the request again with the current time (see the Date header).",
        )
    user, _, given_hash = decoded.partition(":")
    expected = signature(api_token, stamp)  # the header as sent: "007" is not "7"
    # compare_digest so the mock does not teach clients to rely on timing quirks.
    if user != user_id or not hmac.compare_digest(given_hash.lower().encode(), expected.encode()):
        return AuthResult(200, HASH_MISMATCH)
    return ACCEPTED


def _basic_credentials(authorization: str) -> str | None:
    scheme, _, encoded = authorization.strip().partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return decoded if ":" in decoded else None
