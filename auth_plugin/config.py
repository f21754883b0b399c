"""Where credentials, the base URL and the defaults come from: written once for every client."""

from __future__ import annotations

import os
from dataclasses import dataclass

import httpx

from .errors import MissingCredentialsError

__all__ = [
    "API_TOKEN_VAR",
    "BASE_URL_VAR",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "USER_ID_VAR",
    "Credentials",
    "resolve",
]

DEFAULT_BASE_URL = "https://www.quantconnect.com/api/v2"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 3
USER_ID_VAR = "QUANTCONNECT_USER_ID"
API_TOKEN_VAR = "QUANTCONNECT_API_TOKEN"
BASE_URL_VAR = "QUANTCONNECT_BASE_URL"


@dataclass(frozen=True)
class Credentials:
    """A user id, its API token (hidden from repr) and the base URL the client talks to (without userinfo)."""

    user_id: str
    api_token: str
    base_url: str

    def __repr__(self) -> str:
        return f"Credentials(user_id={self.user_id!r}, api_token='***', base_url={self.base_url!r})"


def resolve(user_id: str | int | None, api_token: str | None, base_url: str | httpx.URL | None) -> Credentials:
    """Arguments first, then $QUANTCONNECT_USER_ID / $QUANTCONNECT_API_TOKEN / $QUANTCONNECT_BASE_URL.

    A base URL written `https://<user>:<token>@host/...` gives the credentials not passed otherwise, and its
    userinfo is dropped, so the token never shows in the client's repr, a log line or an error.
    """
    url = httpx.URL(str(base_url or os.environ.get(BASE_URL_VAR) or DEFAULT_BASE_URL))
    url_user, url_token = url.username, url.password  # already percent-decoded by httpx (once is right)
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    user = str(user_id).strip() if user_id is not None else (url_user or os.environ.get(USER_ID_VAR, "")).strip()
    token = api_token if api_token is not None else (url_token or os.environ.get(API_TOKEN_VAR, "")).strip()
    missing = [name for name, value in ((USER_ID_VAR, user), (API_TOKEN_VAR, token)) if not value]
    if missing:
        raise MissingCredentialsError(
            f"QuantConnect credentials missing: pass user_id and api_token or set {USER_ID_VAR} and {API_TOKEN_VAR} "
            f"(not set: {', '.join(missing)})"
        )
    return Credentials(user, token, str(url).rstrip("/"))
