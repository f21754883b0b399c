"""A stateful mock of the QuantConnect cloud REST API v2, for offline tests and demos.

    from mock_server import create_app
    app = create_app("12345", "mock-api-token")        # Starlette app; use with httpx.ASGITransport
    python -m mock_server --port 0                      # or serve it; prints one JSON line when listening

Every operation of openapi.yaml is served under `/api/v2` with the platform's semantics: signed requests
(`Timestamp` + `Authorization: Basic base64(userId:sha256(token:timestamp))`), HTTP 200 with
`success: false` for refused requests, queued -> running -> completed backtests whose results are a
deterministic function of their parameter set, optimizations over a parameter grid, compiles that fail on
Python syntax errors. Requests are validated against openapi.yaml after normalising flattened keys,
form bodies and legacy names.

Fault injection (off by default), for reliability tests:
- per request, header `X-Mock-Fault: <spec>[,<spec>...]`, optionally `X-Mock-Fault-Times: N` (only the first
  N requests carrying that header, or that `X-Mock-Fault-Key`, get it);
- per app, `create_app(faults=["503", "drop"], skew=3600)` or `POST /_mock/faults {"next": [...], "skew": S}`
  (`DELETE /_mock/faults` resets); queued faults apply to the next API requests in order.
Specs: `500`/`503`/any 4xx-5xx, `429;retry-after=N`, `slow=SECONDS`, `truncated`, `non-json[;status=N]`,
`drop` (connection closed without a response), `skew=SECONDS` (server clock moved: Date header and auth window).
`POST /_mock/clock {"advance": S}` moves simulated progress forward; `GET /_mock/health` answers when ready.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import MockApp, create_app
    from .auth import sign
    from .clock import ManualClock
    from .faults import FaultPlan, parse_faults
    from .settings import DEFAULT_API_TOKEN, DEFAULT_USER_ID

__all__ = [
    "DEFAULT_API_TOKEN",
    "DEFAULT_USER_ID",
    "FaultPlan",
    "ManualClock",
    "MockApp",
    "create_app",
    "parse_faults",
    "sign",
]

# Imported on first use: the pytest plugin (mock_server.pytest_plugin) loads in every pytest run of an
# environment with this package, also without the [mock] extra, so importing the package must not need Starlette.
_HOMES = {
    "MockApp": "app",
    "create_app": "app",
    "sign": "auth",
    "ManualClock": "clock",
    "FaultPlan": "faults",
    "parse_faults": "faults",
    "DEFAULT_API_TOKEN": "settings",
    "DEFAULT_USER_ID": "settings",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{home}", __name__), name)
