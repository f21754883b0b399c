from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="Portfolio")


@_attrs_define(repr=False)
class Portfolio:
    """Holdings and cash of a live algorithm."""

    holdings: PortfolioHoldings
    """ Holdings by security identifier (`[]` when none). """
    cash: PortfolioCash
    """ Cash by currency code (`[]` when none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        holdings = self.holdings.to_dict()

        cash = self.cash.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "holdings": holdings,
                "cash": cash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        holdings = PortfolioHoldings.from_dict(d.pop("holdings"))

        cash = PortfolioCash.from_dict(d.pop("cash"))

        portfolio = cls(
            holdings=holdings,
            cash=cash,
        )

        portfolio.additional_properties = d
        return portfolio

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
    "holdings",
    "cash",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.portfolio_cash import PortfolioCash  # noqa: E402
from ..models.portfolio_holdings import PortfolioHoldings  # noqa: E402
