from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="LiveCommand")


@_attrs_define(repr=False)
class LiveCommand(Mapping[str, "Any"]):
    """A command for a live algorithm: any JSON object. With `$type` it names a command class of the
    algorithm, whose fields the other keys fill; without, the algorithm's generic `on_command` gets it.

        Example:
            {'$type': 'OrderCommand', 'symbol': {'id': 'SPY R735QTJ8XC9X', 'value': 'SPY'}, 'order_type': 'market',
                'quantity': '10'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        live_command = cls()

        live_command.additional_properties = d
        return live_command

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __len__(self) -> int:
        return len(self.additional_properties)

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


_FIELDS = ()
