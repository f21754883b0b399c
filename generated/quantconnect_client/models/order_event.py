from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_direction import OrderDirection, check_order_direction
from ..models.order_event_status import OrderEventStatus, check_order_event_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OrderEvent")


@_attrs_define(repr=False)
class OrderEvent:
    """A change in the state of an order, such as a fill."""

    order_id: int
    """ Id of the order. """
    order_fee_amount: float | None
    """ Fee charged for the event. """
    order_fee_currency: str | None
    """ Currency of the fee. """
    message: str | None
    """ Message of the exchange or brokerage. """
    stop_price: float | None
    """ Stop price at the time of the event. """
    limit_price: float | None
    """ Limit price at the time of the event. """
    algorithm_id: str | Unset = UNSET
    """ Id of the algorithm (the backtest id or deployment id). """
    symbol: str | Unset = UNSET
    """ Security identifier of the order's asset. """
    symbol_value: str | Unset = UNSET
    """ Current ticker of the asset. """
    symbol_permtick: str | Unset = UNSET
    """ Ticker of the asset at listing. """
    order_event_id: int | Unset = UNSET
    """ Number of the event within its order. """
    id: str | Unset = UNSET
    """ Id of the event, unique within the algorithm. """
    status: OrderEventStatus | str | Unset = UNSET
    """ State of the order after the event (see OrderEventStatus; any string is accepted). """
    fill_price: float | Unset = UNSET
    """ Price of the fill; 0 for events that are not fills. """
    fill_price_currency: str | Unset = UNSET
    """ Currency of `fillPrice`. """
    fill_quantity: float | Unset = UNSET
    """ Quantity filled by this event. """
    direction: OrderDirection | str | Unset = UNSET
    """ Buy, sell or hold (see OrderDirection; any string is accepted). """
    is_assignment: bool | Unset = UNSET
    """ Whether the event is an option assignment. """
    quantity: float | Unset = UNSET
    """ Quantity of the order at the time of the event. """
    time: float | Unset = UNSET
    """ When the event happened, Unix seconds. """
    is_in_the_money: bool | Unset = UNSET
    """ Whether the option of the event was in the money. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_fee_amount: float | None
        order_fee_amount = self.order_fee_amount

        order_fee_currency: str | None
        order_fee_currency = self.order_fee_currency

        message: str | None
        message = self.message

        stop_price: float | None
        stop_price = self.stop_price

        limit_price: float | None
        limit_price = self.limit_price

        algorithm_id = self.algorithm_id

        symbol = self.symbol

        symbol_value = self.symbol_value

        symbol_permtick = self.symbol_permtick

        order_event_id = self.order_event_id

        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        fill_price = self.fill_price

        fill_price_currency = self.fill_price_currency

        fill_quantity = self.fill_quantity

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        is_assignment = self.is_assignment

        quantity = self.quantity

        time = self.time

        is_in_the_money = self.is_in_the_money

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "orderFeeAmount": order_fee_amount,
                "orderFeeCurrency": order_fee_currency,
                "message": message,
                "stopPrice": stop_price,
                "limitPrice": limit_price,
            }
        )
        if algorithm_id is not UNSET:
            field_dict["algorithmId"] = algorithm_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if symbol_value is not UNSET:
            field_dict["symbolValue"] = symbol_value
        if symbol_permtick is not UNSET:
            field_dict["symbolPermtick"] = symbol_permtick
        if order_event_id is not UNSET:
            field_dict["orderEventId"] = order_event_id
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if fill_price is not UNSET:
            field_dict["fillPrice"] = fill_price
        if fill_price_currency is not UNSET:
            field_dict["fillPriceCurrency"] = fill_price_currency
        if fill_quantity is not UNSET:
            field_dict["fillQuantity"] = fill_quantity
        if direction is not UNSET:
            field_dict["direction"] = direction
        if is_assignment is not UNSET:
            field_dict["isAssignment"] = is_assignment
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if time is not UNSET:
            field_dict["time"] = time
        if is_in_the_money is not UNSET:
            field_dict["isInTheMoney"] = is_in_the_money

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        order_fee_amount: float | None = d.pop("orderFeeAmount", None)

        order_fee_currency: str | None = d.pop("orderFeeCurrency", None)

        message: str | None = d.pop("message", None)

        stop_price: float | None = d.pop("stopPrice", None)

        limit_price: float | None = d.pop("limitPrice", None)

        algorithm_id = d.pop("algorithmId", UNSET)

        symbol = d.pop("symbol", UNSET)

        symbol_value = d.pop("symbolValue", UNSET)

        symbol_permtick = d.pop("symbolPermtick", UNSET)

        order_event_id = d.pop("orderEventId", UNSET)

        id = d.pop("id", UNSET)

        def _parse_status(data: object) -> OrderEventStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_order_event_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderEventStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        fill_price = d.pop("fillPrice", UNSET)

        fill_price_currency = d.pop("fillPriceCurrency", UNSET)

        fill_quantity = d.pop("fillQuantity", UNSET)

        def _parse_direction(data: object) -> OrderDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_order_direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        is_assignment = d.pop("isAssignment", UNSET)

        quantity = d.pop("quantity", UNSET)

        time = d.pop("time", UNSET)

        is_in_the_money = d.pop("isInTheMoney", UNSET)

        order_event = cls(
            order_id=order_id,
            order_fee_amount=order_fee_amount,
            order_fee_currency=order_fee_currency,
            message=message,
            stop_price=stop_price,
            limit_price=limit_price,
            algorithm_id=algorithm_id,
            symbol=symbol,
            symbol_value=symbol_value,
            symbol_permtick=symbol_permtick,
            order_event_id=order_event_id,
            id=id,
            status=status,
            fill_price=fill_price,
            fill_price_currency=fill_price_currency,
            fill_quantity=fill_quantity,
            direction=direction,
            is_assignment=is_assignment,
            quantity=quantity,
            time=time,
            is_in_the_money=is_in_the_money,
        )

        order_event.additional_properties = d
        return order_event

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
    "order_id",
    "order_fee_amount",
    "order_fee_currency",
    "message",
    "stop_price",
    "limit_price",
    "algorithm_id",
    "symbol",
    "symbol_value",
    "symbol_permtick",
    "order_event_id",
    "id",
    "status",
    "fill_price",
    "fill_price_currency",
    "fill_quantity",
    "direction",
    "is_assignment",
    "quantity",
    "time",
    "is_in_the_money",
)
