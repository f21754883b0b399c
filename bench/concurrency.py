"""Benchmark 3: many concurrent readBacktest calls, one pooled client versus a new httpx.AsyncClient per call.

Every contender reads the answer into the same generated models, so only the client's life cycle differs. The
third contender (fresh clients sharing one SSLContext) splits the per-call pattern's cost into loading the CA
bundle for every client (what `httpx.AsyncClient()` does) and the rest: connection set-up without a pool.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from quantconnect_client.api.backtests import read_backtest
from quantconnect_client.models import ReadBacktestRequest

from auth_plugin import create_client
from mock_server.launcher import MockServer

from .config import Scale
from .raw import read_payload, signed_headers
from .report import Comparison
from .timing import interleaved_async, paired_ratio

__all__ = ["run"]

POOLED = "create_client (one pooled AsyncClient)"
PER_CALL = "new httpx.AsyncClient per call"
PER_CALL_SHARED_SSL = "new AsyncClient per call, shared SSLContext"

Batch = Callable[[], Awaitable[object]]


def _gathered(calls: int, limit: int, one: Callable[[], Awaitable[object]]) -> Batch:
    async def batch() -> None:
        semaphore = asyncio.Semaphore(limit)

        async def guarded() -> None:
            async with semaphore:
                await one()

        await asyncio.gather(*(guarded() for _ in range(calls)))

    return batch


async def _run(info: MockServer, project_id: int, backtest_id: str, scale: Scale) -> dict[str, Any]:
    client = create_client(info.user_id, info.api_token, base_url=info.base_url)
    body = ReadBacktestRequest(project_id=project_id, backtest_id=backtest_id)
    payload = read_payload(project_id, backtest_id)
    url = f"{info.base_url}/backtests/read"
    shared_ssl = ssl.create_default_context()

    async def pooled_one() -> None:
        if await read_backtest.asyncio(client=client, body=body) is None:
            raise RuntimeError("readBacktest returned nothing")

    async def per_call_one(verify: ssl.SSLContext | bool = True) -> None:
        # QuantConnect's MCP server: `async with httpx.AsyncClient() as client: await client.post(...)`.
        async with httpx.AsyncClient(verify=verify) as fresh:
            response = await fresh.post(url, headers=signed_headers(info.user_id, info.api_token), json=payload)
            response.raise_for_status()
            response.json()

    calls, limit = scale.concurrency_calls, scale.concurrency_limit
    contenders = {
        POOLED: _gathered(calls, limit, pooled_one),
        PER_CALL: _gathered(calls, limit, per_call_one),
        PER_CALL_SHARED_SSL: _gathered(calls, limit, lambda: per_call_one(shared_ssl)),
    }
    async with client.get_async_httpx_client():
        for batch in (_gathered(min(calls, 2 * limit), limit, fn) for fn in (pooled_one, per_call_one)):
            await batch()  # warm-up: connections opened, code paths compiled
        samples = await interleaved_async(
            contenders, rounds=scale.concurrency_rounds, ops_per_round=1, warmup=0, collect=scale.collect_garbage
        )
    return {"samples": samples, "calls": calls, "limit": limit}


def run(info: MockServer, project_id: int, backtest_id: str, scale: Scale) -> list[Comparison]:
    """Wall time of `concurrency_calls` calls, at most `concurrency_limit` in flight, per pattern."""
    result = asyncio.run(_run(info, project_id, backtest_id, scale))
    samples = result["samples"]
    details = {
        "calls": result["calls"],
        "concurrency_limit": result["limit"],
        "timings": {name: s.summary() for name, s in samples.items()},
        "per_call_cpu_ms": {name: s.cpu_median * 1e3 / result["calls"] for name, s in samples.items()},
    }
    title = f"3 {result['calls']} concurrent reads (≤{result['limit']} in flight)"
    return [
        Comparison(
            key="concurrency.per_call_vs_pooled",
            title=title,
            subject=PER_CALL,
            baseline=POOLED,
            subject_value=samples[PER_CALL].median,
            baseline_value=samples[POOLED].median,
            unit="s",
            ratio=paired_ratio(samples[PER_CALL], samples[POOLED]),
            meaning="batch wall time, a client per call / create_client's pooled client (>1: pooling wins)",
            details=details,
        ),
        Comparison(
            key="concurrency.per_call_shared_ssl_vs_pooled",
            title=title,
            subject=PER_CALL_SHARED_SSL,
            baseline=POOLED,
            subject_value=samples[PER_CALL_SHARED_SSL].median,
            baseline_value=samples[POOLED].median,
            unit="s",
            ratio=paired_ratio(samples[PER_CALL_SHARED_SSL], samples[POOLED]),
            meaning="as above but the per-call clients share one SSLContext: what is left is connection set-up",
            details=details,
        ),
    ]
