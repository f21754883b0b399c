from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="GroupOrderManager")


@_attrs_define(repr=False)
class GroupOrderManager:
    """The orders placed together as one combo order."""

    limit_price: float | None
    """ Limit price of the combo, if any. """
    id: int | Unset = UNSET
    """ Id of the group. """
    quantity: float | Unset = UNSET
    """ Quantity of the combo. """
    count: int | Unset = UNSET
    """ Number of orders in the group. """
    order_ids: list[int] | Unset = UNSET
    """ Ids of the orders in the group. """
    direction: int | Unset = UNSET
    """ 0 buy, 1 sell, 2 hold (from the sign of the quantity). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_price: float | None
        limit_price = self.limit_price

        id = self.id

        quantity = self.quantity

        count = self.count

        order_ids: list[int] | Unset = UNSET
        if not isinstance(self.order_ids, Unset):
            order_ids = self.order_ids

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limitPrice": limit_price,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if count is not UNSET:
            field_dict["count"] = count
        if order_ids is not UNSET:
            field_dict["orderIds"] = order_ids
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit_price: float | None = d.pop("limitPrice", None)

        id = d.pop("id", UNSET)

        quantity = d.pop("quantity", UNSET)

        count = d.pop("count", UNSET)

        order_ids = cast("list[int]", d.pop("orderIds", UNSET))

        direction = d.pop("direction", UNSET)

        group_order_manager = cls(
            limit_price=limit_price,
            id=id,
            quantity=quantity,
            count=count,
            order_ids=order_ids,
            direction=direction,
        )

        group_order_manager.additional_properties = d
        return group_order_manager

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
    "limit_price",
    "id",
    "quantity",
    "count",
    "order_ids",
    "direction",
)
