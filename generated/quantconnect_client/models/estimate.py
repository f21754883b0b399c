from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="Estimate")


@_attrs_define(repr=False)
class Estimate:
    """How long an optimization would take, and the QCC balance to pay for it."""

    estimate_id: str
    """ Id of the estimate. """
    time: int
    """ Estimated run time in seconds. """
    balance: int
    """ The organization's QCC balance, in whole QCC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimate_id = self.estimate_id

        time = self.time

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "estimateId": estimate_id,
                "time": time,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        estimate_id = d.pop("estimateId")

        time = d.pop("time")

        balance = d.pop("balance")

        estimate = cls(
            estimate_id=estimate_id,
            time=time,
            balance=balance,
        )

        estimate.additional_properties = d
        return estimate

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
    "estimate_id",
    "time",
    "balance",
)
