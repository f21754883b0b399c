"""Realistic answers parse into the generated models and come back out with nothing lost."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import pytest
from quantconnect_client.models import (
    BacktestResponse,
    BacktestSummaryResponse,
    EstimateOptimizationResponse,
    ListOptimizationResponse,
    ReadOptimizationResponse,
    RestResponse,
)
from quantconnect_client.types import Unset

from tests import payloads

WIRE_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


def canonical(value: Any) -> Any:
    """The payload modulo the quirks the client normalises: `[]`-for-`{}`, the date-time separator, and an
    absent nullable field, which reads (and so writes back) as null."""
    if isinstance(value, dict | list) and not value:
        return "<empty>"
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    if isinstance(value, str) and WIRE_DATETIME.match(value):
        return value.replace(" ", "T")
    return value


CASES: dict[str, tuple[Callable[[dict[str, Any]], Any], dict[str, Any]]] = {
    "completed backtest": (BacktestResponse.from_dict, payloads.completed_backtest()),
    "queued backtest with [] maps": (BacktestResponse.from_dict, payloads.queued_backtest()),
    "backtest list with statistics": (BacktestSummaryResponse.from_dict, payloads.backtest_list(3)),
    "optimization with backtests by id": (ReadOptimizationResponse.from_dict, payloads.optimization(4)),
    "optimization with no backtests yet": (ReadOptimizationResponse.from_dict, payloads.optimization(0, "new")),
    "created optimization": (ListOptimizationResponse.from_dict, payloads.created_optimizations()),
    "estimate": (EstimateOptimizationResponse.from_dict, payloads.estimate()),
}


@pytest.mark.parametrize("name", CASES)
def test_round_trip_loses_nothing(name: str) -> None:
    parse, payload = CASES[name]
    model = parse(payload)
    assert canonical(model.to_dict()) == canonical(payload)
    assert parse(model.to_dict()) == model


def test_completed_backtest_reads_typed_values() -> None:
    backtest = BacktestResponse.from_dict(payloads.completed_backtest()).backtest
    assert not isinstance(backtest, Unset)
    assert backtest.status == "Completed."
    assert backtest.created == datetime.datetime(2021, 8, 31, 21, 2, 56)
    assert not isinstance(backtest.statistics, Unset)
    assert backtest.statistics.sharpe_ratio == "1.234"
    assert backtest.statistics.total_fees == "$12.34"
    assert not isinstance(backtest.parameter_set, Unset)
    assert backtest.parameter_set["ema_fast"] == "10"
    assert not isinstance(backtest.charts, Unset)
    assert backtest.charts["Strategy Equity"].name == "Strategy Equity"
    assert backtest.total_performance is not None and not isinstance(backtest.total_performance, Unset)
    trade_statistics = backtest.total_performance.trade_statistics
    assert not isinstance(trade_statistics, Unset)
    assert trade_statistics.start_date_time == datetime.datetime(2020, 3, 2, 14, 31)


def test_empty_maps_sent_as_arrays_read_as_empty_maps() -> None:
    backtest = BacktestResponse.from_dict(payloads.queued_backtest()).backtest
    assert not isinstance(backtest, Unset)
    for field in (backtest.parameter_set, backtest.charts, backtest.statistics, backtest.runtime_statistics):
        assert not isinstance(field, Unset)
        assert field.to_dict() == {}
    assert backtest.total_performance is None


def test_optimization_backtests_are_keyed_by_id() -> None:
    optimization = ReadOptimizationResponse.from_dict(payloads.optimization(3)).optimization
    assert not isinstance(optimization, Unset)
    assert optimization.status == "completed"
    assert not isinstance(optimization.backtests, Unset)
    backtests = optimization.backtests.additional_properties
    assert list(backtests) == [f"{i:032x}" for i in range(3)]
    first = backtests[f"{0:032x}"]
    assert first.id == f"{0:032x}" and not isinstance(first.statistics, Unset) and len(first.statistics) == 21


def test_unknown_status_values_and_fields_are_kept() -> None:
    payload = payloads.completed_backtest()
    payload["backtest"]["status"] = "Running: 45%"
    payload["backtest"]["brandNewField"] = {"added": "later"}
    payload["serverRegion"] = "ny7"
    optimization_payload = payloads.optimization(1, status="paused-for-maintenance")

    response = BacktestResponse.from_dict(payload)
    optimization = ReadOptimizationResponse.from_dict(optimization_payload).optimization

    assert not isinstance(response.backtest, Unset) and not isinstance(optimization, Unset)
    assert response.backtest.status == "Running: 45%"
    assert response.backtest["brandNewField"] == {"added": "later"}
    assert response["serverRegion"] == "ny7"
    assert optimization.status == "paused-for-maintenance"
    assert response.to_dict()["backtest"]["brandNewField"] == {"added": "later"}


def test_failure_envelope_parses_as_a_rest_response_but_not_as_a_success() -> None:
    failure = {"success": False, "errors": ["Backtest not found"]}
    response = RestResponse.from_dict(failure)
    assert response.success is False
    assert response.errors == ["Backtest not found"]
    # A success answer always carries its result, so its model requires it; failures are raised before reading.
    with pytest.raises(KeyError):
        BacktestResponse.from_dict(failure)


def test_optimization_backtests_are_a_read_only_mapping() -> None:
    optimization = ReadOptimizationResponse.from_dict(payloads.optimization(2)).optimization
    assert len(optimization.backtests) == 2
    assert list(optimization.backtests) == [f"{i:032x}" for i in range(2)]
    assert dict(optimization.backtests.items()) == optimization.backtests.additional_properties
    assert not hasattr(optimization.backtests, "__setitem__")
