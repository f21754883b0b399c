from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Holding")


@_attrs_define(repr=False)
class Holding:
    """A position, with one-letter field names as LEAN writes them. Other fields LEAN adds are kept."""

    a: float
    """ Average price paid, in the currency the asset trades in. """
    q: float
    """ Quantity held; negative for a short position. """
    symbol: Symbol | Unset = UNSET
    """ A security; `id` is stable over its life, `value` is its current ticker. """
    p: float | Unset = UNSET
    """ Current market price, in the currency the asset trades in. """
    v: float | Unset = UNSET
    """ Market value of the position. """
    u: float | Unset = UNSET
    """ Unrealized profit or loss. """
    up: float | Unset = UNSET
    """ Unrealized profit or loss, in percent of the cost. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        a = self.a

        q = self.q

        symbol: dict[str, Any] | Unset = UNSET
        if not isinstance(self.symbol, Unset):
            symbol = self.symbol.to_dict()

        p = self.p

        v = self.v

        u = self.u

        up = self.up

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "a": a,
                "q": q,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if p is not UNSET:
            field_dict["p"] = p
        if v is not UNSET:
            field_dict["v"] = v
        if u is not UNSET:
            field_dict["u"] = u
        if up is not UNSET:
            field_dict["up"] = up

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        a = d.pop("a")

        q = d.pop("q")

        _symbol = d.pop("symbol", UNSET)
        symbol: Symbol | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = Symbol.from_dict(_symbol)

        p = d.pop("p", UNSET)

        v = d.pop("v", UNSET)

        u = d.pop("u", UNSET)

        up = d.pop("up", UNSET)

        holding = cls(
            a=a,
            q=q,
            symbol=symbol,
            p=p,
            v=v,
            u=u,
            up=up,
        )

        holding.additional_properties = d
        return holding

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
    "a",
    "q",
    "symbol",
    "p",
    "v",
    "u",
    "up",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.symbol import Symbol  # noqa: E402
