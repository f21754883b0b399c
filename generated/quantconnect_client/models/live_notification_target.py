from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LiveNotificationTarget")


@_attrs_define(repr=False)
class LiveNotificationTarget:
    """One place to send notifications, by its fields: an e-mail (`address`, `subject`), a webhook (`address`,
    `headers`), an SMS (`phoneNumber`) or a Telegram chat (`id`, optional `token` of a custom bot).

    """

    address: str | Unset = UNSET
    """ E-mail address or webhook URL. """
    subject: str | Unset = UNSET
    """ Subject of the e-mails. """
    headers: LiveNotificationTargetHeaders | Unset = UNSET
    """ HTTP headers to send with each webhook call. """
    phone_number: str | Unset = UNSET
    """ Phone number for SMS notifications. """
    id: str | Unset = UNSET
    """ Telegram user or group id. """
    token: str | Unset = UNSET
    """ Token of a custom Telegram bot. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        subject = self.subject

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        phone_number = self.phone_number

        id = self.id

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if subject is not UNSET:
            field_dict["subject"] = subject
        if headers is not UNSET:
            field_dict["headers"] = headers
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if id is not UNSET:
            field_dict["id"] = id
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        subject = d.pop("subject", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: LiveNotificationTargetHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = LiveNotificationTargetHeaders.from_dict(_headers)

        phone_number = d.pop("phoneNumber", UNSET)

        id = d.pop("id", UNSET)

        token = d.pop("token", UNSET)

        live_notification_target = cls(
            address=address,
            subject=subject,
            headers=headers,
            phone_number=phone_number,
            id=id,
            token=token,
        )

        live_notification_target.additional_properties = d
        return live_notification_target

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
    "address",
    "subject",
    "headers",
    "phone_number",
    "id",
    "token",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.live_notification_target_headers import LiveNotificationTargetHeaders  # noqa: E402
