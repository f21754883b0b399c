"""The contenders of the parsing benchmark and the answers they parse: what bench/parsing.py times and weighs in
this process and bench/rss.py measures in a fresh one.

"generated from_dict" is the committed client (templates/); given the stock-templates client (bench/codegen.py),
"stock templates" is the same spec through openapi-python-client's own templates. The pydantic contenders are the
models datamodel-codegen generates from openapi.yaml (bench/pydantic_baseline.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import quantconnect_client.models
from pydantic import BaseModel

from auth_plugin.decode import loads
from tests import payloads

from . import pydantic_baseline

__all__ = [
    "GENERATED",
    "JSON",
    "PAYLOADS",
    "PYDANTIC_JSON",
    "PYDANTIC_PY",
    "SLUGS",
    "STOCK",
    "Parser",
    "parsers",
    "payload_bytes",
]

Parser = Callable[[bytes], object]

JSON = "json.loads"
GENERATED = "generated from_dict (client's orjson)"
STOCK = "generated from_dict, stock templates"
PYDANTIC_JSON = "pydantic model_validate_json"
PYDANTIC_PY = "pydantic model_validate(json.loads)"
SLUGS = {
    JSON: "json",
    GENERATED: "generated",
    STOCK: "stock",
    PYDANTIC_JSON: "pydantic_json",
    PYDANTIC_PY: "pydantic_py",
}

# kind -> (operation, builder of its answer for a number of backtests, the response schema's name)
PAYLOADS: dict[str, tuple[str, Callable[[int], dict[str, Any]], str]] = {
    "list": ("listBacktests", payloads.backtest_list, "BacktestSummaryResponse"),
    "optimization": ("readOptimization", payloads.optimization, "ReadOptimizationResponse"),
}


def payload_bytes(kind: str, size: int) -> bytes:
    """The wire bytes of a `kind` answer with `size` backtests."""
    return json.dumps(PAYLOADS[kind][1](size)).encode()


def _generated(kind: str, models: ModuleType) -> Parser:
    """Bytes to models as the client reads an answer: its JSON parser (orjson, auth_plugin.decode.loads), then
    from_dict; the stock-templates client gets the same parser, so ours / stock shows the templates alone."""
    from_dict: Callable[[Any], object] = getattr(models, PAYLOADS[kind][2]).from_dict
    return lambda data: from_dict(loads(data))


def parsers(kind: str, stock: ModuleType | None = None) -> dict[str, Parser]:
    """The contenders for a payload kind, by name; `stock` (the stock-templates `models` module) adds STOCK."""
    model: type[BaseModel] = getattr(pydantic_baseline.load(), PAYLOADS[kind][2])
    found: dict[str, Parser] = {
        JSON: json.loads,
        GENERATED: _generated(kind, quantconnect_client.models),
        PYDANTIC_JSON: model.model_validate_json,
        PYDANTIC_PY: lambda data: model.model_validate(json.loads(data)),
    }
    if stock is not None:
        found[STOCK] = _generated(kind, stock)
    return found
