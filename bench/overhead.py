"""Benchmark 1: per-call overhead of readBacktest through create_client versus raw httpx + json.loads.

The generated client is the committed one (templates/). Given the stock-templates client (bench/codegen.py), its
endpoint runs as one more contender through the same create_client client, for an ours / stock row.
"""

from __future__ import annotations

import asyncio
import importlib
import json
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any

import httpx
from quantconnect_client import AsyncQuantConnect, Client, QuantConnect
from quantconnect_client.api.backtests import read_backtest
from quantconnect_client.models import BacktestResponse, ReadBacktestRequest

from auth_plugin import QuantConnectAuth, create_client
from mock_server.launcher import MockServer

from .config import Scale
from .profiling import profile
from .raw import raw_read, raw_read_async, read_payload, signed_headers
from .report import Comparison
from .timing import Samples, interleaved, interleaved_async, paired_ratio

__all__ = ["TARGET", "breakdown", "profile_sync", "read_body", "run"]

TARGET = 1.10
RESOURCE_TARGET = 1.05
GENERATED = "create_client + read_backtest.{mode}"
RESOURCE = "QuantConnect.backtests.read ({mode})"
DETAILED = "create_client + read_backtest.{mode}_detailed"
STOCK = "same, stock templates ({mode})"
RAW = "httpx.{client} + json.loads"
JSON_ONLY = "json.loads(body)"
MODELS = "BacktestResponse.from_dict(json.loads(body))"
STOCK_MODELS = "stock-templates BacktestResponse.from_dict(json.loads(body))"
RAW_MEMORY = "httpx.Client + json.loads"
PLAIN_MEMORY = "read_backtest.sync, plain signed httpx.Client"
PLUGIN_MEMORY = "create_client + read_backtest.sync"


def _check(answer: BacktestResponse | None) -> BacktestResponse:
    # A bench that silently timed failures would be worthless: insist on the realistic, completed body.
    if answer is None or not answer.success or not answer.backtest or not answer.backtest.completed:
        raise RuntimeError(f"readBacktest did not return a completed backtest: {answer!r}")
    return answer


def _comparisons(mode: str, samples: dict[str, Samples], subject: str, baseline: str) -> list[Comparison]:
    s, b = samples[subject], samples[baseline]
    details: dict[str, Any] = {
        "timings": {name: x.summary() for name, x in samples.items()},
        "overhead_wall_us": (s.median - b.median) * 1e6,
        "overhead_cpu_us": (s.cpu_median - b.cpu_median) * 1e6,
    }
    comparisons = [
        Comparison(
            key=f"overhead.{mode}",
            title=f"1 per-call readBacktest ({mode})",
            subject=subject,
            baseline=baseline,
            subject_value=s.median,
            baseline_value=b.median,
            unit="s",
            ratio=paired_ratio(s, b),
            target=TARGET,
            meaning="wall time per call through the generated client / raw httpx call + json.loads, same mock",
            details=details,
        ),
        Comparison(
            key=f"overhead.{mode}.client_cpu",
            title=f"1 client CPU per call ({mode})",
            subject=subject,
            baseline=baseline,
            subject_value=s.cpu_median,
            baseline_value=b.cpu_median,
            unit="s",
            ratio=paired_ratio(s, b, cpu=True),
            meaning="this process's CPU per call (the mock runs in another process): the client-side cost alone",
            details=details,
        ),
    ]
    resource, detailed = RESOURCE.format(mode=mode), DETAILED.format(mode="sync" if mode == "sync" else "asyncio")
    if resource in samples:
        r = samples[resource]
        details["resource_overhead_wall_us"] = (r.median - b.median) * 1e6
        for other, target, meaning in (
            (detailed, RESOURCE_TARGET, "wall time per call, resource method / the same low-level *_detailed call"),
            (baseline, TARGET, "wall time per call, resource method / raw signed httpx call + json.loads"),
        ):
            o = samples[other]
            for cpu in (False, True):
                comparisons.append(
                    Comparison(
                        key=f"overhead.{mode}.resource_vs_{'detailed' if other == detailed else 'raw'}"
                        + (".cpu" if cpu else ""),
                        title=f"1 {'client CPU' if cpu else 'per-call'} readBacktest ({mode})",
                        subject=resource,
                        baseline=other,
                        subject_value=r.cpu_median if cpu else r.median,
                        baseline_value=o.cpu_median if cpu else o.median,
                        unit="s",
                        ratio=paired_ratio(r, o, cpu=cpu),
                        target=None if cpu else target,
                        meaning=meaning + (" (this process's CPU)" if cpu else ""),
                        details=details,
                    )
                )
    stock = STOCK.format(mode=mode)
    if stock in samples:
        t = samples[stock]
        details["stock_overhead_wall_us"] = (t.median - b.median) * 1e6
        details["stock_overhead_cpu_us"] = (t.cpu_median - b.cpu_median) * 1e6
        comparisons.append(
            Comparison(
                key=f"overhead.{mode}.generated_vs_stock",
                title=f"1 per-call readBacktest ({mode})",
                subject=subject,
                baseline=stock,
                subject_value=s.median,
                baseline_value=t.median,
                unit="s",
                ratio=paired_ratio(s, t),
                meaning="wall time per call, ours (templates/) / stock templates, same create_client client",
                details=details,
            )
        )
    return comparisons


def _stock_endpoint(stock: ModuleType, project_id: int, backtest_id: str) -> tuple[Any, Any]:
    # The stock package's own endpoint module and request model; its functions accept any Client-like object.
    package = stock.__name__.rpartition(".")[0]
    endpoint = importlib.import_module(f"{package}.api.backtests.read_backtest")
    return endpoint, stock.ReadBacktestRequest(project_id=project_id, backtest_id=backtest_id)


def _run_sync(
    info: MockServer, project_id: int, backtest_id: str, scale: Scale, stock: ModuleType | None
) -> list[Comparison]:
    subject, baseline = GENERATED.format(mode="sync"), RAW.format(client="Client")
    client = create_client(info.user_id, info.api_token, base_url=info.base_url)
    body = ReadBacktestRequest(project_id=project_id, backtest_id=backtest_id)
    payload = read_payload(project_id, backtest_id)
    typed = QuantConnect(info.user_id, info.api_token, base_url=info.base_url)
    with client.get_httpx_client(), typed, httpx.Client(base_url=info.base_url, timeout=30.0) as raw:
        _check(read_backtest.sync(client=client, body=body))
        contenders: dict[str, Callable[[], object]] = {
            subject: lambda: read_backtest.sync(client=client, body=body),
            baseline: lambda: raw_read(raw, info.user_id, info.api_token, payload),
            RESOURCE.format(mode="sync"): lambda: typed.backtests.read(body),
            DETAILED.format(mode="sync"): lambda: read_backtest.sync_detailed(client=client, body=body),
        }
        if stock is not None:
            endpoint, request = _stock_endpoint(stock, project_id, backtest_id)
            contenders[STOCK.format(mode="sync")] = lambda: endpoint.sync(client=client, body=request)
        samples = interleaved(
            contenders,
            rounds=scale.overhead_rounds,
            ops_per_round=scale.overhead_calls,
            warmup=3,
            collect=scale.collect_garbage,
        )
    return _comparisons("sync", samples, subject, baseline)


async def _run_async(
    info: MockServer, project_id: int, backtest_id: str, scale: Scale, stock: ModuleType | None
) -> list[Comparison]:
    subject, baseline = GENERATED.format(mode="asyncio"), RAW.format(client="AsyncClient")
    client = create_client(info.user_id, info.api_token, base_url=info.base_url)
    body = ReadBacktestRequest(project_id=project_id, backtest_id=backtest_id)
    payload = read_payload(project_id, backtest_id)
    typed = AsyncQuantConnect(info.user_id, info.api_token, base_url=info.base_url)
    async with client.get_async_httpx_client(), typed, httpx.AsyncClient(base_url=info.base_url, timeout=30.0) as raw:
        _check(await read_backtest.asyncio(client=client, body=body))
        contenders: dict[str, Callable[[], Awaitable[object]]] = {
            subject: lambda: read_backtest.asyncio(client=client, body=body),
            baseline: lambda: raw_read_async(raw, info.user_id, info.api_token, payload),
            RESOURCE.format(mode="async"): lambda: typed.backtests.read(body),
            DETAILED.format(mode="asyncio"): lambda: read_backtest.asyncio_detailed(client=client, body=body),
        }
        if stock is not None:
            endpoint, request = _stock_endpoint(stock, project_id, backtest_id)
            contenders[STOCK.format(mode="async")] = lambda: endpoint.asyncio(client=client, body=request)
        samples = await interleaved_async(
            contenders,
            rounds=scale.overhead_rounds,
            ops_per_round=scale.overhead_calls,
            warmup=3,
            collect=scale.collect_garbage,
        )
    return _comparisons("async", samples, subject, baseline)


def run(
    info: MockServer, project_id: int, backtest_id: str, scale: Scale, stock: ModuleType | None = None
) -> list[Comparison]:
    """Sync and async per-call comparisons against the running mock.

    `stock` is the models module of the client generated with the stock templates; when given, its endpoint runs
    as a third contender (through the same create_client client).
    """
    sync = _run_sync(info, project_id, backtest_id, scale, stock)
    return sync + asyncio.run(_run_async(info, project_id, backtest_id, scale, stock))


def profile_sync(info: MockServer, project_id: int, backtest_id: str, calls: int) -> dict[str, Any]:
    """pyinstrument profile of `calls` sequential generated readBacktest calls (client side only is sampled)."""
    client = create_client(info.user_id, info.api_token, base_url=info.base_url)
    body = ReadBacktestRequest(project_id=project_id, backtest_id=backtest_id)
    with client.get_httpx_client():
        _check(read_backtest.sync(client=client, body=body))
        result = profile("overhead-sync", lambda: [read_backtest.sync(client=client, body=body) for _ in range(calls)])
    result["calls"] = calls
    return result


def read_body(info: MockServer, project_id: int, backtest_id: str) -> bytes:
    """The mock's readBacktest answer, as bytes."""
    with httpx.Client(base_url=info.base_url, timeout=30.0) as raw:
        response = raw.post(
            "/backtests/read",
            json=read_payload(project_id, backtest_id),
            headers=signed_headers(info.user_id, info.api_token),
        )
        response.raise_for_status()
        return response.content


def breakdown(body: bytes, scale: Scale, stock: ModuleType | None = None) -> list[Comparison]:
    """Where the client-side time of one call goes: the same answer served from memory (httpx.MockTransport).

    With no server in the loop this is the per-call cost a fast server would expose; the steps, each measured
    against the one before, separate httpx, the generated models, and what create_client adds (signing, retry
    transport, error check). `stock` is the models module generated with the stock templates, if any.
    """
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    base_url = "http://in-memory/api/v2"
    raw = httpx.Client(base_url=base_url, transport=transport)
    plugin = create_client("1", "token", base_url=base_url, transport=transport)
    plain = Client(base_url=base_url)
    plain.set_httpx_client(httpx.Client(base_url=base_url, transport=transport, auth=QuantConnectAuth("1", "token")))
    answer = json.loads(body)["backtest"]
    request = ReadBacktestRequest(project_id=answer["projectId"], backtest_id=answer["backtestId"])
    payload = read_payload(answer["projectId"], answer["backtestId"])
    contenders: dict[str, Callable[[], object]] = {
        JSON_ONLY: lambda: json.loads(body),
        MODELS: lambda: BacktestResponse.from_dict(json.loads(body)),
        RAW_MEMORY: lambda: raw_read(raw, "1", "token", payload),
        PLAIN_MEMORY: lambda: read_backtest.sync(client=plain, body=request),
        PLUGIN_MEMORY: lambda: read_backtest.sync(client=plugin, body=request),
    }
    if stock is not None:
        model: Any = stock.BacktestResponse
        contenders[STOCK_MODELS] = lambda: model.from_dict(json.loads(body))
    samples = interleaved(
        contenders,
        rounds=scale.overhead_rounds,
        ops_per_round=scale.overhead_calls,
        warmup=3,
        collect=scale.collect_garbage,
    )
    us = {name: s.median * 1e6 for name, s in samples.items()}
    details: dict[str, Any] = {
        "body_bytes": len(body),
        "timings": {name: s.summary() for name, s in samples.items()},
        "steps_us": {
            "json.loads": us[JSON_ONLY],
            "generated models (from_dict)": us[MODELS] - us[JSON_ONLY],
            "httpx request/response": us[RAW_MEMORY] - us[JSON_ONLY],
            "generated endpoint over raw (models, request building)": us[PLAIN_MEMORY] - us[RAW_MEMORY],
            "create_client over a plain signed httpx.Client": us[PLUGIN_MEMORY] - us[PLAIN_MEMORY],
        },
    }
    if stock is not None:
        details["steps_us"]["stock-templates models (from_dict)"] = us[STOCK_MODELS] - us[JSON_ONLY]
    for client in (raw, plugin.get_httpx_client(), plain.get_httpx_client()):
        client.close()
    return [
        Comparison(
            key="overhead.in_memory",
            title="1 per-call, no network (in-memory)",
            subject=PLUGIN_MEMORY,
            baseline=RAW_MEMORY,
            subject_value=samples[PLUGIN_MEMORY].median,
            baseline_value=samples[RAW_MEMORY].median,
            unit="s",
            ratio=paired_ratio(samples[PLUGIN_MEMORY], samples[RAW_MEMORY]),
            meaning="the same call with the answer served from memory: client-side cost only (steps in details)",
            details=details,
        )
    ]
