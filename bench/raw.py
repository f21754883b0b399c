"""The baseline client: plain httpx with hand-made signature headers, as QuantConnect's MCP server calls the API."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

from auth_plugin.auth import signature_headers

__all__ = ["raw_read", "raw_read_async", "read_payload", "signed_headers"]


def signed_headers(user_id: str, api_token: str) -> dict[str, str]:
    """Fresh `Timestamp` and `Authorization` headers: the signing function alone, without auth_plugin's client."""
    return signature_headers(user_id, api_token, int(time.time()))


def read_payload(project_id: int, backtest_id: str) -> dict[str, Any]:
    """The readBacktest request body."""
    return {"projectId": project_id, "backtestId": backtest_id}


def raw_read(client: httpx.Client, user_id: str, api_token: str, payload: dict[str, Any]) -> Any:
    """POST backtests/read and decode the body with json.loads."""
    response = client.post("/backtests/read", json=payload, headers=signed_headers(user_id, api_token))
    response.raise_for_status()
    return json.loads(response.content)


async def raw_read_async(client: httpx.AsyncClient, user_id: str, api_token: str, payload: dict[str, Any]) -> Any:
    """The asynchronous twin of raw_read."""
    response = await client.post("/backtests/read", json=payload, headers=signed_headers(user_id, api_token))
    response.raise_for_status()
    return json.loads(response.content)
