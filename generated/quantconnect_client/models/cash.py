from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Cash")


@_attrs_define(repr=False)
class Cash:
    """Cash held in one currency."""

    symbol: str
    """ Currency code, such as `USD`. """
    amount: float
    """ Amount held. """
    conversion_rate: float | Unset = UNSET
    """ Value of one unit in the account currency. """
    currency_symbol: str | Unset = UNSET
    """ Sign of the currency, such as `$`. """
    value_in_account_currency: float | Unset = UNSET
    """ Value of the amount in the account currency. """
    security_symbols: list[Symbol] | Unset = UNSET
    """ Securities whose trades settle in this currency (conversion pairs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        amount = self.amount

        conversion_rate = self.conversion_rate

        currency_symbol = self.currency_symbol

        value_in_account_currency = self.value_in_account_currency

        security_symbols: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.security_symbols, Unset):
            security_symbols = []
            for security_symbols_item_data in self.security_symbols:
                security_symbols_item = security_symbols_item_data.to_dict()
                security_symbols.append(security_symbols_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "amount": amount,
            }
        )
        if conversion_rate is not UNSET:
            field_dict["conversionRate"] = conversion_rate
        if currency_symbol is not UNSET:
            field_dict["currencySymbol"] = currency_symbol
        if value_in_account_currency is not UNSET:
            field_dict["valueInAccountCurrency"] = value_in_account_currency
        if security_symbols is not UNSET:
            field_dict["securitySymbols"] = security_symbols

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        amount = d.pop("amount")

        conversion_rate = d.pop("conversionRate", UNSET)

        currency_symbol = d.pop("currencySymbol", UNSET)

        value_in_account_currency = d.pop("valueInAccountCurrency", UNSET)

        _security_symbols = d.pop("securitySymbols", UNSET)
        security_symbols: list[Symbol] | Unset = UNSET
        if _security_symbols is not UNSET:
            security_symbols = []
            for security_symbols_item_data in _security_symbols:
                security_symbols_item = Symbol.from_dict(security_symbols_item_data)

                security_symbols.append(security_symbols_item)

        cash = cls(
            symbol=symbol,
            amount=amount,
            conversion_rate=conversion_rate,
            currency_symbol=currency_symbol,
            value_in_account_currency=value_in_account_currency,
            security_symbols=security_symbols,
        )

        cash.additional_properties = d
        return cash

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
    "symbol",
    "amount",
    "conversion_rate",
    "currency_symbol",
    "value_in_account_currency",
    "security_symbols",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.symbol import Symbol  # noqa: E402
