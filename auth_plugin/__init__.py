"""The hand-written runtime of the QuantConnect client: request signing, the request loop, typed errors.

`QuantConnectAuth` is a plain `httpx.Auth` that signs requests, usable with any httpx client. The generated
`quantconnect_client.QuantConnect` / `AsyncQuantConnect` are built on `base_client`; `create_client()` returns
the low-level generated `Client`, wired with the same loop::

    from auth_plugin import create_client
    from quantconnect_client.api.backtests import read_backtest

    client = create_client()  # reads QUANTCONNECT_USER_ID / QUANTCONNECT_API_TOKEN
    response = read_backtest.sync_detailed(client=client, body=...)
"""

import logging

from .auth import QuantConnectAuth
from .client import ClientOptions, create_async_httpx_client, create_client, create_httpx_client
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InvalidRequestError,
    InvalidResponseError,
    MissingCredentialsError,
    NotFoundError,
    QuantConnectError,
    RateLimitError,
)
from .operation import Operation
from .retry import RetryPolicy
from .transport import AsyncRetryTransport, RetryTransport

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRetryTransport",
    "AuthenticationError",
    "ClientOptions",
    "InvalidRequestError",
    "InvalidResponseError",
    "MissingCredentialsError",
    "NotFoundError",
    "Operation",
    "QuantConnectAuth",
    "QuantConnectError",
    "RateLimitError",
    "RetryPolicy",
    "RetryTransport",
    "create_async_httpx_client",
    "create_client",
    "create_httpx_client",
]

# Silent unless the application configures logging (and keeps Python's last-resort handler from printing).
logging.getLogger("auth_plugin").addHandler(logging.NullHandler())
