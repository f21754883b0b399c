"""Request signing for the QuantConnect API v2."""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Callable, Generator

import httpx

from .errors import MissingCredentialsError

__all__ = ["QuantConnectAuth", "origin_of", "signature", "signature_headers"]


class QuantConnectAuth(httpx.Auth):
    """Signs each request with QuantConnect's `Timestamp` and `Authorization` headers.

    The signature is `Basic base64("<user_id>:" + sha256_hex("<api_token>:<timestamp>"))`, recomputed on every
    call so retries never reuse a stale timestamp. `clock_offset` (seconds) is added to the local clock; it is how
    clock-skew correction moves our timestamps onto the server's clock. With `origin` (a URL such as the base
    URL), only requests to that scheme, host and port are signed: a redirect elsewhere never carries the token.
    """

    def __init__(
        self,
        user_id: str | int,
        api_token: str,
        *,
        origin: str | httpx.URL | None = None,
        clock_offset: float = 0.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        user = str(user_id).strip()
        if not user or not api_token:
            raise MissingCredentialsError("QuantConnect user_id and api_token must be non-empty")
        self.user_id = user
        self.clock_offset = clock_offset
        self._token = api_token
        self._clock = clock
        self.origin = None if origin is None else origin_of(httpx.URL(origin))

    def __repr__(self) -> str:
        return f"QuantConnectAuth(user_id={self.user_id!r}, api_token='***', clock_offset={self.clock_offset!r})"

    def for_origin(self, origin: str | httpx.URL) -> QuantConnectAuth:
        """A signer with the same credentials and clock for `origin`, with its own (not yet corrected) offset."""
        return QuantConnectAuth(self.user_id, self._token, origin=origin, clock=self._clock)

    def now(self) -> float:
        """Current time in seconds on the (offset-corrected) clock used for timestamps."""
        return self._clock() + self.clock_offset

    def sync_clock(self, server_time: float) -> None:
        """Set `clock_offset` so that `now()` reads `server_time` at this moment."""
        # Absolute rather than incremental, so concurrent corrections from the same skew cannot add up.
        self.clock_offset = server_time - self._clock()

    def headers(self, timestamp: int | None = None) -> dict[str, str]:
        """The two auth headers for `timestamp` (default: now)."""
        return signature_headers(self.user_id, self._token, int(self.now()) if timestamp is None else timestamp)

    def signs(self, url: httpx.URL) -> bool:
        """Whether requests to `url` get signed: any URL without `origin`, else only URLs of that origin."""
        return self.origin is None or origin_of(url) == self.origin

    def sign(self, request: httpx.Request) -> None:
        """Set fresh auth headers on `request` in place (again before every retry), if its URL is signed."""
        if self.signs(request.url):
            request.headers.update(self.headers())

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request


def signature(api_token: str, timestamp: int | str) -> str:
    """`sha256_hex("<api_token>:<timestamp>")`, the hash a request is signed with.

    A string `timestamp` is hashed exactly as given (as the `Timestamp` header the server reads), an int in decimal.
    """
    return hashlib.sha256(f"{api_token}:{timestamp}".encode()).hexdigest()


def signature_headers(user_id: str, api_token: str, timestamp: int) -> dict[str, str]:
    """The `Timestamp` and `Authorization: Basic base64("<user_id>:" + signature)` headers for `timestamp`.

    The one definition of the signing scheme: QuantConnectAuth signs with it, and the mock server
    (mock_server.auth) verifies with `signature`.
    """
    credentials = base64.b64encode(f"{user_id}:{signature(api_token, timestamp)}".encode()).decode("ascii")
    return {"Timestamp": str(timestamp), "Authorization": f"Basic {credentials}"}


_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) of `url`, with the scheme's default port filled in."""
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)
