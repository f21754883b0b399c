from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_notification_event import LiveNotificationEvent, check_live_notification_event
from ..types import model_repr

T = TypeVar("T", bound="LiveNotification")


@_attrs_define(repr=False)
class LiveNotification:
    """Which events of the deployment to notify, and where to send the notifications."""

    events: list[LiveNotificationEvent]
    """ The events to notify. """
    targets: list[LiveNotificationTarget]
    """ Where to send them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "targets": targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = check_live_notification_event(events_item_data)

            events.append(events_item)

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = LiveNotificationTarget.from_dict(targets_item_data)

            targets.append(targets_item)

        live_notification = cls(
            events=events,
            targets=targets,
        )

        live_notification.additional_properties = d
        return live_notification

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
    "events",
    "targets",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.live_notification_target import LiveNotificationTarget  # noqa: E402
