from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Trade")


@_attrs_define(repr=False)
class Trade:
    """A closed trade."""

    symbol: Symbol | Unset = UNSET
    """ A security; `id` is stable over its life, `value` is its current ticker. """
    entry_time: datetime.datetime | Unset = UNSET
    """ When the trade was opened. """
    entry_price: float | Unset = UNSET
    """ (Mean) entry price. """
    direction: int | Unset = UNSET
    """ 0 long, 1 short. """
    quantity: float | Unset = UNSET
    """ Unsigned quantity. """
    exit_time: datetime.datetime | Unset = UNSET
    """ When the trade was closed. """
    exit_price: float | Unset = UNSET
    """ (Mean) exit price. """
    profit_loss: float | Unset = UNSET
    """ Gross profit or loss in account currency. """
    total_fees: float | Unset = UNSET
    """ Fees in account currency. """
    mae: float | Unset = UNSET
    """ Maximum adverse excursion. """
    mfe: float | Unset = UNSET
    """ Maximum favorable excursion. """
    duration: str | Unset = UNSET
    """ Duration as a TimeSpan string. """
    end_trade_drawdown: float | Unset = UNSET
    """ Profit given back before the close. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol: dict[str, Any] | Unset = UNSET
        if not isinstance(self.symbol, Unset):
            symbol = self.symbol.to_dict()

        entry_time: str | Unset = UNSET
        if not isinstance(self.entry_time, Unset):
            entry_time = self.entry_time.isoformat()

        entry_price = self.entry_price

        direction = self.direction

        quantity = self.quantity

        exit_time: str | Unset = UNSET
        if not isinstance(self.exit_time, Unset):
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
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if entry_time is not UNSET:
            field_dict["entryTime"] = entry_time
        if entry_price is not UNSET:
            field_dict["entryPrice"] = entry_price
        if direction is not UNSET:
            field_dict["direction"] = direction
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if exit_time is not UNSET:
            field_dict["exitTime"] = exit_time
        if exit_price is not UNSET:
            field_dict["exitPrice"] = exit_price
        if profit_loss is not UNSET:
            field_dict["profitLoss"] = profit_loss
        if total_fees is not UNSET:
            field_dict["totalFees"] = total_fees
        if mae is not UNSET:
            field_dict["mae"] = mae
        if mfe is not UNSET:
            field_dict["mfe"] = mfe
        if duration is not UNSET:
            field_dict["duration"] = duration
        if end_trade_drawdown is not UNSET:
            field_dict["endTradeDrawdown"] = end_trade_drawdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _symbol = d.pop("symbol", UNSET)
        symbol: Symbol | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = Symbol.from_dict(_symbol)

        _entry_time = d.pop("entryTime", UNSET)
        entry_time: datetime.datetime | Unset
        if isinstance(_entry_time, Unset):
            entry_time = UNSET
        else:
            entry_time = datetime.datetime.fromisoformat(_entry_time)

        entry_price = d.pop("entryPrice", UNSET)

        direction = d.pop("direction", UNSET)

        quantity = d.pop("quantity", UNSET)

        _exit_time = d.pop("exitTime", UNSET)
        exit_time: datetime.datetime | Unset
        if isinstance(_exit_time, Unset):
            exit_time = UNSET
        else:
            exit_time = datetime.datetime.fromisoformat(_exit_time)

        exit_price = d.pop("exitPrice", UNSET)

        profit_loss = d.pop("profitLoss", UNSET)

        total_fees = d.pop("totalFees", UNSET)

        mae = d.pop("mae", UNSET)

        mfe = d.pop("mfe", UNSET)

        duration = d.pop("duration", UNSET)

        end_trade_drawdown = d.pop("endTradeDrawdown", UNSET)

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
