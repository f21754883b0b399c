from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LivePortfolioResponse")


@_attrs_define(repr=False)
class LivePortfolioResponse:
    """The portfolio of a live algorithm."""

    success: bool
    """ Whether the request did what it asked. """
    portfolio: Portfolio
    """ Holdings and cash of a live algorithm. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        portfolio = self.portfolio.to_dict()

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "portfolio": portfolio,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        portfolio = Portfolio.from_dict(d.pop("portfolio"))

        errors = cast("list[str]", d.pop("errors", UNSET))

        live_portfolio_response = cls(
            success=success,
            portfolio=portfolio,
            errors=errors,
        )

        live_portfolio_response.additional_properties = d
        return live_portfolio_response

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
    "success",
    "portfolio",
    "errors",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.portfolio import Portfolio  # noqa: E402
