from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="Trade")


@_attrs_define(repr=False)
class Trade:
    """A closed trade."""

    symbol: Symbol
    """ A security; `id` is stable over its life, `value` is its current ticker. """
    entry_time: datetime.datetime
    """ When the trade was opened. """
    entry_price: float
    """ (Mean) entry price. """
    direction: int
    """ 0 long, 1 short. """
    quantity: float
    """ Unsigned quantity. """
    exit_time: datetime.datetime
    """ When the trade was closed. """
    exit_price: float
    """ (Mean) exit price. """
    profit_loss: float
    """ Gross profit or loss in account currency. """
    total_fees: float
    """ Fees in account currency. """
    mae: float
    """ Maximum adverse excursion. """
    mfe: float
    """ Maximum favorable excursion. """
    duration: str
    """ Duration as a TimeSpan string. """
    end_trade_drawdown: float
    """ Profit given back before the close. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol.to_dict()

        entry_time = self.entry_time.isoformat()

        entry_price = self.entry_price

        direction = self.direction

        quantity = self.quantity

        exit_time = self.exit_time.isoformat()

        exit_price = self.exit_price

        profit_loss = self.profit_loss

        total_fees = self.total_fees

        mae = self.mae

        mfe = self.mfe

        duration = self.duration

        end_trade_drawdown = self.end_trade_drawdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "entryTime": entry_time,
                "entryPrice": entry_price,
                "direction": direction,
                "quantity": quantity,
                "exitTime": exit_time,
                "exitPrice": exit_price,
                "profitLoss": profit_loss,
                "totalFees": total_fees,
                "mae": mae,
                "mfe": mfe,
                "duration": duration,
                "endTradeDrawdown": end_trade_drawdown,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = Symbol.from_dict(d.pop("symbol"))

        entry_time = datetime.datetime.fromisoformat(d.pop("entryTime"))

        entry_price = d.pop("entryPrice")

        direction = d.pop("direction")

        quantity = d.pop("quantity")

        exit_time = datetime.datetime.fromisoformat(d.pop("exitTime"))

        exit_price = d.pop("exitPrice")

        profit_loss = d.pop("profitLoss")

        total_fees = d.pop("totalFees")

        mae = d.pop("mae")

        mfe = d.pop("mfe")

        duration = d.pop("duration")

        end_trade_drawdown = d.pop("endTradeDrawdown")

        trade = cls(
            symbol=symbol,
            entry_time=entry_time,
            entry_price=entry_price,
            direction=direction,
            quantity=quantity,
            exit_time=exit_time,
            exit_price=exit_price,
            profit_loss=profit_loss,
            total_fees=total_fees,
            mae=mae,
            mfe=mfe,
            duration=duration,
            end_trade_drawdown=end_trade_drawdown,
        )

        trade.additional_properties = d
        return trade

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


_FIELDS = (
    "symbol",
    "entry_time",
    "entry_price",
    "direction",
    "quantity",
    "exit_time",
    "exit_price",
    "profit_loss",
    "total_fees",
    "mae",
    "mfe",
    "duration",
    "end_trade_drawdown",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.symbol import Symbol  # noqa: E402
