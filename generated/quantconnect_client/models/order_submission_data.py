from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OrderSubmissionData")


@_attrs_define(repr=False)
class OrderSubmissionData:
    """Market prices when an order was submitted."""

    bid_price: float | Unset = UNSET
    """ Best bid. """
    ask_price: float | Unset = UNSET
    """ Best ask. """
    last_price: float | Unset = UNSET
    """ Last traded price. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bid_price = self.bid_price

        ask_price = self.ask_price

        last_price = self.last_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bid_price is not UNSET:
            field_dict["bidPrice"] = bid_price
        if ask_price is not UNSET:
            field_dict["askPrice"] = ask_price
        if last_price is not UNSET:
            field_dict["lastPrice"] = last_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bid_price = d.pop("bidPrice", UNSET)

        ask_price = d.pop("askPrice", UNSET)

        last_price = d.pop("lastPrice", UNSET)

        order_submission_data = cls(
            bid_price=bid_price,
            ask_price=ask_price,
            last_price=last_price,
        )

        order_submission_data.additional_properties = d
        return order_submission_data

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
    "bid_price",
    "ask_price",
    "last_price",
)
