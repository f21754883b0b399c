from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OrderProperties")


@_attrs_define(repr=False)
class OrderProperties:
    """Extra settings of an order; the keys depend on the brokerage."""

    time_in_force: OrderPropertiesTimeInForce | Unset = UNSET
    """ How long the order stays active; its form depends on the kind of time in force. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_in_force: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _time_in_force = d.pop("timeInForce", UNSET)
        time_in_force: OrderPropertiesTimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = OrderPropertiesTimeInForce.from_dict(_time_in_force)

        order_properties = cls(
            time_in_force=time_in_force,
        )

        order_properties.additional_properties = d
        return order_properties

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


_FIELDS = ("time_in_force",)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.order_properties_time_in_force import OrderPropertiesTimeInForce  # noqa: E402
