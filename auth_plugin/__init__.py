"""Authentication, retries and error mapping for the generated QuantConnect API v2 client.

Typical use::

    from auth_plugin import create_client
    from quantconnect_client.api.backtests import read_backtest

    client = create_client()  # reads QUANTCONNECT_USER_ID / QUANTCONNECT_API_TOKEN
    backtest = read_backtest.sync(client=client, body=...)
"""

import logging

from .auth import QuantConnectAuth
from .client import ClientOptions, create_async_httpx_client, create_client, create_httpx_client
from .errors import APIError, AuthenticationError, InvalidResponseError, MissingCredentialsError, QuantConnectError
from .retry import RetryPolicy
from .transport import AsyncRetryTransport, RetryTransport

__all__ = [
    "APIError",
    "AsyncRetryTransport",
    "AuthenticationError",
    "ClientOptions",
    "InvalidResponseError",
    "MissingCredentialsError",
    "QuantConnectAuth",
    "QuantConnectError",
    "RetryPolicy",
    "RetryTransport",
    "create_async_httpx_client",
    "create_client",
    "create_httpx_client",
]

# Silent unless the application configures logging (and keeps Python's last-resort handler from printing).
logging.getLogger("auth_plugin").addHandler(logging.NullHandler())
