"""Wire shapes of a completed backtest's results: statistics strings, performance objects, charts, orders."""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import math
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from .performance import portfolio_statistics, trade_statistics, trades_closed_between
from .records import SPY, Fill, banner, equity_charts, insight, legs, order, sampled_chart
from .simulation import Simulation, Trade, order_time, parameter_key, simulate
from .wire import money, number, percent, qc_datetime, timespan

__all__ = [
    "CHART_NAMES",
    "chart",
    "equity_points",
    "insights",
    "log_lines",
    "optimization_statistics",
    "orders",
    "report_html",
    "rolling_window",
    "runtime_statistics",
    "runtime_statistics_until",
    "statistic_value",
    "statistics",
    "summary_statistics",
    "total_performance",
]

T = TypeVar("T")
CHART_NAMES = ("Strategy Equity", "Drawdown", "Benchmark")
MARKET_CLOSE = 21 * 3600  # 16:00 New York in winter, as UTC seconds of the day
# A 1x1 transparent PNG: reports embed their images, and a real one is not needed to exercise clients.
_PIXEL = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
    )
).decode()


@functools.lru_cache(maxsize=256)
def _portfolio(key: str) -> dict[str, float]:
    return portfolio_statistics(_sim(key))


def _sim(key: str) -> Simulation:
    return simulate(dict(json.loads(key)))


def _by_parameters(function: Callable[[str], T]) -> Callable[[Mapping[str, str]], T]:
    """Caches a result by parameter set: reads of a finished backtest repeat, and its results never change.

    The cached values are shared, so callers must not modify them (they are only serialised).
    """
    cached = functools.lru_cache(maxsize=256)(function)

    @functools.wraps(function)
    def by_parameters(parameters: Mapping[str, str]) -> T:
        return cached(parameter_key(parameters))

    return by_parameters


@_by_parameters
def statistics(key: str) -> dict[str, str]:
    """The `statistics` map: display strings like the platform's."""
    sim = _sim(key)
    p = _portfolio(key)
    return {
        "Total Orders": str(2 * len(sim.trades)),
        "Average Win": percent(p["averageWinRate"], 2),
        "Average Loss": percent(p["averageLossRate"], 2),
        "Compounding Annual Return": percent(p["compoundingAnnualReturn"]),
        "Drawdown": percent(p["drawdown"]),
        "Expectancy": number(p["expectancy"]),
        "Start Equity": f"{sim.start_equity:.0f}",
        "End Equity": f"{sim.end_equity:.2f}",
        "Net Profit": percent(p["totalNetProfit"]),
        "Sharpe Ratio": number(p["sharpeRatio"]),
        "Sortino Ratio": number(p["sortinoRatio"]),
        "Probabilistic Sharpe Ratio": percent(p["probabilisticSharpeRatio"]),
        "Loss Rate": f"{round(p['lossRate'] * 100)}%",
        "Win Rate": f"{round(p['winRate'] * 100)}%",
        "Profit-Loss Ratio": number(p["profitLossRatio"], 2),
        "Alpha": number(p["alpha"]),
        "Beta": number(p["beta"]),
        "Annual Standard Deviation": number(p["annualStandardDeviation"]),
        "Annual Variance": number(p["annualVariance"]),
        "Information Ratio": number(p["informationRatio"]),
        "Tracking Error": number(p["trackingError"]),
        "Treynor Ratio": number(p["treynorRatio"]),
        "Total Fees": money(sim.total_fees),
        "Estimated Strategy Capacity": money(sim.capacity),
        "Lowest Capacity Asset": SPY["id"],
        "Portfolio Turnover": percent(p["portfolioTurnover"], 2),
    }


@_by_parameters
def runtime_statistics(key: str) -> dict[str, str]:
    """The `runtimeStatistics` banner of a finished run."""
    sim = _sim(key)
    p = _portfolio(key)
    volume = sum(t.quantity * (t.entry_price + t.exit_price) for t in sim.trades)
    return banner(
        equity=sim.end_equity,
        fees=sim.total_fees,
        holdings=0.0,
        net_profit=sim.end_equity - sim.start_equity,
        sharpe_probability=percent(p["probabilisticSharpeRatio"]),
        return_percent=p["totalNetProfit"] * 100,
        unrealized=0.0,
        volume=volume,
    )


def runtime_statistics_until(parameters: Mapping[str, str], until: float) -> dict[str, str]:
    """The banner of a run still going, as of simulated time `until` (Unix s): the last close reached.

    Before the first close it shows the starting portfolio; the probabilistic Sharpe ratio stays `0%` until
    the run completes (it needs the whole return series).
    """
    sim = simulate(parameters)
    day = sum(1 for d in sim.days if d + MARKET_CLOSE <= until) - 1
    cash, fees, volume, holdings = sim.start_equity, 0.0, 0.0, 0.0
    for trade in sim.trades:
        if trade.entry_index > day:
            break
        if trade.exit_index <= day:
            cash += trade.profit_loss - trade.fees
            fees += trade.fees
            volume += trade.quantity * (trade.entry_price + trade.exit_price)
        else:  # open at that close: bought, fee of the entry paid, marked in the equity curve
            cash -= trade.fees / 2
            fees += trade.fees / 2
            volume += trade.quantity * trade.entry_price
            holdings = trade.quantity * trade.entry_price
    equity = sim.equity[day] if day >= 0 else sim.start_equity
    unrealized = round(equity - cash, 2) if holdings else 0.0
    return banner(
        equity=equity,
        fees=fees,
        holdings=holdings + unrealized,
        net_profit=equity - sim.start_equity,
        sharpe_probability="0%",
        return_percent=(equity / sim.start_equity - 1) * 100,
        unrealized=unrealized,
        volume=volume,
    )


def log_lines(parameters: Mapping[str, str], until: float) -> list[str]:
    """The algorithm's log lines written by simulated time `until` (Unix s), oldest first."""
    return [line for when, line in _log(parameter_key(parameters)) if when <= until]


@functools.lru_cache(maxsize=256)
def _log(key: str) -> tuple[tuple[float, str], ...]:
    """(time, line) of every log line of the run: set-up, each fill, each day's close and the summary."""
    sim = _sim(key)
    settings = ", ".join(f"{name}={value}" for name, value in json.loads(key)) or "none"
    entries: list[tuple[float, str]] = [(sim.days[0], f"Initializing EMA cross on SPY; parameters: {settings}")]
    for trade in sim.trades:
        entry, exit_ = order_time(sim, trade.entry_index), order_time(sim, trade.exit_index)
        fee = money(trade.fees / 2)
        entries.append((entry, f"BUY {trade.quantity} SPY at {trade.entry_price:.2f}, fee {fee}"))
        profit = money(trade.profit_loss)
        entries.append((exit_, f"SELL {trade.quantity} SPY at {trade.exit_price:.2f}, fee {fee}, profit {profit}"))
    for day, close, spy in zip(sim.days, sim.equity, sim.benchmark, strict=True):
        entries.append((day + MARKET_CLOSE, f"Close: SPY {spy:.2f}, portfolio value {money(close)}"))
    end = sim.days[-1] + MARKET_CLOSE + 1
    entries.append((end, f"Algorithm finished: {2 * len(sim.trades)} orders, end equity {money(sim.end_equity)}"))
    entries.sort(key=lambda e: e[0])
    return tuple((when, f"{qc_datetime(when)} {text}") for when, text in entries)


@_by_parameters
def total_performance(key: str) -> dict[str, Any]:
    """`totalPerformance`: statistics over the whole run with every closed trade."""
    sim = _sim(key)
    return {
        "tradeStatistics": trade_statistics(sim, sim.trades),
        "portfolioStatistics": dict(_portfolio(key)),
        "closedTrades": [_closed_trade(sim, t) for t in sim.trades],
    }


@_by_parameters
def rolling_window(key: str) -> dict[str, Any]:
    """`rollingWindow`: one-month windows keyed `M1_<last day>`, and the year as `M12_<last day>`."""
    sim = _sim(key)
    months: dict[str, list[int]] = {}
    for index, day in enumerate(sim.days):
        months.setdefault(datetime.fromtimestamp(day, UTC).strftime("%Y%m"), []).append(index)
    windows: dict[str, Any] = {}
    for indexes in months.values():
        lo, hi = max(0, indexes[0] - 1), indexes[-1]
        windows[f"M1_{_ymd(sim.days[hi])}"] = _window(sim, lo, hi)
    windows[f"M12_{_ymd(sim.days[-1])}"] = _window(sim, 0, len(sim.days) - 1)
    return windows


def _window(sim: Simulation, lo: int, hi: int) -> dict[str, Any]:
    return {
        "tradeStatistics": trade_statistics(sim, trades_closed_between(sim, lo + 1 if lo else 0, hi)),
        "portfolioStatistics": portfolio_statistics(sim, lo, hi),
        "closedTrades": [],
    }


def _ymd(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y%m%d")


def _closed_trade(sim: Simulation, trade: Trade) -> dict[str, Any]:
    entry, exit_ = order_time(sim, trade.entry_index), order_time(sim, trade.exit_index)
    return {
        "symbol": dict(SPY),
        "entryTime": qc_datetime(entry),
        "entryPrice": trade.entry_price,
        "direction": 0,
        "quantity": trade.quantity,
        "exitTime": qc_datetime(exit_),
        "exitPrice": trade.exit_price,
        "profitLoss": trade.profit_loss,
        "totalFees": trade.fees,
        "mae": trade.mae,
        "mfe": trade.mfe,
        "duration": timespan(exit_ - entry),
        "endTradeDrawdown": round(trade.profit_loss - trade.mfe, 2),
    }


@_by_parameters
def summary_statistics(key: str) -> dict[str, Any]:
    """The headline numbers `listBacktests` adds with `includeStatistics`."""
    sim = _sim(key)
    p = _portfolio(key)
    return {
        "sharpeRatio": p["sharpeRatio"],
        "alpha": p["alpha"],
        "beta": p["beta"],
        "compoundingAnnualReturn": p["compoundingAnnualReturn"],
        "drawdown": p["drawdown"],
        "lossRate": p["lossRate"],
        "netProfit": p["totalNetProfit"],
        "parameters": len(json.loads(key)),
        "psr": p["probabilisticSharpeRatio"],
        "securityTypes": 1,
        "sortinoRatio": p["sortinoRatio"],
        "trades": 2 * len(sim.trades),
        "treynorRatio": p["treynorRatio"],
        "winRate": p["winRate"],
    }


@_by_parameters
def optimization_statistics(key: str) -> list[float]:
    """An optimization backtest's `statistics` array, in the documented fixed order."""
    sim = _sim(key)
    p = _portfolio(key)
    return [
        p["alpha"],
        p["annualStandardDeviation"],
        p["annualVariance"],
        p["averageLossRate"],
        p["averageWinRate"],
        p["beta"],
        p["compoundingAnnualReturn"],
        p["drawdown"],
        sim.capacity,
        p["expectancy"],
        p["informationRatio"],
        p["lossRate"],
        p["totalNetProfit"],
        p["probabilisticSharpeRatio"],
        p["profitLossRatio"],
        p["sharpeRatio"],
        sim.total_fees,
        float(2 * len(sim.trades)),
        p["trackingError"],
        p["treynorRatio"],
        p["winRate"],
    ]


def statistic_value(parameters: Mapping[str, str], target: str) -> float | None:
    """Value of an optimization target such as `TotalPerformance.PortfolioStatistics.SharpeRatio`."""
    parts = target.split(".")
    if len(parts) != 3 or not parts[2]:
        return None
    name = parts[2][0].lower() + parts[2][1:]
    if parts[1] == "PortfolioStatistics":
        return _portfolio(parameter_key(parameters)).get(name)
    if parts[1] == "TradeStatistics":
        value = trade_statistics(simulate(parameters), simulate(parameters).trades).get(name)
        return float(value) if isinstance(value, int | float) else None
    return None


def equity_points(parameters: Mapping[str, str], limit: int) -> list[list[float]]:
    """About `limit` points `[time, open, high, low, close]` of the equity curve (shared: do not modify)."""
    return _equity_points(parameter_key(parameters), limit)


@functools.lru_cache(maxsize=256)
def _equity_points(key: str, limit: int) -> list[list[float]]:
    points = _chart_series(_sim(key))["Strategy Equity"]["Equity"]["values"]
    step = max(1, math.ceil(len(points) / limit))
    return [list(p) for p in points[::step]]


def chart(parameters: Mapping[str, str], name: str, count: int, start: int, end: int) -> dict[str, Any] | None:
    """Chart `name` with each series sampled to about `count` points between `start` and `end` (Unix s)."""
    return sampled_chart(_chart_series(simulate(parameters)), name, count, start, end)


def _chart_series(sim: Simulation) -> dict[str, dict[str, dict[str, Any]]]:
    """The run's charts: the first close opens at its own equity (the run starts there)."""
    previous = [sim.equity[0], *sim.equity[:-1]]
    return equity_charts(zip(sim.days, sim.equity, previous, sim.benchmark, strict=True))


def orders(parameters: Mapping[str, str], algorithm_id: str, until: float) -> list[dict[str, Any]]:
    """The run's orders, a market buy and a market sell per trade, those filled by `until` (Unix s) only."""
    sim = simulate(parameters)
    result: list[dict[str, Any]] = []
    for trade in sim.trades:
        for day, price, quantity in legs(trade):
            when = order_time(sim, day)
            if when > until:
                return result
            fill = Fill(when, SPY["id"], SPY["value"], quantity, price, trade.fees / 2)
            result.append(order(len(result) + 1, algorithm_id, fill))
    return result


def insights(parameters: Mapping[str, str], algorithm_id: str, until: float) -> list[dict[str, Any]]:
    """One `up` price insight per trade, emitted a minute before the entry; those emitted by `until`."""
    sim = simulate(parameters)
    result: list[dict[str, Any]] = []
    for number_, trade in enumerate(sim.trades):
        generated = int(order_time(sim, trade.entry_index)) - 60
        if generated > until:
            break
        insight_id = hashlib.md5(f"{algorithm_id}:{number_}".encode()).hexdigest()
        result.append(insight(insight_id, SPY, trade, generated, int(order_time(sim, trade.exit_index)), until))
    return result


def report_html(name: str, parameters: Mapping[str, str]) -> str:
    """A small self-contained HTML report: the statistics table and an embedded image."""
    rows = "".join(
        f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in statistics(parameters).items()
    )
    title = html.escape(name)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<h1>{title}</h1><img alt="equity" src="data:image/png;base64,{_PIXEL}"/>'
        f"<table>{rows}</table></body></html>"
    )
