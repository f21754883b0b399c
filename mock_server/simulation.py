"""A deterministic fake backtest: the same parameter set always gives the same trades and equity curve.

The curve is built from the trades (fees included), so every statistic derived from it agrees with the
trade list: net profit, drawdown, win rate and order count all describe the same run.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

__all__ = ["START_EQUITY", "Simulation", "Trade", "parameter_key", "simulate"]

START_EQUITY = 100_000.0
FIRST_DAY = date(2023, 1, 3)
LAST_DAY = date(2023, 12, 29)
HOLIDAYS = frozenset(
    date(2023, month, day)
    for month, day in ((1, 16), (2, 20), (4, 7), (5, 29), (6, 19), (7, 4), (9, 4), (11, 23), (12, 25))
)
MARKET_OPEN = 14 * 3600 + 31 * 60  # 09:31 New York in winter, as UTC seconds of the day
SPY_FIRST, SPY_LAST = 384.37, 475.31
FEE_PER_SHARE, MIN_FEE = 0.005, 1.0


@dataclass(frozen=True)
class Trade:
    """A closed long SPY trade between two trading days (indexes into Simulation.days)."""

    entry_index: int
    exit_index: int
    entry_price: float
    exit_price: float
    quantity: int
    fees: float
    mae: float
    mfe: float

    @property
    def profit_loss(self) -> float:
        """Gross profit or loss, fees excluded (as LEAN reports it)."""
        return round(self.quantity * (self.exit_price - self.entry_price), 2)


@dataclass(frozen=True)
class Simulation:
    """Daily closes of the strategy and of SPY over the backtest period, and the trades."""

    days: tuple[float, ...]  # Unix seconds at 00:00 UTC of each trading day
    equity: tuple[float, ...]
    benchmark: tuple[float, ...]
    trades: tuple[Trade, ...]
    capacity: float

    @property
    def start_equity(self) -> float:
        return START_EQUITY

    @property
    def end_equity(self) -> float:
        return self.equity[-1]

    @property
    def total_fees(self) -> float:
        return round(sum(t.fees for t in self.trades), 2)


def parameter_key(parameters: Mapping[str, str]) -> str:
    """Canonical text of a parameter set; equal sets give equal keys."""
    return json.dumps(sorted((str(k), str(v)) for k, v in parameters.items()))


def simulate(parameters: Mapping[str, str]) -> Simulation:
    """The simulated run for `parameters` (values as the strings the platform stores)."""
    return _simulate(parameter_key(parameters))


@functools.lru_cache(maxsize=512)
def _simulate(key: str) -> Simulation:
    seed = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")
    rng = random.Random(seed)
    days = _trading_days()
    benchmark = _benchmark(len(days))
    trades = _trades(rng, benchmark)
    equity = _equity_curve(rng, len(days), trades, benchmark)
    capacity = rng.choice((2.5, 5.0, 12.0, 25.0, 48.0, 120.0)) * 1e6
    return Simulation(tuple(_midnight(d) for d in days), equity, benchmark, trades, capacity)


def _midnight(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


@functools.cache
def _trading_days() -> tuple[date, ...]:
    days: list[date] = []
    day = FIRST_DAY
    while day <= LAST_DAY:
        if day.weekday() < 5 and day not in HOLIDAYS:
            days.append(day)
        day += timedelta(days=1)
    return tuple(days)


@functools.cache
def _benchmark(count: int) -> tuple[float, ...]:
    """SPY closes: the same for every backtest, from its 2023 first close to its last."""
    walk = _bridge(random.Random(2023), count, 0.008)
    drift = math.log(SPY_LAST / SPY_FIRST)
    return tuple(round(SPY_FIRST * math.exp(drift * i / (count - 1) + walk[i]), 2) for i in range(count))


def _bridge(rng: random.Random, count: int, daily_vol: float) -> list[float]:
    """A random walk pinned to 0 at both ends."""
    walk = [0.0]
    for _ in range(count - 1):
        walk.append(walk[-1] + rng.gauss(0.0, daily_vol))
    last = walk[-1]
    return [w - last * i / (count - 1) for i, w in enumerate(walk)]


def _trades(rng: random.Random, benchmark: tuple[float, ...]) -> tuple[Trade, ...]:
    count = rng.randint(6, 30)
    winners = min(count - 1, max(1, round(count * rng.uniform(0.35, 0.7))))
    net_target = START_EQUITY * rng.uniform(-0.12, 0.35)
    outcomes = [True] * winners + [False] * (count - winners)
    rng.shuffle(outcomes)
    slot = (len(benchmark) - 1) // count
    plans = []
    for k in range(count):
        entry = k * slot + rng.randint(0, max(0, slot // 3))
        exit_ = min(len(benchmark) - 1, (k + 1) * slot - rng.randint(0, max(0, slot // 4)))
        exit_ = max(exit_, entry + 1)
        price = benchmark[entry]
        quantity = int(START_EQUITY * 0.95 // price)
        fee = max(MIN_FEE, round(quantity * FEE_PER_SHARE, 2))
        plans.append((entry, exit_, price, quantity, 2 * fee))
    fees = sum(p[4] for p in plans)
    gross = net_target + fees
    wins = [rng.uniform(0.5, 2.0) for _ in range(winners)]
    losses = [rng.uniform(0.3, 1.2) for _ in range(count - winners)]
    loss_scale = START_EQUITY * rng.uniform(0.004, 0.015)
    win_scale = (gross + loss_scale * sum(losses)) / sum(wins)
    if win_scale <= START_EQUITY * 0.001:  # a losing run: keep small wins, make the losses carry the result
        win_scale = START_EQUITY * 0.001
        loss_scale = (win_scale * sum(wins) - gross) / sum(losses)
    win_iter, loss_iter = iter(wins), iter(losses)
    trades = []
    for (entry, exit_, price, quantity, fee), won in zip(plans, outcomes, strict=True):
        pnl = win_scale * next(win_iter) if won else -loss_scale * next(loss_iter)
        exit_price = round(max(1.0, price + pnl / quantity), 2)
        notional = quantity * price
        actual = quantity * (exit_price - price)
        mae = round(min(0.0, actual) - notional * rng.uniform(0.002, 0.01), 2)
        mfe = round(max(0.0, actual) + notional * rng.uniform(0.002, 0.01), 2)
        trades.append(Trade(entry, exit_, price, exit_price, quantity, round(fee, 2), mae, mfe))
    return tuple(trades)


def _equity_curve(
    rng: random.Random, count: int, trades: tuple[Trade, ...], benchmark: tuple[float, ...]
) -> tuple[float, ...]:
    """Cash plus the open trade marked to a path between its entry and exit prices."""
    equity = [START_EQUITY] * count
    cash = START_EQUITY
    day = 0
    for trade in trades:
        while day < trade.entry_index:
            equity[day] = round(cash, 2)
            day += 1
        span = trade.exit_index - trade.entry_index
        wiggle = _bridge(rng, span + 1, 0.004)
        # The position moves with SPY (so beta is realistic), bent to end at the trade's exit price.
        spy_at_exit = trade.entry_price * benchmark[trade.exit_index] / benchmark[trade.entry_index]
        bend = math.log(trade.exit_price / spy_at_exit)
        cash -= trade.fees / 2
        for step in range(span + 1):
            index = trade.entry_index + step
            spy = trade.entry_price * benchmark[index] / benchmark[trade.entry_index]
            mark = spy * math.exp(bend * step / span + wiggle[step])
            equity[index] = round(cash + trade.quantity * (mark - trade.entry_price), 2)
        cash += trade.profit_loss - trade.fees / 2
        equity[trade.exit_index] = round(cash, 2)
        day = trade.exit_index + 1
    while day < count:
        equity[day] = round(cash, 2)
        day += 1
    return tuple(equity)


def order_time(simulation: Simulation, index: int) -> float:
    """When orders of trading day `index` fill: one minute after the open."""
    return simulation.days[index] + MARKET_OPEN
