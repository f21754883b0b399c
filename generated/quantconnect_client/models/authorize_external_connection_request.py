from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AuthorizeExternalConnectionRequest")


@_attrs_define(repr=False)
class AuthorizeExternalConnectionRequest:
    """The brokerage or data provider to authorize (or whose authorization to read)."""

    brokerage: str
    """ The brokerage, lower case: `alpaca`, `tradestation`, `charlesschwab`, `tastytrade` in QuantConnect's
    document; QuantConnect's CLI sends the brokerage's display name in lower case (`charles-schwab`).
     """
    project_id: int | Unset = UNSET
    """ Id of a project. """
    user_id: str | Unset = UNSET
    """ The user's login id at the brokerage, when it asks for one (QuantConnect's CLI sends it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brokerage = self.brokerage

        project_id = self.project_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brokerage": brokerage,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brokerage = d.pop("brokerage")

        project_id = d.pop("projectId", UNSET)

        user_id = d.pop("userId", UNSET)

        authorize_external_connection_request = cls(
            brokerage=brokerage,
            project_id=project_id,
            user_id=user_id,
        )

        authorize_external_connection_request.additional_properties = d
        return authorize_external_connection_request

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
    "brokerage",
    "project_id",
    "user_id",
)
