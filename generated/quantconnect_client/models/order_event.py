from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_direction import OrderDirection
from ..models.order_event_status import OrderEventStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderEvent")


@_attrs_define
class OrderEvent:
    """A change in the state of an order, such as a fill."""

    order_id: int
    """ Id of the order. """
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
    order_fee_amount: float | Unset | None = UNSET
    """ Fee charged for the event. """
    order_fee_currency: str | Unset | None = UNSET
    """ Currency of the fee. """
    fill_price: float | Unset = UNSET
    """ Price of the fill; 0 for events that are not fills. """
    fill_price_currency: str | Unset = UNSET
    """ Currency of `fillPrice`. """
    fill_quantity: float | Unset = UNSET
    """ Quantity filled by this event. """
    direction: OrderDirection | str | Unset = UNSET
    """ Buy, sell or hold (see OrderDirection; any string is accepted). """
    message: str | Unset | None = UNSET
    """ Message of the exchange or brokerage. """
    is_assignment: bool | Unset = UNSET
    """ Whether the event is an option assignment. """
    stop_price: float | Unset | None = UNSET
    """ Stop price at the time of the event. """
    limit_price: float | Unset | None = UNSET
    """ Limit price at the time of the event. """
    quantity: float | Unset = UNSET
    """ Quantity of the order at the time of the event. """
    time: float | Unset = UNSET
    """ When the event happened, Unix seconds. """
    is_in_the_money: bool | Unset = UNSET
    """ Whether the option of the event was in the money. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        algorithm_id = self.algorithm_id

        symbol = self.symbol

        symbol_value = self.symbol_value

        symbol_permtick = self.symbol_permtick

        order_event_id = self.order_event_id

        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderEventStatus):
            status = self.status.value
        else:
            status = self.status

        order_fee_amount: float | Unset | None
        if isinstance(self.order_fee_amount, Unset):
            order_fee_amount = UNSET
        else:
            order_fee_amount = self.order_fee_amount

        order_fee_currency: str | Unset | None
        if isinstance(self.order_fee_currency, Unset):
            order_fee_currency = UNSET
        else:
            order_fee_currency = self.order_fee_currency

        fill_price = self.fill_price

        fill_price_currency = self.fill_price_currency

        fill_quantity = self.fill_quantity

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, OrderDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        is_assignment = self.is_assignment

        stop_price: float | Unset | None
        if isinstance(self.stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = self.stop_price

        limit_price: float | Unset | None
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = self.limit_price

        quantity = self.quantity

        time = self.time

        is_in_the_money = self.is_in_the_money

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
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
        if order_fee_amount is not UNSET:
            field_dict["orderFeeAmount"] = order_fee_amount
        if order_fee_currency is not UNSET:
            field_dict["orderFeeCurrency"] = order_fee_currency
        if fill_price is not UNSET:
            field_dict["fillPrice"] = fill_price
        if fill_price_currency is not UNSET:
            field_dict["fillPriceCurrency"] = fill_price_currency
        if fill_quantity is not UNSET:
            field_dict["fillQuantity"] = fill_quantity
        if direction is not UNSET:
            field_dict["direction"] = direction
        if message is not UNSET:
            field_dict["message"] = message
        if is_assignment is not UNSET:
            field_dict["isAssignment"] = is_assignment
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
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
                status_type_0 = OrderEventStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderEventStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        order_fee_amount: float | Unset | None = d.pop("orderFeeAmount", UNSET)

        order_fee_currency: str | Unset | None = d.pop("orderFeeCurrency", UNSET)

        fill_price = d.pop("fillPrice", UNSET)

        fill_price_currency = d.pop("fillPriceCurrency", UNSET)

        fill_quantity = d.pop("fillQuantity", UNSET)

        def _parse_direction(data: object) -> OrderDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = OrderDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        message: str | Unset | None = d.pop("message", UNSET)

        is_assignment = d.pop("isAssignment", UNSET)

        stop_price: float | Unset | None = d.pop("stopPrice", UNSET)

        limit_price: float | Unset | None = d.pop("limitPrice", UNSET)

        quantity = d.pop("quantity", UNSET)

        time = d.pop("time", UNSET)

        is_in_the_money = d.pop("isInTheMoney", UNSET)

        order_event = cls(
            order_id=order_id,
            algorithm_id=algorithm_id,
            symbol=symbol,
            symbol_value=symbol_value,
            symbol_permtick=symbol_permtick,
            order_event_id=order_event_id,
            id=id,
            status=status,
            order_fee_amount=order_fee_amount,
            order_fee_currency=order_fee_currency,
            fill_price=fill_price,
            fill_price_currency=fill_price_currency,
            fill_quantity=fill_quantity,
            direction=direction,
            message=message,
            is_assignment=is_assignment,
            stop_price=stop_price,
            limit_price=limit_price,
            quantity=quantity,
            time=time,
            is_in_the_money=is_in_the_money,
        )

        order_event.additional_properties = d
        return order_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
