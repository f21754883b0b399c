from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AccountResponse")


@_attrs_define(repr=False)
class AccountResponse:
    """An organization's account."""

    success: bool
    """ Whether the request did what it asked. """
    organization_id: str
    """ Id of the organization. """
    credit_balance: float
    """ The organization's balance in QCC, which optimizations and live nodes are paid from. """
    card: Card | None
    """ The card the organization is billed to; null when it has none (lean-cli reads it as optional). """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        organization_id = self.organization_id

        credit_balance = self.credit_balance

        card: dict[str, Any] | None
        if isinstance(self.card, Card):
            card = self.card.to_dict()
        else:
            card = self.card

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "organizationId": organization_id,
                "creditBalance": credit_balance,
                "card": card,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        organization_id = d.pop("organizationId")

        credit_balance = d.pop("creditBalance")

        def _parse_card(data: object) -> Card | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = Card.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Card | None, data)

        card = _parse_card(d.pop("card", None))

        errors = cast("list[str]", d.pop("errors", UNSET))

        account_response = cls(
            success=success,
            organization_id=organization_id,
            credit_balance=credit_balance,
            card=card,
            errors=errors,
        )

        account_response.additional_properties = d
        return account_response

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
    "organization_id",
    "credit_balance",
    "card",
    "errors",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.card import Card  # noqa: E402
