"""Live deployments: what the mock remembers of them, and where each stands on the simulation clock.

A deployment replays the deterministic simulation of its parameter set (mock_server.simulation) day by day:
trading day `i` of the simulated year is lived between `start_at + i * day_seconds` and the next day, its fills a
little after the day begins and its close later on, so orders, insights, log lines and chart points accumulate
while it runs. It is `InQueue` until `start_at`, then `Running`; a stop (or a liquidation, or a runtime error of
the code) ends it, and nothing happens after that. After the simulated year the algorithm holds what it has.

Wire shapes (portfolio, orders, insights, log, charts) are in mock_server/live_results.py; the handlers in
mock_server/handlers/live.py. This module imports nothing of the store, which holds a `LiveState`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from .simulation import MARKET_OPEN, simulate
from .syntax import RaisedError
from .timeline import RUNTIME_ERROR_AT

__all__ = [
    "ACTIVE",
    "CLOSE_FRACTION",
    "DAYS_PER_BACKTEST_RUN",
    "IN_QUEUE",
    "LIQUIDATED",
    "PAPER_BROKERAGE",
    "RUNNING",
    "RUNTIME_ERROR",
    "STOPPED",
    "AuthorizationRequest",
    "LiveDeployment",
    "LiveState",
    "StartingHolding",
    "close_time",
    "ended_at",
    "failure_at",
    "fill_time",
    "live_status",
    "lived_until",
    "starting_equity",
]

PAPER_BROKERAGE = "QuantConnectBrokerage"
IN_QUEUE, RUNNING, STOPPED, LIQUIDATED, RUNTIME_ERROR = "InQueue", "Running", "Stopped", "Liquidated", "RuntimeError"
ACTIVE = frozenset({IN_QUEUE, RUNNING})
# A live deployment lives this many simulated trading days per `backtest_seconds` of the mock's clock (a backtest
# runs its whole year in that time), so a demo or a test sees trades within seconds.
DAYS_PER_BACKTEST_RUN = 25
MIN_DAY_SECONDS = 0.001
# Where in its slice of the clock a simulated day fills orders and closes (the market's open and close, UTC).
FILL_FRACTION = MARKET_OPEN / 86_400
CLOSE_FRACTION = 21 * 3_600 / 86_400


@dataclass(frozen=True)
class StartingHolding:
    """A position the brokerage settings give the account at deployment (`brokerage.holdings[i]`)."""

    symbol_id: str
    symbol: str
    quantity: float
    average_price: float


@dataclass
class LiveDeployment:
    deploy_id: str
    project_id: int
    organization_id: str
    project_name: str
    compile_id: str
    node_id: str
    brokerage: dict[str, Any]  # the settings as sent, every key kept
    data_providers: dict[str, Any]
    version_id: int
    automatic_redeploy: bool
    notification: dict[str, Any] | None
    parameters: dict[str, str]
    files: dict[str, str]  # the compiled snapshot
    snapshot_id: int
    created: float
    start_at: float  # leaves the queue
    day_seconds: float  # clock seconds per simulated trading day
    cash: dict[str, float]  # starting cash by currency
    holdings: tuple[StartingHolding, ...] = ()
    failure: RaisedError | None = None  # ends it in a runtime error (see failure_at)
    stopped_at: float | None = None
    liquidated: bool = False
    commands: list[tuple[float, str]] = field(default_factory=list)  # (time, log line)
    chart_reads: dict[str, int] = field(default_factory=dict)

    @property
    def brokerage_id(self) -> str:
        return str(self.brokerage.get("id", PAPER_BROKERAGE))

    @property
    def brokerage_name(self) -> str:
        """How the platform names the brokerage in reads: `PaperBrokerage` for paper trading."""
        if self.brokerage_id == PAPER_BROKERAGE:
            return "PaperBrokerage"
        return self.brokerage_id.removesuffix("Brokerage") or self.brokerage_id

    @property
    def days(self) -> int:
        return len(simulate(self.parameters).days)


@dataclass
class AuthorizationRequest:
    """An authorization started by `/live/auth0/authorize`, completed by visiting its page (live_routes)."""

    state: str
    brokerage: str
    user_id: str | None
    project_id: int | None
    created: float


class LiveState:
    """Every live deployment, by deploy id, and the brokerage authorizations."""

    def __init__(self) -> None:
        self.deployments: dict[str, LiveDeployment] = {}
        self.pending: dict[str, AuthorizationRequest] = {}  # by state token
        self.granted: dict[tuple[str, str | None], dict[str, Any]] = {}  # (brokerage, user id) -> authorization

    def of_project(self, project_id: int) -> list[LiveDeployment]:
        """The project's deployments, oldest first."""
        return [d for d in self.deployments.values() if d.project_id == project_id]

    def latest(self, project_id: int) -> LiveDeployment | None:
        found = self.of_project(project_id)
        return found[-1] if found else None

    def forget_project(self, project_id: int) -> None:
        """Drop the deployments of a deleted project."""
        for deploy_id in [d.deploy_id for d in self.of_project(project_id)]:
            del self.deployments[deploy_id]


def fill_time(deployment: LiveDeployment, day: int) -> float:
    """When the orders of simulated day `day` fill."""
    return deployment.start_at + (day + FILL_FRACTION) * deployment.day_seconds


def close_time(deployment: LiveDeployment, day: int) -> float:
    """When simulated day `day` closes."""
    return deployment.start_at + (day + CLOSE_FRACTION) * deployment.day_seconds


def failure_at(deployment: LiveDeployment) -> float | None:
    """When the code's unconditional `raise` stops the deployment: as it starts, or 30% into its year."""
    if deployment.failure is None:
        return None
    if deployment.failure.during_initialize:
        return deployment.start_at
    return deployment.start_at + math.floor(RUNTIME_ERROR_AT * deployment.days) * deployment.day_seconds


def ended_at(deployment: LiveDeployment) -> float | None:
    """When the deployment stopped, or will stop by a runtime error; None while nothing ends it."""
    ends = [t for t in (deployment.stopped_at, failure_at(deployment)) if t is not None]
    return min(ends) if ends else None


def live_status(deployment: LiveDeployment, now: float) -> str:
    end = ended_at(deployment)
    if end is not None and now >= end:
        if deployment.stopped_at is not None and deployment.stopped_at <= end:
            return LIQUIDATED if deployment.liquidated else STOPPED
        return RUNTIME_ERROR
    return IN_QUEUE if now < deployment.start_at else RUNNING


def lived_until(deployment: LiveDeployment, now: float) -> float:
    """The time up to which the deployment has traded: now, or when it ended."""
    end = ended_at(deployment)
    return now if end is None else min(now, end)


def starting_equity(deployment: LiveDeployment) -> float:
    """Cash (every currency counted 1:1) plus the starting holdings at their average price."""
    return sum(deployment.cash.values()) + sum(h.quantity * h.average_price for h in deployment.holdings)
