"""Trade and portfolio statistics of a simulated run, computed the way LEAN defines them (simplified)."""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Sequence
from typing import Any

from .simulation import START_EQUITY, Simulation, Trade, order_time
from .wire import qc_datetime, timespan

__all__ = ["portfolio_statistics", "trade_statistics", "trades_closed_between"]

TRADING_DAYS = 252
_DAY = 86_400.0


def _r(value: float, digits: int = 6) -> float:
    """Rounded, and never NaN or infinite (JSON cannot carry those)."""
    return round(value, digits) if math.isfinite(value) else 0.0


def _ratio(top: float, bottom: float) -> float:
    return top / bottom if abs(bottom) > 1e-12 else 0.0


def trades_closed_between(simulation: Simulation, lo: int, hi: int) -> list[Trade]:
    """Trades whose exit day index is in [lo, hi]."""
    return [t for t in simulation.trades if lo <= t.exit_index <= hi]


def portfolio_statistics(simulation: Simulation, lo: int = 0, hi: int | None = None) -> dict[str, float]:
    """PortfolioStatistics over trading days lo..hi (inclusive)."""
    hi = len(simulation.days) - 1 if hi is None else hi
    equity = simulation.equity[lo : hi + 1]
    bench = simulation.benchmark[lo : hi + 1]
    if lo == 0:  # the run starts from its cash, before the first day's fees
        equity, bench = (START_EQUITY, *equity), (bench[0], *bench)
    returns = [b / a - 1 for a, b in itertools.pairwise(equity)] or [0.0]
    bench_returns = [b / a - 1 for a, b in itertools.pairwise(bench)] or [0.0]
    mean, std = statistics.fmean(returns), statistics.pstdev(returns)
    bench_mean = statistics.fmean(bench_returns)
    years = max((simulation.days[hi] - simulation.days[lo]) / (365.25 * _DAY), 1 / 12)
    start, end = equity[0], equity[-1]
    annual_return, annual_std = mean * TRADING_DAYS, std * math.sqrt(TRADING_DAYS)
    downside = math.sqrt(statistics.fmean([min(r, 0.0) ** 2 for r in returns])) * math.sqrt(TRADING_DAYS)
    beta = _ratio(_covariance(returns, bench_returns), statistics.pvariance(bench_returns))
    differences = [a - b for a, b in zip(returns, bench_returns, strict=True)]
    tracking_error = statistics.pstdev(differences) * math.sqrt(TRADING_DAYS)
    daily_sharpe = _ratio(mean, std)
    z = daily_sharpe * math.sqrt(max(len(returns) - 1, 1)) / math.sqrt(1 + daily_sharpe**2 / 2)
    trades = trades_closed_between(simulation, lo, hi)
    wins = [_trade_return(t) for t in trades if t.profit_loss > 0]
    losses = [_trade_return(t) for t in trades if t.profit_loss <= 0]
    win_rate = _ratio(len(wins), len(trades))
    average_win = statistics.fmean(wins) if wins else 0.0
    average_loss = statistics.fmean(losses) if losses else 0.0
    profit_loss_ratio = _ratio(average_win, abs(average_loss))
    traded = sum(t.quantity * (t.entry_price + t.exit_price) for t in trades)
    return {
        "averageWinRate": _r(average_win),
        "averageLossRate": _r(average_loss),
        "profitLossRatio": _r(profit_loss_ratio),
        "winRate": _r(win_rate),
        "lossRate": _r(1 - win_rate if trades else 0.0),
        "expectancy": _r(win_rate * profit_loss_ratio - (1 - win_rate) if trades else 0.0),
        "startEquity": _r(start, 2),
        "endEquity": _r(end, 2),
        "compoundingAnnualReturn": _r((end / start) ** (1 / years) - 1),
        "drawdown": _r(_max_drawdown(equity)),
        "totalNetProfit": _r(end / start - 1),
        "sharpeRatio": _r(_ratio(annual_return, annual_std), 4),
        "probabilisticSharpeRatio": _r(0.5 * (1 + math.erf(z / math.sqrt(2)))),
        "sortinoRatio": _r(_ratio(annual_return, downside), 4),
        "alpha": _r(annual_return - beta * bench_mean * TRADING_DAYS),
        "beta": _r(beta),
        "annualStandardDeviation": _r(annual_std),
        "annualVariance": _r(annual_std**2),
        "informationRatio": _r(_ratio(annual_return - bench_mean * TRADING_DAYS, tracking_error), 4),
        "trackingError": _r(tracking_error),
        "treynorRatio": _r(_ratio(annual_return, beta), 4),
        "portfolioTurnover": _r(_ratio(traded, statistics.fmean(equity) * len(equity))),
        "valueAtRisk99": _r(mean - 2.326 * std),
        "valueAtRisk95": _r(mean - 1.645 * std),
    }


def trade_statistics(simulation: Simulation, trades: Sequence[Trade]) -> dict[str, Any]:
    """TradeStatistics of `trades`; durations as .NET TimeSpan strings."""
    pnl = [t.profit_loss for t in trades]
    profits = [p for p in pnl if p > 0]
    losses = [p for p in pnl if p <= 0]
    durations = [_duration(simulation, t) for t in trades]
    win_durations = [d for d, p in zip(durations, pnl, strict=True) if p > 0]
    loss_durations = [d for d, p in zip(durations, pnl, strict=True) if p <= 0]
    total_profit, total_loss = sum(profits), sum(losses)
    drawdown, peak, cumulative = 0.0, 0.0, 0.0
    for p in pnl:
        cumulative += p
        peak = max(peak, cumulative)
        drawdown = min(drawdown, cumulative - peak)
    std = statistics.pstdev(pnl) if pnl else 0.0
    downside = math.sqrt(statistics.fmean([min(p, 0.0) ** 2 for p in pnl])) if pnl else 0.0
    mean = statistics.fmean(pnl) if pnl else 0.0
    return {
        "startDateTime": qc_datetime(order_time(simulation, trades[0].entry_index)) if trades else None,
        "endDateTime": qc_datetime(order_time(simulation, trades[-1].exit_index)) if trades else None,
        "totalNumberOfTrades": len(trades),
        "numberOfWinningTrades": len(profits),
        "numberOfLosingTrades": len(losses),
        "totalProfitLoss": _r(sum(pnl), 2),
        "totalProfit": _r(total_profit, 2),
        "totalLoss": _r(total_loss, 2),
        "largestProfit": _r(max(profits, default=0.0), 2),
        "largestLoss": _r(min(losses, default=0.0), 2),
        "averageProfitLoss": _r(mean, 2),
        "averageProfit": _r(statistics.fmean(profits) if profits else 0.0, 2),
        "averageLoss": _r(statistics.fmean(losses) if losses else 0.0, 2),
        "averageTradeDuration": timespan(statistics.fmean(durations) if durations else 0),
        "averageWinningTradeDuration": timespan(statistics.fmean(win_durations) if win_durations else 0),
        "averageLosingTradeDuration": timespan(statistics.fmean(loss_durations) if loss_durations else 0),
        "medianTradeDuration": timespan(statistics.median(durations) if durations else 0),
        "medianWinningTradeDuration": timespan(statistics.median(win_durations) if win_durations else 0),
        "medianLosingTradeDuration": timespan(statistics.median(loss_durations) if loss_durations else 0),
        "maxConsecutiveWinningTrades": _longest_run(pnl, winning=True),
        "maxConsecutiveLosingTrades": _longest_run(pnl, winning=False),
        "profitLossRatio": _r(
            _ratio(statistics.fmean(profits) if profits else 0.0, abs(statistics.fmean(losses)) if losses else 0.0)
        ),
        "winLossRatio": _r(_ratio(len(profits), len(losses))),
        "winRate": _r(_ratio(len(profits), len(pnl))),
        "lossRate": _r(_ratio(len(losses), len(pnl))),
        "averageMAE": _r(statistics.fmean([t.mae for t in trades]) if trades else 0.0, 2),
        "averageMFE": _r(statistics.fmean([t.mfe for t in trades]) if trades else 0.0, 2),
        "largestMAE": _r(min((t.mae for t in trades), default=0.0), 2),
        "largestMFE": _r(max((t.mfe for t in trades), default=0.0), 2),
        "maximumClosedTradeDrawdown": _r(drawdown, 2),
        "maximumIntraTradeDrawdown": _r(min((t.mae for t in trades), default=0.0), 2),
        "profitLossStandardDeviation": _r(std, 2),
        "profitLossDownsideDeviation": _r(downside, 2),
        "profitFactor": _r(_ratio(total_profit, abs(total_loss))),
        "sharpeRatio": _r(_ratio(mean, std), 4),
        "sortinoRatio": _r(_ratio(mean, downside), 4),
        "profitToMaxDrawdownRatio": _r(_ratio(sum(pnl), abs(drawdown)), 4),
        "maximumEndTradeDrawdown": _r(min((t.profit_loss - t.mfe for t in trades), default=0.0), 2),
        "averageEndTradeDrawdown": _r(statistics.fmean([t.profit_loss - t.mfe for t in trades]) if trades else 0.0, 2),
        "maximumDrawdownDuration": timespan(_drawdown_duration(simulation)),
        "totalFees": _r(sum(t.fees for t in trades), 2),
    }


def _mean(values: Sequence[float]) -> float:
    return statistics.fmean(values) if values else 0.0


def _trade_return(trade: Trade) -> float:
    return trade.profit_loss / (trade.quantity * trade.entry_price)


def _duration(simulation: Simulation, trade: Trade) -> float:
    return simulation.days[trade.exit_index] - simulation.days[trade.entry_index]


def _covariance(a: Sequence[float], b: Sequence[float]) -> float:
    mean_a, mean_b = statistics.fmean(a), statistics.fmean(b)
    return statistics.fmean([(x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True)])


def _max_drawdown(equity: Sequence[float]) -> float:
    peak, worst = equity[0], 0.0
    for value in equity:
        peak = max(peak, value)
        worst = max(worst, 1 - value / peak)
    return worst


def _drawdown_duration(simulation: Simulation) -> float:
    longest, peak, since = 0.0, simulation.equity[0], simulation.days[0]
    for day, value in zip(simulation.days, simulation.equity, strict=True):
        if value >= peak:
            peak, since = value, day
        longest = max(longest, day - since)
    return longest


def _longest_run(pnl: Sequence[float], *, winning: bool) -> int:
    longest = current = 0
    for p in pnl:
        current = current + 1 if (p > 0) == winning else 0
        longest = max(longest, current)
    return longest
