from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Order")


@_attrs_define(repr=False)
class Order:
    """An order of an algorithm, with its fill events. Order records come from the LEAN engine, so their
    date-times are ISO 8601 (`2023-01-03T14:31:00Z`) rather than the API's own `qc-date-time` form.

    """

    id: int
    """ Id of the order, counting from 1 in each algorithm. """
    symbol: Symbol
    """ A security; `id` is stable over its life, `value` is its current ticker. """
    limit_price: float | None
    """ Limit price, for limit-type orders. """
    stop_price: float | None
    """ Stop price, for stop-type orders. """
    price: float
    """ Price of the order (the fill price once filled). """
    time: datetime.datetime
    """ When the order was created (UTC). """
    last_fill_time: datetime.datetime | None
    """ When the latest fill happened; null before any fill. """
    last_update_time: datetime.datetime | None
    """ When the order was last changed; null if never. """
    canceled_time: datetime.datetime | None
    """ When the order was canceled; null if it was not. """
    quantity: float
    """ Signed quantity; negative to sell. """
    type_: int
    """ Kind of order: 0 market, 1 limit, 2 stop market, 3 stop limit, 4 market on open, 5 market on
    close, 6 option exercise, 7 limit if touched, 8 combo market, 9 combo limit, 10 combo leg
    limit, 11 trailing stop. LEAN adds kinds over time, so any integer is accepted.
     """
    status: int
    """ State of the order: 0 new, 1 submitted, 2 partially filled, 3 filled, 5 canceled, 6 none,
    7 invalid, 8 cancel pending, 9 update submitted. Any integer is accepted.
     """
    tag: str | None
    """ Free text the algorithm attached to the order. """
    order_submission_data: OrderSubmissionData | None
    """ Market prices when the order was submitted. """
    trailing_amount: float | None
    """ Trailing distance of a trailing stop order. """
    trailing_percentage: bool | None
    """ Whether `trailingAmount` is a fraction of the price rather than an amount. """
    group_order_manager: GroupOrderManager | None
    """ The group of a combo order; null for other orders. """
    trigger_price: float | None
    """ Price that, once touched, turns a limit-if-touched order into a limit order. """
    contingent_id: int | Unset = UNSET
    """ Id of an order that must be processed before this one; 0 when none. """
    broker_id: list[str] | Unset = UNSET
    """ The brokerage's ids for the order (several when the brokerage split it). """
    stop_triggered: bool | Unset = UNSET
    """ Whether the stop price of a stop-limit order was reached. """
    price_currency: str | Unset = UNSET
    """ Currency of `price`. """
    created_time: datetime.datetime | Unset = UNSET
    """ Same as `time`. """
    security_type: int | Unset = UNSET
    """ Kind of asset: 0 base, 1 equity, 2 option, 3 commodity, 4 forex, 5 future, 6 CFD, 7 crypto;
    later LEAN versions add more (future options, index, index options, crypto futures...), so any
    integer is accepted.
     """
    direction: int | Unset = UNSET
    """ 0 buy, 1 sell, 2 hold (from the sign of the quantity). Any integer is accepted. """
    value: float | Unset = UNSET
    """ Value of the filled part of the order; 0 before any fill. """
    is_marketable: bool | Unset = UNSET
    """ Whether the order can execute at the current market price. """
    properties: OrderProperties | Unset = UNSET
    """ Extra settings of an order; the keys depend on the brokerage. """
    events: list[OrderEvent] | Unset = UNSET
    """ The order's events (submission, fills, cancellation...), oldest first. """
    trigger_touched: bool | Unset = UNSET
    """ Whether `triggerPrice` has been touched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        symbol = self.symbol.to_dict()

        limit_price: float | None
        limit_price = self.limit_price

        stop_price: float | None
        stop_price = self.stop_price

        price = self.price

        time = self.time.isoformat()

        last_fill_time: str | None
        if isinstance(self.last_fill_time, datetime.datetime):
            last_fill_time = self.last_fill_time.isoformat()
        else:
            last_fill_time = self.last_fill_time

        last_update_time: str | None
        if isinstance(self.last_update_time, datetime.datetime):
            last_update_time = self.last_update_time.isoformat()
        else:
            last_update_time = self.last_update_time

        canceled_time: str | None
        if isinstance(self.canceled_time, datetime.datetime):
            canceled_time = self.canceled_time.isoformat()
        else:
            canceled_time = self.canceled_time

        quantity = self.quantity

        type_ = self.type_

        status = self.status

        tag: str | None
        tag = self.tag

        order_submission_data: dict[str, Any] | None
        if isinstance(self.order_submission_data, OrderSubmissionData):
            order_submission_data = self.order_submission_data.to_dict()
        else:
            order_submission_data = self.order_submission_data

        trailing_amount: float | None
        trailing_amount = self.trailing_amount

        trailing_percentage: bool | None
        trailing_percentage = self.trailing_percentage

        group_order_manager: dict[str, Any] | None
        if isinstance(self.group_order_manager, GroupOrderManager):
            group_order_manager = self.group_order_manager.to_dict()
        else:
            group_order_manager = self.group_order_manager

        trigger_price: float | None
        trigger_price = self.trigger_price

        contingent_id = self.contingent_id

        broker_id: list[str] | Unset = UNSET
        if not isinstance(self.broker_id, Unset):
            broker_id = self.broker_id

        stop_triggered = self.stop_triggered

        price_currency = self.price_currency

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        security_type = self.security_type

        direction = self.direction

        value = self.value

        is_marketable = self.is_marketable

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        trigger_touched = self.trigger_touched

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "symbol": symbol,
                "limitPrice": limit_price,
                "stopPrice": stop_price,
                "price": price,
                "time": time,
                "lastFillTime": last_fill_time,
                "lastUpdateTime": last_update_time,
                "canceledTime": canceled_time,
                "quantity": quantity,
                "type": type_,
                "status": status,
                "tag": tag,
                "orderSubmissionData": order_submission_data,
                "trailingAmount": trailing_amount,
                "trailingPercentage": trailing_percentage,
                "groupOrderManager": group_order_manager,
                "triggerPrice": trigger_price,
            }
        )
        if contingent_id is not UNSET:
            field_dict["contingentId"] = contingent_id
        if broker_id is not UNSET:
            field_dict["brokerId"] = broker_id
        if stop_triggered is not UNSET:
            field_dict["stopTriggered"] = stop_triggered
        if price_currency is not UNSET:
            field_dict["priceCurrency"] = price_currency
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if security_type is not UNSET:
            field_dict["securityType"] = security_type
        if direction is not UNSET:
            field_dict["direction"] = direction
        if value is not UNSET:
            field_dict["value"] = value
        if is_marketable is not UNSET:
            field_dict["isMarketable"] = is_marketable
        if properties is not UNSET:
            field_dict["properties"] = properties
        if events is not UNSET:
            field_dict["events"] = events
        if trigger_touched is not UNSET:
            field_dict["triggerTouched"] = trigger_touched

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        symbol = Symbol.from_dict(d.pop("symbol"))

        limit_price: float | None = d.pop("limitPrice", None)

        stop_price: float | None = d.pop("stopPrice", None)

        price = d.pop("price")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        def _parse_last_fill_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_fill_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_fill_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_fill_time = _parse_last_fill_time(d.pop("lastFillTime", None))

        def _parse_last_update_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_update_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_update_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_update_time = _parse_last_update_time(d.pop("lastUpdateTime", None))

        def _parse_canceled_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                canceled_time_type_0 = datetime.datetime.fromisoformat(data)

                return canceled_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        canceled_time = _parse_canceled_time(d.pop("canceledTime", None))

        quantity = d.pop("quantity")

        type_ = d.pop("type")

        status = d.pop("status")

        tag: str | None = d.pop("tag", None)

        def _parse_order_submission_data(data: object) -> OrderSubmissionData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_submission_data_type_0 = OrderSubmissionData.from_dict(data)

                return order_submission_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderSubmissionData, data)

        order_submission_data = _parse_order_submission_data(d.pop("orderSubmissionData", None))

        trailing_amount: float | None = d.pop("trailingAmount", None)

        trailing_percentage: bool | None = d.pop("trailingPercentage", None)

        def _parse_group_order_manager(data: object) -> GroupOrderManager | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_order_manager_type_0 = GroupOrderManager.from_dict(data)

                return group_order_manager_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupOrderManager | None, data)

        group_order_manager = _parse_group_order_manager(d.pop("groupOrderManager", None))

        trigger_price: float | None = d.pop("triggerPrice", None)

        contingent_id = d.pop("contingentId", UNSET)

        broker_id = cast("list[str]", d.pop("brokerId", UNSET))

        stop_triggered = d.pop("stopTriggered", UNSET)

        price_currency = d.pop("priceCurrency", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        security_type = d.pop("securityType", UNSET)

        direction = d.pop("direction", UNSET)

        value = d.pop("value", UNSET)

        is_marketable = d.pop("isMarketable", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: OrderProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = OrderProperties.from_dict(_properties)

        _events = d.pop("events", UNSET)
        events: list[OrderEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = OrderEvent.from_dict(events_item_data)

                events.append(events_item)

        trigger_touched = d.pop("triggerTouched", UNSET)

        order = cls(
            id=id,
            symbol=symbol,
            limit_price=limit_price,
            stop_price=stop_price,
            price=price,
            time=time,
            last_fill_time=last_fill_time,
            last_update_time=last_update_time,
            canceled_time=canceled_time,
            quantity=quantity,
            type_=type_,
            status=status,
            tag=tag,
            order_submission_data=order_submission_data,
            trailing_amount=trailing_amount,
            trailing_percentage=trailing_percentage,
            group_order_manager=group_order_manager,
            trigger_price=trigger_price,
            contingent_id=contingent_id,
            broker_id=broker_id,
            stop_triggered=stop_triggered,
            price_currency=price_currency,
            created_time=created_time,
            security_type=security_type,
            direction=direction,
            value=value,
            is_marketable=is_marketable,
            properties=properties,
            events=events,
            trigger_touched=trigger_touched,
        )

        order.additional_properties = d
        return order

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
    "symbol",
    "limit_price",
    "stop_price",
    "price",
    "time",
    "last_fill_time",
    "last_update_time",
    "canceled_time",
    "quantity",
    "type_",
    "status",
    "tag",
    "order_submission_data",
    "trailing_amount",
    "trailing_percentage",
    "group_order_manager",
    "trigger_price",
    "contingent_id",
    "broker_id",
    "stop_triggered",
    "price_currency",
    "created_time",
    "security_type",
    "direction",
    "value",
    "is_marketable",
    "properties",
    "events",
    "trigger_touched",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.group_order_manager import GroupOrderManager  # noqa: E402
from ..models.order_event import OrderEvent  # noqa: E402
from ..models.order_properties import OrderProperties  # noqa: E402
from ..models.order_submission_data import OrderSubmissionData  # noqa: E402
from ..models.symbol import Symbol  # noqa: E402
