"""A typed client for the QuantConnect cloud REST API v2, generated from openapi.yaml.

    from quantconnect_client import QuantConnect

    with QuantConnect() as client:  # credentials from $QUANTCONNECT_USER_ID / $QUANTCONNECT_API_TOKEN
        backtest = client.backtests.read(project_id=..., backtest_id=...)

`AsyncQuantConnect` is the same with `await`. The per-operation modules (`quantconnect_client.api.*`) and the
low-level `Client` remain for raw responses (see `auth_plugin.create_client`).
"""

from auth_plugin.errors import (
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
from auth_plugin.paging import AsyncPager, SyncPager
from auth_plugin.waiting import (
    BacktestError,
    CompileError,
    LiveError,
    OptimizationError,
    Progress,
    WaitError,
    WaitTimeout,
)

from ._client import AsyncQuantConnect, QuantConnect
from .client import AuthenticatedClient, Client

__all__ = (
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncQuantConnect",
    "AuthenticatedClient",
    "AuthenticationError",
    "BacktestError",
    "Client",
    "CompileError",
    "InvalidRequestError",
    "InvalidResponseError",
    "LiveError",
    "MissingCredentialsError",
    "NotFoundError",
    "OptimizationError",
    "Progress",
    "QuantConnect",
    "QuantConnectError",
    "RateLimitError",
    "SyncPager",
    "WaitError",
    "WaitTimeout",
)
