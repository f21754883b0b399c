"""The organization's QCC balance: the `balance` setting less what optimizations were charged.

The optimizations handler charges each optimization's `estimatedCost` when it creates it (`charge_optimization`),
so `/account/read` shows the balance going down; `balance()` is what any answer reporting the balance should send.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import ApiError

if TYPE_CHECKING:
    from .handlers.base import Context

__all__ = ["Account", "Charge", "balance", "charge_optimization"]


@dataclass(frozen=True)
class Charge:
    what: str
    amount: float
    at: float


@dataclass
class Account:
    """What the organization was charged, in order."""

    charges: list[Charge] = field(default_factory=list)

    @property
    def spent(self) -> float:
        return sum(charge.amount for charge in self.charges)


def balance(ctx: Context) -> float:
    """The organization's balance in QCC now."""
    return float(ctx.settings.balance) - ctx.store.surface.account.spent


def charge_optimization(ctx: Context, estimated_cost: float, what: str = "optimization") -> None:
    """Takes an optimization's `estimatedCost` from the balance; ApiError (and no charge) when it does not cover it.

    Call it after the request was checked and before anything is created, so that a refused request costs nothing.
    """
    if not isinstance(estimated_cost, int | float) or isinstance(estimated_cost, bool):
        raise ApiError(f"estimatedCost: {estimated_cost!r} is not a number of QCC.")
    if not math.isfinite(estimated_cost) or estimated_cost < 0:
        raise ApiError(f"estimatedCost: {estimated_cost!r} must be a number of QCC, 0 or more.")
    available = balance(ctx)
    if estimated_cost > available:
        raise ApiError(
            f"Insufficient balance: the optimization is estimated at {estimated_cost:g} QCC and the organization "
            f"has {available:g} QCC."
        )
    ctx.store.surface.account.charges.append(Charge(what, float(estimated_cost), ctx.now))
