from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupOrderManager")


@_attrs_define
class GroupOrderManager:
    """The orders placed together as one combo order."""

    id: int | Unset = UNSET
    """ Id of the group. """
    quantity: float | Unset = UNSET
    """ Quantity of the combo. """
    count: int | Unset = UNSET
    """ Number of orders in the group. """
    limit_price: float | Unset | None = UNSET
    """ Limit price of the combo, if any. """
    order_ids: list[int] | Unset = UNSET
    """ Ids of the orders in the group. """
    direction: int | Unset = UNSET
    """ 0 buy, 1 sell, 2 hold (from the sign of the quantity). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        quantity = self.quantity

        count = self.count

        limit_price: float | Unset | None
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = self.limit_price

        order_ids: list[int] | Unset = UNSET
        if not isinstance(self.order_ids, Unset):
            order_ids = self.order_ids

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if count is not UNSET:
            field_dict["count"] = count
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if order_ids is not UNSET:
            field_dict["orderIds"] = order_ids
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        quantity = d.pop("quantity", UNSET)

        count = d.pop("count", UNSET)

        limit_price: float | Unset | None = d.pop("limitPrice", UNSET)

        order_ids = cast("list[int]", d.pop("orderIds", UNSET))

        direction = d.pop("direction", UNSET)

        group_order_manager = cls(
            id=id,
            quantity=quantity,
            count=count,
            limit_price=limit_price,
            order_ids=order_ids,
            direction=direction,
        )

        group_order_manager.additional_properties = d
        return group_order_manager

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
