from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LiveBrokerageSettings")


@_attrs_define(repr=False)
class LiveBrokerageSettings:
    """The brokerage to trade with: its module `id` and the settings that brokerage needs. The paper
    brokerage (`QuantConnectBrokerage`) takes a starting `cash` and `holdings`; other brokerages take their
    own keys (`ib-user-name`, `tradier-access-token`, `alpaca-environment`, ...), which are kept and sent
    as given. QuantConnect's document has one schema per brokerage.

    """

    id: str
    """ Brokerage module id, such as `QuantConnectBrokerage` (paper trading), `InteractiveBrokersBrokerage`,
    `TradierBrokerage`, `BinanceBrokerage`, `CoinbaseBrokerage`, `KrakenBrokerage`, `OandaBrokerage`,
    `AlpacaBrokerage`, `TradeStationBrokerage`, `CharlesSchwabBrokerage`, `TastytradeBrokerage`.
     """
    holdings: list[BrokerageHolding] | Unset = UNSET
    """ Positions the account starts with. """
    cash: list[CashAmount] | Unset = UNSET
    """ Cash the account starts with, by currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        holdings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.holdings, Unset):
            holdings = []
            for holdings_item_data in self.holdings:
                holdings_item = holdings_item_data.to_dict()
                holdings.append(holdings_item)

        cash: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash, Unset):
            cash = []
            for cash_item_data in self.cash:
                cash_item = cash_item_data.to_dict()
                cash.append(cash_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if holdings is not UNSET:
            field_dict["holdings"] = holdings
        if cash is not UNSET:
            field_dict["cash"] = cash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _holdings = d.pop("holdings", UNSET)
        holdings: list[BrokerageHolding] | Unset = UNSET
        if _holdings is not UNSET:
            holdings = []
            for holdings_item_data in _holdings:
                holdings_item = BrokerageHolding.from_dict(holdings_item_data)

                holdings.append(holdings_item)

        _cash = d.pop("cash", UNSET)
        cash: list[CashAmount] | Unset = UNSET
        if _cash is not UNSET:
            cash = []
            for cash_item_data in _cash:
                cash_item = CashAmount.from_dict(cash_item_data)

                cash.append(cash_item)

        live_brokerage_settings = cls(
            id=id,
            holdings=holdings,
            cash=cash,
        )

        live_brokerage_settings.additional_properties = d
        return live_brokerage_settings

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
    "id",
    "holdings",
    "cash",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.brokerage_holding import BrokerageHolding  # noqa: E402
from ..models.cash_amount import CashAmount  # noqa: E402
