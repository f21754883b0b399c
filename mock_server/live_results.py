"""Wire shapes of a live deployment's results: the account, orders, insights, log lines, charts and banners.

Everything is a function of the deployment (its parameter set, starting cash and holdings, and when it started,
stopped or was liquidated) and of the time asked about, so reads repeat exactly. The account agrees with the
simulation's equity curve: at each simulated close the equity is the backtest's equity, shifted by the starting
cash beyond the simulation's $100,000 and the starting holdings (valued at their average price; the mock has
no market data for them, and counts every currency 1:1).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .live import (
    CLOSE_FRACTION,
    IN_QUEUE,
    LiveDeployment,
    close_time,
    ended_at,
    failure_at,
    fill_time,
    live_status,
    lived_until,
    starting_equity,
)
from .records import SPY, Fill, banner, equity_charts, insight, legs, order, sampled_chart, whole
from .simulation import FEE_PER_SHARE, MIN_FEE, START_EQUITY, Simulation, Trade, simulate
from .wire import map_or_empty, money, qc_datetime, timespan

__all__ = [
    "CHART_NAMES",
    "Book",
    "Position",
    "book_at",
    "chart",
    "chart_summaries",
    "command_line",
    "insights",
    "log_lines",
    "orders",
    "portfolio",
    "runtime_statistics",
    "server_statistics",
]

SPY_ID, SPY_TICKER = SPY["id"], SPY["value"]
CHART_NAMES = ("Strategy Equity", "Drawdown", "Benchmark")
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
INSIGHT_LEAD = 0.1  # insights come this share of a simulated day before the fill they lead to


@dataclass(frozen=True)
class Position:
    symbol_id: str
    ticker: str
    quantity: float
    average: float
    price: float

    @property
    def value(self) -> float:
        return self.quantity * self.price

    @property
    def unrealized(self) -> float:
        return self.quantity * (self.price - self.average)


@dataclass(frozen=True)
class Book:
    """The account at one time: cash by currency, positions, fees paid and volume traded so far."""

    cash: Mapping[str, float]
    positions: tuple[Position, ...]
    fees: float
    volume: float

    @property
    def equity(self) -> float:
        return sum(self.cash.values()) + sum(p.value for p in self.positions)


def _sim(deployment: LiveDeployment) -> Simulation:
    return simulate(deployment.parameters)


def _closes(deployment: LiveDeployment, until: float) -> int:
    """How many simulated days have closed by `until`."""
    elapsed = (until - deployment.start_at) / deployment.day_seconds - CLOSE_FRACTION
    if elapsed < -1e-9:
        return 0
    return min(deployment.days, math.floor(elapsed + 1e-9) + 1)


def _equity_at_close(deployment: LiveDeployment, sim: Simulation, day: int) -> float:
    return round(sim.equity[day] - START_EQUITY + starting_equity(deployment), 2)


def _trading_book(deployment: LiveDeployment, until: float) -> Book:
    """The account as the strategy's own fills left it by `until` (no liquidation)."""
    sim = _sim(deployment)
    realized = fees = volume = 0.0
    open_trade: Trade | None = None
    for trade in sim.trades:
        if fill_time(deployment, trade.entry_index) > until:
            break
        if fill_time(deployment, trade.exit_index) <= until:
            realized += trade.profit_loss - trade.fees
            fees += trade.fees
            volume += trade.quantity * (trade.entry_price + trade.exit_price)
        else:
            open_trade = trade
            fees += trade.fees / 2
            volume += trade.quantity * trade.entry_price
    cash = dict(deployment.cash)
    usd = cash.get("USD", 0.0) + realized
    positions = [
        Position(h.symbol_id, h.symbol, h.quantity, h.average_price, h.average_price) for h in deployment.holdings
    ]
    if open_trade is not None:
        usd -= open_trade.quantity * open_trade.entry_price + open_trade.fees / 2
        price = _mark(deployment, sim, open_trade, until, realized)
        positions.insert(0, Position(SPY_ID, SPY_TICKER, open_trade.quantity, open_trade.entry_price, price))
    cash["USD"] = round(usd, 2)
    return Book(cash, tuple(positions), round(fees, 2), round(volume, 2))


def _mark(deployment: LiveDeployment, sim: Simulation, trade: Trade, until: float, realized: float) -> float:
    """The open position's price at the last close, read back from the equity curve (its entry price before)."""
    last = _closes(deployment, until) - 1
    if last < trade.entry_index:
        return trade.entry_price
    cash_in_simulation = START_EQUITY + realized - trade.fees / 2
    return round(trade.entry_price + (sim.equity[last] - cash_in_simulation) / trade.quantity, 2)


def _liquidation(book: Book, when: float) -> list[Fill]:
    """The market orders that close every position of `book`."""
    return [
        Fill(
            when,
            p.symbol_id,
            p.ticker,
            -p.quantity,
            p.price,
            max(MIN_FEE, round(abs(p.quantity) * FEE_PER_SHARE, 2)),
            "Liquidated",
        )
        for p in book.positions
        if p.quantity
    ]


def _liquidated(deployment: LiveDeployment, until: float) -> bool:
    stopped = deployment.stopped_at
    return deployment.liquidated and stopped is not None and until >= stopped


def book_at(deployment: LiveDeployment, now: float) -> Book:
    """The account as of `now` (frozen once the deployment ended)."""
    until = lived_until(deployment, now)
    if not _liquidated(deployment, until):
        return _trading_book(deployment, until)
    assert deployment.stopped_at is not None
    before = _trading_book(deployment, deployment.stopped_at)
    cash = dict(before.cash)
    fees, volume = before.fees, before.volume
    for fill in _liquidation(before, deployment.stopped_at):
        cash["USD"] = round(cash.get("USD", 0.0) - fill.quantity * fill.price - fill.fee, 2)
        fees += fill.fee
        volume += abs(fill.quantity) * fill.price
    return Book(cash, (), round(fees, 2), round(volume, 2))


def _fills(deployment: LiveDeployment, now: float) -> list[Fill]:
    """Every fill by `now`, oldest first: the strategy's, then the liquidation's."""
    until = lived_until(deployment, now)
    found: list[Fill] = []
    for trade in _sim(deployment).trades:
        fee = trade.fees / 2
        for day, price, quantity in legs(trade):
            when = fill_time(deployment, day)
            if when > until:
                break
            found.append(Fill(when, SPY_ID, SPY_TICKER, quantity, price, round(fee, 2), ""))
    if _liquidated(deployment, until):
        assert deployment.stopped_at is not None
        found.extend(_liquidation(_trading_book(deployment, deployment.stopped_at), deployment.stopped_at))
    return found


def orders(deployment: LiveDeployment, now: float) -> list[dict[str, Any]]:
    """The deployment's orders by `now`: a filled market order per fill, each with its two events."""
    return [order(number, deployment.deploy_id, fill) for number, fill in enumerate(_fills(deployment, now), 1)]


def insights(deployment: LiveDeployment, now: float) -> list[dict[str, Any]]:
    """One `up` price insight per trade, emitted shortly before its entry; scored once the trade closed."""
    until = lived_until(deployment, now)
    found: list[dict[str, Any]] = []
    for number, trade in enumerate(_sim(deployment).trades):
        generated = fill_time(deployment, trade.entry_index) - INSIGHT_LEAD * deployment.day_seconds
        if generated > until:
            break
        insight_id = f"{deployment.deploy_id[2:18]}{number:016x}"
        closes = fill_time(deployment, trade.exit_index)
        found.append(insight(insight_id, SPY, trade, int(generated), int(closes), until))
    return found


def log_lines(deployment: LiveDeployment, now: float) -> list[str]:
    """The deployment's log by `now`, oldest first, each line starting with its time (UTC)."""
    return [f"{qc_datetime(when)} {text}" for when, text in _log(deployment, now)]


def _log(deployment: LiveDeployment, now: float) -> list[tuple[float, str]]:
    """(time, text) of every line; at equal times the liquidation and the final word come last."""
    until = lived_until(deployment, now)
    if until < deployment.start_at:
        return []
    sim = _sim(deployment)
    settings = ", ".join(f"{k}={v}" for k, v in sorted(deployment.parameters.items())) or "none"
    entries: list[tuple[float, int, str]] = [
        (
            deployment.start_at,
            0,
            f"{deployment.deploy_id}: launched on {deployment.brokerage_name} (node {deployment.node_id}); "
            f"EMA cross on SPY; parameters: {settings}; starting equity {money(starting_equity(deployment))}",
        )
    ]
    for fill in _fills(deployment, now):
        side = "BUY" if fill.quantity > 0 else "SELL"
        prefix = "LIQUIDATE: " if fill.tag else ""
        text = f"{prefix}{side} {abs(whole(fill.quantity))} {fill.ticker} at {fill.price:.2f}, fee {money(fill.fee)}"
        entries.append((fill.when, 1 if fill.tag else 0, text))
    for day in range(_closes(deployment, until)):
        equity = money(_equity_at_close(deployment, sim, day))
        entries.append(
            (close_time(deployment, day), 0, f"Close: SPY {sim.benchmark[day]:.2f}, portfolio value {equity}")
        )
    if _closes(deployment, until) == deployment.days:
        entries.append(
            (
                close_time(deployment, deployment.days - 1),
                0,
                "The mock's simulated market data ends here: the algorithm holds its portfolio from now on.",
            )
        )
    entries.extend((when, 0, text) for when, text in deployment.commands if when <= until)
    end = ended_at(deployment)
    if end is not None and now >= end:
        failed = failure_at(deployment)
        if failed is not None and failed == end and deployment.failure is not None:
            failure = deployment.failure
            entries.append((end, 2, f"Runtime Error: {failure.error} in {failure.file}: line {failure.line}"))
        elif deployment.liquidated:
            entries.append((end, 2, "Liquidated and stopped by the user."))
        else:
            entries.append((end, 2, "Stopped by the user; the holdings are kept."))
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    return [(when, text) for when, _, text in entries]


def runtime_statistics(deployment: LiveDeployment, now: float) -> dict[str, str] | list[Any]:
    """The banner as of `now` (the last one once stopped); `[]` while queued."""
    if live_status(deployment, now) == IN_QUEUE:
        return []
    book = book_at(deployment, now)
    start = starting_equity(deployment)
    equity = book.equity
    growth = (equity / start - 1) * 100 if start else 0.0
    return banner(
        equity=equity,
        fees=book.fees,
        holdings=sum(p.value for p in book.positions),
        net_profit=equity - start,
        sharpe_probability="0%",
        return_percent=growth,
        unrealized=sum(p.unrealized for p in book.positions),
        volume=book.volume,
    )


def server_statistics(deployment: LiveDeployment, now: float) -> dict[str, str] | list[Any]:
    """The live node's figures while the deployment runs; `[]` otherwise."""
    if live_status(deployment, now) != "Running":
        return []
    return {
        "CPU Usage": "3%",
        "Used RAM (MB)": "512",
        "Total RAM (MB)": "4096",
        "Hostname": deployment.node_id,
        "LEAN Version": f"v2.5.{deployment.version_id}",
        "Up Time": timespan(now - deployment.start_at),
    }


def chart_summaries(deployment: LiveDeployment, now: float) -> dict[str, Any] | list[Any]:
    """The charts by name once the deployment started; `[]` before."""
    if lived_until(deployment, now) < deployment.start_at:
        return []
    return {name: {"name": name} for name in CHART_NAMES}


def portfolio(deployment: LiveDeployment, now: float) -> dict[str, Any]:
    """The `portfolio` of `/live/portfolio/read`: holdings by security id, cash by currency."""
    book = book_at(deployment, now)
    holdings = {
        p.symbol_id: {
            "symbol": {"value": p.ticker, "id": p.symbol_id, "permtick": p.ticker},
            "a": p.average,
            "q": whole(p.quantity),
            "p": p.price,
            "v": round(p.value, 2),
            "u": round(p.unrealized, 2),
            "up": round(100 * (p.price / p.average - 1), 2) if p.average else 0.0,
        }
        for p in book.positions
    }
    cash = {
        currency: {
            "symbol": currency,
            "amount": amount,
            "conversionRate": 1,
            "currencySymbol": CURRENCY_SIGNS.get(currency, currency),
            "valueInAccountCurrency": amount,
            "securitySymbols": [],
        }
        for currency, amount in book.cash.items()
    }
    return {"holdings": map_or_empty(holdings), "cash": map_or_empty(cash)}


def _points(deployment: LiveDeployment, now: float) -> Iterator[tuple[int, float, float, float]]:
    """(time, equity, previous equity, SPY close) at each simulated close by `now`."""
    sim = _sim(deployment)
    previous = round(starting_equity(deployment), 2)
    for day in range(_closes(deployment, lived_until(deployment, now))):
        equity = _equity_at_close(deployment, sim, day)
        yield int(close_time(deployment, day)), equity, previous, sim.benchmark[day]
        previous = equity


def chart(deployment: LiveDeployment, now: float, name: str, count: int, start: int, end: int) -> dict[str, Any] | None:
    """Chart `name` with each series sampled to about `count` points between `start` and `end` (Unix s)."""
    return sampled_chart(equity_charts(_points(deployment, now)), name, count, start, end)


def command_line(command: Mapping[str, Any], broadcast: bool) -> str:
    """The log line of a command the algorithm received."""
    how = "Broadcast command" if broadcast else "Command"
    return f"{how} received: {json.dumps(command, sort_keys=True, separators=(', ', ': '))}"
