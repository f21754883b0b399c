from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chart_loading_status import ChartLoadingStatus, check_chart_loading_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LiveOrdersResponse")


@_attrs_define(repr=False)
class LiveOrdersResponse:
    """A window of a live algorithm's orders, or (while the platform prepares them) no `orders` but `status:
    loading` with a `progress`. QuantConnect's document splits the two shapes into LiveOrdersResponse and
    LoadingResponse.

    """

    success: bool
    """ Whether the request did what it asked. """
    orders: list[Order]
    """ The orders, oldest first. """
    length: int
    """ Number of orders of the algorithm in all (not just in this window). """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    status: ChartLoadingStatus | str | Unset = UNSET
    """ `loading` while the orders are being prepared (see ChartLoadingStatus; any string is accepted).
     """
    progress: float | Unset = UNSET
    """ How far the preparation has got, 0 to 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        length = self.length

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "orders": orders,
                "length": length,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = Order.from_dict(orders_item_data)

            orders.append(orders_item)

        length = d.pop("length")

        errors = cast("list[str]", d.pop("errors", UNSET))

        def _parse_status(data: object) -> ChartLoadingStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_chart_loading_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChartLoadingStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        progress = d.pop("progress", UNSET)

        live_orders_response = cls(
            success=success,
            orders=orders,
            length=length,
            errors=errors,
            status=status,
            progress=progress,
        )

        live_orders_response.additional_properties = d
        return live_orders_response

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
    "orders",
    "length",
    "errors",
    "status",
    "progress",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.order import Order  # noqa: E402
