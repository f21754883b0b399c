"""The demo's live chapter: deploy the compiled project to paper trading, watch it, liquidate and stop it.

Paper trading runs on QuantConnect's own brokerage (`QuantConnectBrokerage`) with simulated money. Against the mock
any live node id will do; on the real API a deployment takes one of the organization's live nodes, so the
chapter runs only when QUANTCONNECT_LIVE_NODE_ID names one (scripts/demo.py decides). The deployment is stopped
at the end, and by the clean-up if the story ends early.
"""

from __future__ import annotations

import contextlib
import itertools
import time

from quantconnect_client import APIError, Progress
from quantconnect_client.models import LiveAlgorithmResults, LiveBrokerageSettings, Order, Portfolio, RuntimeStatistics

from .demo_steps import Demo
from .demo_text import Tracker

__all__ = ["MOCK_LIVE_NODE", "live_workflow"]

PAPER = "QuantConnectBrokerage"
MOCK_LIVE_NODE = "LN-0d3m0"
# How long the demo watches the algorithm trade; the mock lives about 17 simulated days a second.
WATCH_SECONDS = 3.0


def live_workflow(
    demo: Demo, project_id: int, compile_id: str, node_id: str, watch_seconds: float = WATCH_SECONDS
) -> None:
    """Deploy on paper, wait until it runs, watch equity and holdings, liquidate, stop."""
    live = demo.client.live
    demo.say.step(f"Deploy project {project_id} to paper trading on live node {node_id}")
    created = live.create(
        project_id=project_id,
        compile_id=compile_id,
        node_id=node_id,
        brokerage=LiveBrokerageSettings(id=PAPER),
        automatic_redeploy=False,
    )
    demo.created("live", f"the live algorithm {created.deploy_id}", lambda: _stop_quietly(demo, project_id))
    demo.say.say(f"deploy id {created.deploy_id}, status {created.live.status}")

    demo.say.step("Wait for the live algorithm to run")
    with demo.say.waiting("deploy") as bar:
        running = live.wait(
            project_id=project_id,
            timeout=demo.wait_limit,
            poll=demo.delays(),
            on_progress=lambda progress: _show_status(bar, progress),
        )
    demo.say.say(f"running on {running.brokerage} in {running.datacenter} since {running.launched:%Y-%m-%d %H:%M:%S}")

    demo.say.step(f"Watch its equity and holdings for {watch_seconds:g} s")
    started = time.monotonic()
    with demo.say.waiting("live") as bar:
        demo.watch(
            lambda: live.read(project_id=project_id),
            lambda _: time.monotonic() - started >= watch_seconds,
            lambda read: bar.show(_banner(read), min(watch_seconds, time.monotonic() - started), watch_seconds),
        )
    portfolio = live.read_portfolio(project_id=project_id)
    _holdings_table(demo, portfolio)

    demo.say.step("Liquidate: sell every holding, which also stops the algorithm")
    before = live.iter_orders(project_id=project_id).length
    live.liquidate(project_id=project_id)
    with demo.say.waiting("liquidate") as bar:
        liquidated = live.wait_stopped(
            project_id=project_id,
            timeout=demo.wait_limit,
            poll=demo.delays(),
            on_progress=lambda progress: _show_status(bar, progress),
        )
    orders = list(live.iter_orders(project_id=project_id))
    closing = orders[before:]
    demo.say.say(f"status {liquidated.status}; {len(orders)} orders in all, these closed the holdings:")
    rows = [(o.id, _ticker(o), f"{o.quantity:,.0f}", f"{o.price:,.2f}", o.tag or "") for o in closing]
    demo.say.table(["Id", "Symbol", "Quantity", "Price", "Tag"], rows)

    demo.say.step("Stop the live algorithm (already stopped by the liquidation: a repeat is harmless)")
    live.stop(project_id=project_id)
    demo.removed("live")
    final = live.read(project_id=project_id)
    cash = live.read_portfolio(project_id=project_id).cash.to_dict()
    amount = cash.get("USD", {}).get("amount", 0)
    stopped = f"{final.stopped:%Y-%m-%d %H:%M:%S}" if final.stopped else "-"
    demo.say.say(f"status {final.status}, stopped {stopped}; the portfolio holds ${amount:,.2f} in cash")


def _ticker(order: Order) -> str:
    value = order.symbol.value if order.symbol else None
    return value if isinstance(value, str) and value else "-"


def _show_status(bar: Tracker, progress: Progress[LiveAlgorithmResults]) -> None:
    bar.show(f"status {progress.status}")


def _banner(read: LiveAlgorithmResults) -> str:
    """`equity $100,412.50, holdings $99,980.00, net profit $412.50` from the runtime statistics."""
    statistics = read.runtime_statistics
    if not isinstance(statistics, RuntimeStatistics):
        return f"status {read.status}"
    values = statistics.to_dict()
    parts = [f"{name.lower()} {values[name]}" for name in ("Equity", "Holdings", "Net Profit") if name in values]
    return ", ".join(parts) or f"status {read.status}"


def _holdings_table(demo: Demo, portfolio: Portfolio) -> None:
    holdings = portfolio.holdings.to_dict()
    rows = [
        (symbol, f"{h.get('q', 0):,.0f}", f"{h.get('a', 0):,.2f}", f"{h.get('p', 0):,.2f}", f"{h.get('u', 0):,.2f}")
        for symbol, h in itertools.islice(holdings.items(), 10)
    ]
    if rows:
        demo.say.table(["Holding", "Quantity", "Average", "Price", "Unrealized"], rows, title="holdings:")
    else:
        demo.say.say("no holdings at the moment (the strategy is in cash)")
    for currency, cash in portfolio.cash.to_dict().items():
        demo.say.say(f"cash {currency} {cash.get('amount', 0):,.2f}")


def _stop_quietly(demo: Demo, project_id: int) -> None:
    with contextlib.suppress(APIError):  # never deployed, or already stopped
        demo.client.live.stop(project_id=project_id)
