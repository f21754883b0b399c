from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LiveForm")


@_attrs_define(repr=False)
class LiveForm:
    """What was chosen in the deployment form of the project's latest live deployment."""

    brokerage_data: BrokerageData | Unset = UNSET
    """ Brokerage settings of a live deployment: `authentication`, plus one entry per brokerage module,
    normally an object with the module's `id` (values of other shapes are accepted too).
     """
    data_providers_data: list[BrokerageId] | Unset = UNSET
    """ Data providers of the deployment. """
    node: str | Unset = UNSET
    """ Id of the live node used. """
    notify_insights: bool | str | Unset = UNSET
    """ Whether new insights are notified: a boolean, or the text `"true"`/`"false"` (QuantConnect's document
    gives the strings; the platform has sent real booleans since February 2026).
     """
    notify_order_events: bool | str | Unset = UNSET
    """ Whether order events are notified, as a boolean or the text `"true"`/`"false"`. """
    auto_restart: bool | str | Unset = UNSET
    """ Whether the deployment restarts itself after a runtime error, as a boolean or the text
    `"true"`/`"false"`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brokerage_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brokerage_data, Unset):
            brokerage_data = self.brokerage_data.to_dict()

        data_providers_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_providers_data, Unset):
            data_providers_data = []
            for data_providers_data_item_data in self.data_providers_data:
                data_providers_data_item = data_providers_data_item_data.to_dict()
                data_providers_data.append(data_providers_data_item)

        node = self.node

        notify_insights: bool | str | Unset
        if isinstance(self.notify_insights, Unset):
            notify_insights = UNSET
        else:
            notify_insights = self.notify_insights

        notify_order_events: bool | str | Unset
        if isinstance(self.notify_order_events, Unset):
            notify_order_events = UNSET
        else:
            notify_order_events = self.notify_order_events

        auto_restart: bool | str | Unset
        if isinstance(self.auto_restart, Unset):
            auto_restart = UNSET
        else:
            auto_restart = self.auto_restart

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brokerage_data is not UNSET:
            field_dict["brokerageData"] = brokerage_data
        if data_providers_data is not UNSET:
            field_dict["dataProvidersData"] = data_providers_data
        if node is not UNSET:
            field_dict["node"] = node
        if notify_insights is not UNSET:
            field_dict["notifyInsights"] = notify_insights
        if notify_order_events is not UNSET:
            field_dict["notifyOrderEvents"] = notify_order_events
        if auto_restart is not UNSET:
            field_dict["autoRestart"] = auto_restart

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _brokerage_data = d.pop("brokerageData", UNSET)
        brokerage_data: BrokerageData | Unset
        if isinstance(_brokerage_data, Unset):
            brokerage_data = UNSET
        else:
            brokerage_data = BrokerageData.from_dict(_brokerage_data)

        _data_providers_data = d.pop("dataProvidersData", UNSET)
        data_providers_data: list[BrokerageId] | Unset = UNSET
        if _data_providers_data is not UNSET:
            data_providers_data = []
            for data_providers_data_item_data in _data_providers_data:
                data_providers_data_item = BrokerageId.from_dict(data_providers_data_item_data)

                data_providers_data.append(data_providers_data_item)

        node = d.pop("node", UNSET)

        notify_insights: bool | str | Unset = d.pop("notifyInsights", UNSET)

        notify_order_events: bool | str | Unset = d.pop("notifyOrderEvents", UNSET)

        auto_restart: bool | str | Unset = d.pop("autoRestart", UNSET)

        live_form = cls(
            brokerage_data=brokerage_data,
            data_providers_data=data_providers_data,
            node=node,
            notify_insights=notify_insights,
            notify_order_events=notify_order_events,
            auto_restart=auto_restart,
        )

        live_form.additional_properties = d
        return live_form

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
    "brokerage_data",
    "data_providers_data",
    "node",
    "notify_insights",
    "notify_order_events",
    "auto_restart",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.brokerage_data import BrokerageData  # noqa: E402
from ..models.brokerage_id import BrokerageId  # noqa: E402
