from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="BrokerageData")


@_attrs_define(repr=False)
class BrokerageData:
    """Brokerage settings of a live deployment: `authentication`, plus one entry per brokerage module,
    normally an object with the module's `id` (values of other shapes are accepted too).

    """

    authentication: LiveAuthenticationData | None
    """ Credentials of the brokerage; null when it needs none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication: dict[str, Any] | None
        if isinstance(self.authentication, LiveAuthenticationData):
            authentication = self.authentication.to_dict()
        else:
            authentication = self.authentication

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication": authentication,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authentication(data: object) -> LiveAuthenticationData | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authentication_type_0 = LiveAuthenticationData.from_dict(data)

                return authentication_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveAuthenticationData | None, data)

        authentication = _parse_authentication(d.pop("authentication", None))

        brokerage_data = cls(
            authentication=authentication,
        )

        brokerage_data.additional_properties = d
        return brokerage_data

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


_FIELDS = ("authentication",)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.live_authentication_data import LiveAuthenticationData  # noqa: E402
