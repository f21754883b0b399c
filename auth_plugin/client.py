"""Low-level clients: the generated `Client` (and plain httpx clients), signed, retried and raising typed errors.

Most users want `quantconnect_client.QuantConnect`; these serve callers of the per-operation modules
(`quantconnect_client.api.*`), which return raw responses.
"""

from __future__ import annotations

import functools
import logging
import ssl
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import httpx

from .auth import QuantConnectAuth
from .base_client import encode_body
from .config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, resolve
from .decode import decode
from .flow import FlowSettings, Outcome
from .operation import unknown_operation
from .retry import RetryPolicy
from .transport import MAYBE_DONE, OPERATION, AsyncRetryTransport, RetryTransport, _registry, operation_for

if TYPE_CHECKING:
    from quantconnect_client import Client

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "create_async_httpx_client",
    "create_client",
    "create_httpx_client",
]

# httpx ignores these client arguments once a transport is given, so they configure the wrapped transport instead.
_TRANSPORT_ARGS = frozenset(
    {"verify", "cert", "trust_env", "http1", "http2", "limits", "proxy", "local_address", "uds"}
)
_OWNED_ARGS = frozenset({"base_url", "auth", "transport", "mounts", "event_hooks", "timeout", "app"})


class ClientOptions(TypedDict, total=False):
    """Keyword options shared by the factories.

    timeout: httpx.Timeout or seconds per attempt (default 30 s, 10 s to connect). retry: a RetryPolicy.
    deadline: seconds a whole call may take, retries included (default: no limit beyond the attempts).
    raise_on_error: raise QuantConnectError subclasses for failed calls (default True); False returns raw models.
    logger: where request lines, statuses and retry decisions go (default logging.getLogger("auth_plugin")).
    httpx_args: extra httpx.Client/AsyncClient arguments, e.g. headers, cookies, proxy, verify, limits.
    transport / async_transport: the transports to wrap (default httpx.HTTPTransport / AsyncHTTPTransport).
    sleep / async_sleep / clock: injectable time functions, mainly for tests.
    """

    timeout: httpx.Timeout | float | None
    retry: RetryPolicy
    deadline: float | None
    raise_on_error: bool
    logger: logging.Logger
    httpx_args: Mapping[str, Any]
    transport: httpx.BaseTransport
    async_transport: httpx.AsyncBaseTransport
    sleep: Callable[[float], None]
    async_sleep: Callable[[float], Awaitable[None]]
    clock: Callable[[], float]


@dataclass(frozen=True)
class _Setup:
    auth: QuantConnectAuth
    base_url: str
    options: ClientOptions
    client_args: dict[str, Any]
    transport_args: dict[str, Any]

    @property
    def settings(self) -> FlowSettings:
        logger = self.options.get("logger") or logging.getLogger("auth_plugin")
        return FlowSettings(self.auth, self.options.get("retry") or RetryPolicy(), self.options.get("deadline"), logger)

    @property
    def base_path(self) -> str:
        return httpx.URL(self.base_url).path.rstrip("/")

    @property
    def timeout(self) -> httpx.Timeout | None:
        timeout = self.options.get("timeout", DEFAULT_TIMEOUT)
        return timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)

    def check(self, response: httpx.Response) -> None:
        if self.client_args.get("follow_redirects") and response.has_redirect_location:
            return  # httpx follows it; the final response is checked
        operation = operation_for(response.request, self.base_path)
        decode(operation, Outcome(response, bool(response.extensions.get(MAYBE_DONE))))


def _encoded_json(url: httpx.URL | str, kwargs: dict[str, Any]) -> dict[str, Any]:
    """`kwargs` with the `json` body httpx could not encode sent as `content`, encoded as QuantConnect clients do.

    httpx encodes JSON as UTF-8, which a lone surrogate (U+D800) cannot be; `base_client.encode_body` sends it
    escaped (valid JSON; the API decides), and refuses a number JSON cannot carry (NaN) with InvalidRequestError.
    """
    extensions = kwargs.get("extensions") or {}
    name = extensions.get(OPERATION)
    known = _registry()[0].get(name) if isinstance(name, str) else None
    operation = known or unknown_operation(httpx.URL(str(url)).path)
    headers = httpx.Headers(kwargs.get("headers"))
    headers.setdefault("Content-Type", "application/json")
    return {**kwargs, "content": encode_body(operation, kwargs.pop("json")), "headers": headers}


class _SafeJSON:
    """Mixin for httpx clients: JSON bodies never fail on a lone surrogate, and fail typed on NaN."""

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        build: Callable[..., httpx.Request] = super().build_request  # type: ignore[misc]  # httpx's, next in the MRO
        try:
            return build(method, url, **kwargs)
        except ValueError:  # UnicodeEncodeError or "Out of range float values" from httpx's json.dumps
            if kwargs.get("json") is None:
                raise
            return build(method, url, **_encoded_json(url, kwargs))


class _Client(_SafeJSON, httpx.Client):
    pass


class _AsyncClient(_SafeJSON, httpx.AsyncClient):
    pass


@functools.cache
def _default_ssl_context(trust_env: bool) -> ssl.SSLContext:
    # Loading the CA bundle takes tens of milliseconds; one context can safely serve every client and connection.
    return httpx.create_ssl_context(trust_env=trust_env)


def _setup(user_id: str | int | None, api_token: str | None, base_url: str | None, options: ClientOptions) -> _Setup:
    unknown = set(options) - set(ClientOptions.__annotations__)
    if unknown:
        raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
    credentials = resolve(user_id, api_token, base_url)
    extra = dict(options.get("httpx_args", {}))
    owned = _OWNED_ARGS & set(extra)
    if owned:
        raise TypeError(f"httpx_args may not set {', '.join(sorted(owned))}: they are managed by create_client")
    transport_args = {key: extra.pop(key) for key in _TRANSPORT_ARGS & set(extra)}
    if "trust_env" in transport_args:
        extra["trust_env"] = transport_args["trust_env"]
    if "verify" not in transport_args and "cert" not in transport_args:
        transport_args["verify"] = _default_ssl_context(bool(transport_args.get("trust_env", True)))
    clock = options.get("clock")
    origin = credentials.base_url
    auth = (
        QuantConnectAuth(credentials.user_id, credentials.api_token, origin=origin)
        if clock is None
        else QuantConnectAuth(credentials.user_id, credentials.api_token, origin=origin, clock=clock)
    )
    return _Setup(auth, credentials.base_url, options, extra, transport_args)


def _sync_client(setup: _Setup) -> httpx.Client:
    inner = setup.options.get("transport") or httpx.HTTPTransport(**setup.transport_args)
    kwargs: dict[str, Any] = {}
    if "sleep" in setup.options:
        kwargs["sleep"] = setup.options["sleep"]
    transport = RetryTransport(inner, setup.settings, base_path=setup.base_path, **kwargs)

    def check(response: httpx.Response) -> None:
        response.read()
        setup.check(response)

    hooks = {"response": [check]} if setup.options.get("raise_on_error", True) else {}
    return _Client(
        base_url=setup.base_url,
        auth=setup.auth,
        transport=transport,
        timeout=setup.timeout,
        event_hooks=hooks,
        **setup.client_args,
    )


def _async_client(setup: _Setup) -> httpx.AsyncClient:
    inner = setup.options.get("async_transport") or httpx.AsyncHTTPTransport(**setup.transport_args)
    kwargs: dict[str, Any] = {}
    if "async_sleep" in setup.options:
        kwargs["sleep"] = setup.options["async_sleep"]
    transport = AsyncRetryTransport(inner, setup.settings, base_path=setup.base_path, **kwargs)

    async def check(response: httpx.Response) -> None:
        await response.aread()
        setup.check(response)

    hooks = {"response": [check]} if setup.options.get("raise_on_error", True) else {}
    return _AsyncClient(
        base_url=setup.base_url,
        auth=setup.auth,
        transport=transport,
        timeout=setup.timeout,
        event_hooks=hooks,
        **setup.client_args,
    )


def create_httpx_client(
    user_id: str | int | None = None,
    api_token: str | None = None,
    *,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> httpx.Client:
    """A configured httpx.Client for the API (see create_client for arguments)."""
    return _sync_client(_setup(user_id, api_token, base_url, options))


def create_async_httpx_client(
    user_id: str | int | None = None,
    api_token: str | None = None,
    *,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> httpx.AsyncClient:
    """A configured httpx.AsyncClient for the API (see create_client for arguments)."""
    return _async_client(_setup(user_id, api_token, base_url, options))


def create_client(
    user_id: str | int | None = None,
    api_token: str | None = None,
    *,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> Client:
    """A ready low-level quantconnect_client.Client: its sync and async calls are signed, retried and checked.

    Credentials default to $QUANTCONNECT_USER_ID and $QUANTCONNECT_API_TOKEN (MissingCredentialsError when absent),
    the base URL to $QUANTCONNECT_BASE_URL or the public API. See ClientOptions for `options`.

    Note: the generated Client's with_headers/with_cookies/with_timeout return copies that build plain httpx
    clients; those copies still sign requests (for the base URL's origin only) but neither retry nor raise. Pass
    headers through `httpx_args`, or use `QuantConnect(...).with_options(...)`.
    """
    setup = _setup(user_id, api_token, base_url, options)
    from quantconnect_client import Client  # deferred: the generated package imports auth_plugin

    client = Client(
        base_url=setup.base_url,
        timeout=setup.timeout,
        raise_on_unexpected_status=setup.options.get("raise_on_error", True),
        # Only used by copies from with_headers() and friends, which drop the httpx clients set below.
        httpx_args={"auth": setup.auth},
    )
    # One httpx client of each kind, since sync transports and hooks cannot serve an AsyncClient.
    client.set_httpx_client(_sync_client(setup))
    client.set_async_httpx_client(_async_client(setup))
    return client
