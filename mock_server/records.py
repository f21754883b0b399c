"""The records a backtest's and a live deployment's results are both made of: orders, insights, banners, charts.

mock_server.results (a finished or running backtest) and mock_server.live_results (a live deployment) work out
*what* happened differently; the wire shape of each record is built here, once, so the two cannot drift apart.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .simulation import Trade
from .wire import money

# The one security the mock's strategy trades, as the wire writes a symbol.
SPY = {"value": "SPY", "id": "SPY R735QTJ8XC9X", "permtick": "SPY"}

__all__ = ["SPY", "Fill", "banner", "equity_charts", "insight", "iso", "legs", "order", "sampled_chart", "whole"]


def iso(timestamp: float) -> str:
    """A Unix time as the ISO 8601 UTC stamp of an order's times."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def legs(trade: Trade) -> tuple[tuple[int, float, int], tuple[int, float, int]]:
    """(day index, price, signed quantity) of the trade's two fills: the buy, then the sell."""
    return (trade.entry_index, trade.entry_price, trade.quantity), (trade.exit_index, trade.exit_price, -trade.quantity)


@dataclass(frozen=True)
class Fill:
    """A market order's fill: `quantity` is negative for a sale; `tag` is the order's (`Liquidated`, or none)."""

    when: float
    symbol_id: str
    ticker: str
    quantity: float
    price: float
    fee: float
    tag: str = ""

    @property
    def symbol(self) -> dict[str, str]:
        """The wire symbol; the mock's securities have no separate permtick, so it is the ticker."""
        return {"value": self.ticker, "id": self.symbol_id, "permtick": self.ticker}


def whole(value: float) -> float | int:
    """A quantity as LEAN writes it: whole numbers without a fraction."""
    return int(value) if float(value).is_integer() else value


def order(order_id: int, algorithm_id: str, fill: Fill) -> dict[str, Any]:
    """The filled market order of `fill`, with its submitted and filled events."""
    stamp = iso(fill.when)
    quantity = whole(fill.quantity)
    return {
        "id": order_id,
        "contingentId": 0,
        "brokerId": [str(order_id)],
        "symbol": fill.symbol,
        "price": fill.price,
        "priceCurrency": "USD",
        "time": stamp,
        "createdTime": stamp,
        "lastFillTime": stamp,
        "lastUpdateTime": None,
        "canceledTime": None,
        "quantity": quantity,
        "type": 0,
        "status": 3,
        "tag": fill.tag,
        "securityType": 1,
        "direction": 0 if quantity > 0 else 1,
        "value": round(abs(quantity) * fill.price, 2),
        "orderSubmissionData": {
            "bidPrice": round(fill.price - 0.01, 2),
            "askPrice": round(fill.price + 0.01, 2),
            "lastPrice": fill.price,
        },
        "isMarketable": True,
        "properties": {"timeInForce": {}},
        "events": [_order_event(order_id, algorithm_id, fill, event_id, status) for event_id, status in _EVENTS],
        "groupOrderManager": None,
    }


_EVENTS = ((1, "submitted"), (2, "filled"))  # (event id, status) of every order's events: all fill at once


def _order_event(order_id: int, algorithm_id: str, fill: Fill, event_id: int, status: str) -> dict[str, Any]:
    """One event of an order: only the `filled` one carries the fill's price, quantity and fee."""
    filled = status == "filled"
    quantity = whole(fill.quantity)
    return {
        "algorithmId": algorithm_id,
        "symbol": fill.symbol_id,
        "symbolValue": fill.ticker,
        "symbolPermtick": fill.ticker,
        "orderId": order_id,
        "orderEventId": event_id,
        "id": f"{order_id}-{event_id}",
        "status": status,
        "orderFeeAmount": round(fill.fee, 2) if filled else 0,
        "orderFeeCurrency": "USD",
        "fillPrice": fill.price if filled else 0,
        "fillPriceCurrency": "USD",
        "fillQuantity": quantity if filled else 0,
        "direction": "buy" if quantity > 0 else "sell",
        "message": "",
        "isAssignment": False,
        "quantity": quantity,
        "time": int(fill.when),
        "isInTheMoney": False,
    }


def insight(
    insight_id: str, symbol: Mapping[str, str], trade: Trade, generated: int, closes: int, until: float
) -> dict[str, Any]:
    """The `up` price insight that led to `trade`, as of `until`: scored once the insight closed."""
    final = closes <= until
    return {
        "id": insight_id,
        "groupId": None,
        "sourceModel": "EmaCrossAlphaModel",
        "generatedTime": generated,
        "closeTime": closes,
        "symbol": symbol["id"],
        "ticker": symbol["value"],
        "type": "price",
        "reference": trade.entry_price,
        "referenceFinal": trade.exit_price if final else trade.entry_price,
        "direction": "up",
        "period": max(0, closes - generated),
        "magnitude": None,
        "confidence": 0.6,
        "weight": None,
        "scoreFinal": final,
        "scoreDirection": (1.0 if trade.profit_loss > 0 else 0.0) if final else 0.0,
        "scoreMagnitude": 0.0,
        "estimatedValue": trade.profit_loss if final else 0.0,
        "tag": "EMA cross",
    }


def banner(
    *,
    equity: float,
    fees: float,
    holdings: float,
    net_profit: float,
    sharpe_probability: str,
    return_percent: float,
    unrealized: float,
    volume: float,
) -> dict[str, str]:
    """The `runtimeStatistics` banner: display strings; `fees` paid count as a negative amount."""
    return {
        "Equity": money(equity),
        "Fees": money(-fees),
        "Holdings": money(holdings),
        "Net Profit": money(net_profit),
        "Probabilistic Sharpe Ratio": sharpe_probability,
        "Return": f"{return_percent:.2f} %",
        "Unrealized": money(unrealized),
        "Volume": money(volume),
    }


def _series(
    name: str, unit: str, index: int, series_type: int, color: str, values: list[list[float]]
) -> dict[str, Any]:
    return {
        "name": name,
        "unit": unit,
        "index": index,
        "seriesType": series_type,
        "color": color,
        "scatterMarkerSymbol": "none",
        "values": values,
    }


def equity_charts(points: Iterable[tuple[float, float, float, float]]) -> dict[str, dict[str, dict[str, Any]]]:
    """The charts by name, then series by name, from (time, equity, previous equity, SPY close) at each close.

    Each close is a candle from the previous equity; a zero previous equity or peak (an empty account) reads
    as a 0% return or drawdown rather than dividing by zero.
    """
    candles: list[list[float]] = []
    returns: list[list[float]] = []
    drawdowns: list[list[float]] = []
    benchmark: list[list[float]] = []
    peak = 0.0
    for when, equity, previous, spy in points:
        high, low = max(previous, equity), min(previous, equity)
        candles.append([when, previous, round(high * 1.001, 2), round(low * 0.999, 2), equity])
        returns.append([when, round((equity / previous - 1) * 100, 4) if previous else 0.0])
        peak = max(peak, equity)
        drawdowns.append([when, round((equity / peak - 1) * 100, 4) if peak else 0.0])
        benchmark.append([when, spy])
    return {
        "Strategy Equity": {
            "Equity": _series("Equity", "$", 0, 2, "", candles),
            "Return": _series("Return", "%", 1, 3, "#ff9914", returns),
        },
        "Drawdown": {"Equity Drawdown": _series("Equity Drawdown", "%", 0, 0, "#ff0000", drawdowns)},
        "Benchmark": {"Benchmark": _series("Benchmark", "$", 0, 0, "#f5ae29", benchmark)},
    }


def sampled_chart(
    charts: Mapping[str, Mapping[str, Mapping[str, Any]]], name: str, count: int, start: int, end: int
) -> dict[str, Any] | None:
    """Chart `name` of `charts` with each series sampled to about `count` points between `start` and `end` (Unix s).

    The last point in the range is always kept; the points are copied, as `charts` may be shared.
    """
    if name not in charts:
        return None
    series: dict[str, Any] = {}
    for series_name, definition in charts[name].items():
        values = [p for p in definition["values"] if start <= p[0] <= end]
        step = max(1, math.ceil(len(values) / count))
        sampled = values[::step]
        if values and sampled[-1] is not values[-1]:
            sampled.append(values[-1])
        series[series_name] = {**definition, "values": [list(p) for p in sampled]}
    return {"name": name, "chartType": 0, "series": series or []}
