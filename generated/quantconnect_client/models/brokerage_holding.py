from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="BrokerageHolding")


@_attrs_define(repr=False)
class BrokerageHolding:
    """A position a live deployment starts with."""

    symbol_id: str
    """ Security identifier of the asset. """
    symbol: str
    """ Ticker of the asset. """
    quantity: float
    """ Quantity held; negative for a short position. """
    average_price: float
    """ Average price paid, in the currency the asset trades in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_id = self.symbol_id

        symbol = self.symbol

        quantity = self.quantity

        average_price = self.average_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbolId": symbol_id,
                "symbol": symbol,
                "quantity": quantity,
                "averagePrice": average_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol_id = d.pop("symbolId")

        symbol = d.pop("symbol")

        quantity = d.pop("quantity")

        average_price = d.pop("averagePrice")

        brokerage_holding = cls(
            symbol_id=symbol_id,
            symbol=symbol,
            quantity=quantity,
            average_price=average_price,
        )

        brokerage_holding.additional_properties = d
        return brokerage_holding

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
    "symbol_id",
    "symbol",
    "quantity",
    "average_price",
)
