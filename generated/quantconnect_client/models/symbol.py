from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Symbol")


@_attrs_define(repr=False)
class Symbol:
    """A security; `id` is stable over its life, `value` is its current ticker."""

    value: str
    """ Current ticker. """
    id: str | Unset = UNSET
    """ Security identifier. """
    permtick: str | Unset = UNSET
    """ Ticker at listing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        id = self.id

        permtick = self.permtick

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if permtick is not UNSET:
            field_dict["permtick"] = permtick

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        id = d.pop("id", UNSET)

        permtick = d.pop("permtick", UNSET)

        symbol = cls(
            value=value,
            id=id,
            permtick=permtick,
        )

        symbol.additional_properties = d
        return symbol

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
    "value",
    "id",
    "permtick",
)
