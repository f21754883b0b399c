"""Realistic QuantConnect answers, wire quirks included, shared by the round-trip tests and the benchmarks.

Written from the official document's field lists and what clients such as lean-cli had to cope with:
`[]` for an empty map, `2021-08-31 21:02:56` date-times, string statistics, `backtests` keyed by id,
and fields or status values the platform added later.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_SCHEMAS: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "openapi.yaml").read_text(encoding="utf-8")
)["components"]["schemas"]
_ZERO = {"number": 0.0, "integer": 0, "string": "00:00:00"}


def complete(schema: str, **values: Any) -> dict[str, Any]:
    """A `schema` object with every property the platform sends: `values`, zeros elsewhere (null where nullable).

    LEAN serialises its statistics objects whole, so a realistic answer carries every field.
    """
    properties = _SCHEMAS[schema]["properties"]
    filled = {name: None if spec.get("nullable") else _ZERO[spec["type"]] for name, spec in properties.items()}
    return filled | {key: value for key, value in values.items() if key in properties}


STATISTICS = {
    "Total Orders": "24",
    "Average Win": "2.10%",
    "Average Loss": "-0.95%",
    "Compounding Annual Return": "12.432%",
    "Drawdown": "8.100%",
    "Expectancy": "0.812",
    "Start Equity": "100000",
    "End Equity": "112345.67",
    "Net Profit": "12.346%",
    "Sharpe Ratio": "1.234",
    "Sortino Ratio": "1.502",
    "Probabilistic Sharpe Ratio": "61.234%",
    "Loss Rate": "40%",
    "Win Rate": "60%",
    "Profit-Loss Ratio": "2.21",
    "Alpha": "0.031",
    "Beta": "0.512",
    "Annual Standard Deviation": "0.094",
    "Annual Variance": "0.009",
    "Information Ratio": "-0.21",
    "Tracking Error": "0.081",
    "Treynor Ratio": "0.226",
    "Total Fees": "$12.34",
    "Estimated Strategy Capacity": "$12,000,000.00",
    "Lowest Capacity Asset": "SPY R735QTJ8XC9X",
    "Portfolio Turnover": "4.12%",
}

RUNTIME_STATISTICS = {
    "Equity": "$112,345.67",
    "Fees": "-$12.34",
    "Holdings": "$0.00",
    "Net Profit": "$12,345.67",
    "Probabilistic Sharpe Ratio": "61.234%",
    "Return": "12.35 %",
    "Unrealized": "$0.00",
    "Volume": "$1,234,567.89",
}


def completed_backtest(backtest_id: str = "26c7bb06b8487cff1c7b3c44652b30f1") -> dict[str, Any]:
    """A `readBacktest` answer for a completed backtest."""
    return {
        "success": True,
        "errors": [],
        "debugging": False,
        "backtest": {
            "backtestId": backtest_id,
            "projectId": 23456789,
            "organizationId": "d6d62db48592c72e67b534553413b602",
            "name": "Backtest 1732500000",
            "note": None,
            "status": "Completed.",
            "completed": True,
            "progress": 1,
            "created": "2021-08-31 21:02:56",
            "backtestStart": "2020-01-02 00:00:00",
            "backtestEnd": "2020-12-31 00:00:00",
            "optimizationId": None,
            "error": None,
            "stacktrace": None,
            "hasInitializeError": False,
            "tradeableDates": 253,
            "snapshotId": 24013333,
            "nodeName": "B2-8 node 3",
            "outOfSampleMaxEndDate": None,
            "outOfSampleDays": 0,
            "researchGuide": {"minutes": 12, "backtestCount": 3, "parameters": 2},
            "parameterSet": {"ema_fast": "10", "ema_slow": "20"},
            "charts": {"Strategy Equity": {"name": "Strategy Equity"}, "Benchmark": {"name": "Benchmark"}},
            "runtimeStatistics": dict(RUNTIME_STATISTICS),
            "statistics": dict(STATISTICS),
            "rollingWindow": {
                "M1_20201231": {
                    "closedTrades": [],
                    "tradeStatistics": complete(
                        "TradeStatistics", totalNumberOfTrades=2, winRate=0.5, averageTradeDuration="1.00:00:00"
                    ),
                    "portfolioStatistics": complete("PortfolioStatistics", sharpeRatio=0.9, drawdown=0.02),
                }
            },
            "totalPerformance": {
                "closedTrades": [
                    {
                        "symbol": {"value": "SPY", "id": "SPY R735QTJ8XC9X", "permtick": "SPY"},
                        "entryTime": "2020-03-02 14:31:00",
                        "entryPrice": 301.5,
                        "direction": 0,
                        "quantity": 100,
                        "exitTime": "2020-03-09 15:59:00",
                        "exitPrice": 274.2,
                        "profitLoss": -2730.0,
                        "totalFees": 2.0,
                        "mae": -3100.0,
                        "mfe": 120.0,
                        "duration": "7.01:28:00",
                        "endTradeDrawdown": -2850.0,
                    }
                ],
                "tradeStatistics": complete(
                    "TradeStatistics",
                    startDateTime="2020-03-02 14:31:00",
                    endDateTime="2020-12-30 15:59:00",
                    totalNumberOfTrades=12,
                    numberOfWinningTrades=7,
                    numberOfLosingTrades=5,
                    totalProfitLoss=12345.67,
                    winRate=0.583,
                    lossRate=0.417,
                    averageTradeDuration="5.00:00:00",
                    maximumDrawdownDuration="41.00:00:00",
                ),
                "portfolioStatistics": complete(
                    "PortfolioStatistics",
                    sharpeRatio=1.234,
                    compoundingAnnualReturn=0.12432,
                    drawdown=0.081,
                    startEquity=100000,
                    endEquity=112345.67,
                    valueAtRisk99=-0.02,
                    valueAtRisk95=-0.015,
                ),
            },
        },
    }


def queued_backtest(backtest_id: str = "26c7bb06b8487cff1c7b3c44652b30f1") -> dict[str, Any]:
    """A `createBacktest` answer: every map still empty, and sent as `[]`."""
    return {
        "success": True,
        "errors": [],
        "backtest": {
            "backtestId": backtest_id,
            "projectId": 23456789,
            "name": "Backtest 1732500000",
            "note": None,
            "status": "In Queue...",
            "completed": False,
            "progress": 0,
            "created": "2021-08-31 21:02:56",
            "backtestStart": None,
            "backtestEnd": None,
            "parameterSet": [],
            "charts": [],
            "runtimeStatistics": [],
            "statistics": [],
            "rollingWindow": [],
            "totalPerformance": None,
        },
    }


def backtest_summary(index: int) -> dict[str, Any]:
    """One entry of a `listBacktests` answer with statistics."""
    return {
        "backtestId": f"{index:032x}",
        "name": f"Backtest {index}",
        "status": "Completed.",
        "created": "2021-08-31 21:02:56",
        "progress": 1,
        "optimizationId": None,
        "tradeableDates": 253,
        "snapshotId": 24013333 + index,
        "parameterSet": {"ema_fast": str(10 + index % 7), "ema_slow": str(20 + index % 11)},
        "tags": ["nightly"],
        "sharpeRatio": 1.234 + index / 1000,
        "alpha": 0.031,
        "beta": 0.512,
        "compoundingAnnualReturn": 0.12432,
        "drawdown": 0.081,
        "lossRate": 0.4,
        "netProfit": 0.12346,
        "parameters": 2,
        "psr": 0.61234,
        "securityTypes": 1,
        "sortinoRatio": 1.502,
        "trades": 24,
        "treynorRatio": 0.226,
        "winRate": 0.6,
    }


def backtest_list(count: int) -> dict[str, Any]:
    """A `listBacktests` answer with `count` summaries."""
    return {"success": True, "errors": [], "count": count, "backtests": [backtest_summary(i) for i in range(count)]}


def optimization_backtest(index: int) -> dict[str, Any]:
    """One backtest of an optimization, as found under `optimization.backtests[<id>]`."""
    return {
        "id": f"{index:032x}",
        "name": f"ema_fast:{100 + index % 50},ema_slow:{200 + index // 50}",
        "progress": 1,
        "exitCode": 0,
        "statistics": [
            0.031,
            0.094,
            0.009,
            -0.0095,
            0.021,
            0.512,
            0.12432,
            0.081,
            12000000.0,
            0.812,
            -0.21,
            0.4,
            0.12346,
            0.61234,
            2.21,
            1.234 + index / 10000,
            12.34,
            24,
            0.081,
            0.226,
            0.6,
        ],
        "parameterSet": {"ema_fast": str(100 + index % 50), "ema_slow": str(200 + index // 50)},
        "equity": [[1577977200, 100000, 100250, 99800, 100120], [1578063600, 100120, 100400, 100000, 100390]],
        "startDate": "2020-01-02 00:00:00",
        "endDate": "2020-12-31 00:00:00",
        "outOfSampleDays": 0,
        "outOfSampleMaxEndDate": None,
    }


def optimization(backtest_count: int, status: str = "completed") -> dict[str, Any]:
    """A `readOptimization` answer with `backtest_count` backtests (an empty one sends `[]`)."""
    backtests = {bt["id"]: bt for bt in (optimization_backtest(i) for i in range(backtest_count))}
    return {
        "success": True,
        "errors": [],
        "optimization": {
            "optimizationId": "O-401d3d40b5a0e9f8c46c954a303f3ddd",
            "snapshotId": 24013333,
            "projectId": 23456789,
            "name": "Optimization_5d1f2",
            "status": status,
            "nodeType": "O2-8",
            "parallelNodes": 4,
            "criterion": {
                "target": "TotalPerformance.PortfolioStatistics.SharpeRatio",
                "extremum": "max",
                "targetValue": None,
            },
            "runtimeStatistics": {
                "Completed": str(backtest_count),
                "Failed": "0",
                "Running": "0",
                "In Queue": "0",
                "Average Length": "00:01:10",
                "Total Runtime": "00:12:20",
                "Total": str(backtest_count),
                "Consumed": "0.25",
            },
            "constraints": [
                {"target": "TotalPerformance.PortfolioStatistics.SharpeRatio", "operator": "Greater", "targetValue": 1}
            ],
            "parameters": [
                {"name": "ema_fast", "min": 100, "max": 149, "step": 1, "minStep": None},
                {"name": "ema_slow", "min": 200, "max": 239, "step": 1, "minStep": None},
            ],
            "backtests": backtests if backtests else [],
            "strategy": "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
            "requested": "2021-08-31 21:02:56",
            "optimizationTarget": "TotalPerformance.PortfolioStatistics.SharpeRatio",
            "targetValue": None,
            "gridLayout": [{"chartName": "Sharpe Ratio", "width": 6, "height": 4, "row": 0, "column": 0, "sort": 0}],
            "outOfSampleMaxEndDate": None,
            "outOfSampleDays": 0,
        },
    }


def created_optimizations() -> dict[str, Any]:
    """A `createOptimization` answer: the new optimization inside an `optimizations` array."""
    return {
        "success": True,
        "errors": [],
        "optimizations": [
            {
                "optimizationId": "O-401d3d40b5a0e9f8c46c954a303f3ddd",
                "projectId": 23456789,
                "name": "Optimization_5d1f2",
                "status": "new",
                "nodeType": "O2-8",
                "criterion": {"target": "TotalPerformance.PortfolioStatistics.SharpeRatio", "extremum": "max"},
                "created": "2021-08-31 21:02:56",
                "psr": None,
                "sharpeRatio": None,
                "trades": None,
                "cloneId": None,
                "outOfSampleDays": 0,
                "outOfSampleMaxEndDate": None,
                "parameters": [
                    {"name": "ema_fast", "min": 100, "max": 200, "step": 50},
                    {"name": "ema_slow", "min": 200, "max": 300, "step": 50},
                ],
            }
        ],
    }


def estimate() -> dict[str, Any]:
    """An `estimateOptimization` answer."""
    return {"success": True, "errors": [], "estimate": {"estimateId": "e-5d1f2cba", "time": 540, "balance": 1000}}
