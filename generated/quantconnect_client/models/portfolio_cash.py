from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="PortfolioCash")


@_attrs_define(repr=False)
class PortfolioCash(Mapping[str, "Cash"]):
    """Cash by currency code (`[]` when none)."""

    additional_properties: dict[str, Cash] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        portfolio_cash = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Cash.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        portfolio_cash.additional_properties = additional_properties
        return portfolio_cash

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Cash:
        return self.additional_properties[key]

    def __len__(self) -> int:
        return len(self.additional_properties)

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


_FIELDS = ()


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.cash import Cash  # noqa: E402
