from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ListObjectStoreRequest")


@_attrs_define(repr=False)
class ListObjectStoreRequest:
    """The folder to list, and which page of it."""

    organization_id: str
    """ Id of an organization. """
    path: str | Unset = "/"
    """ Folder to list; `/` (or `""`) for the top of the Object Store. """
    page: int | Unset = 1
    """ Page of the listing to answer, from 1. QuantConnect's document names no request field for it although
    its answer is paged (`page`, `totalPages`); the mock reads this one.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        path = self.path

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationId": organization_id,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organizationId")

        path = d.pop("path", UNSET)

        page = d.pop("page", UNSET)

        list_object_store_request = cls(
            organization_id=organization_id,
            path=path,
            page=page,
        )

        list_object_store_request.additional_properties = d
        return list_object_store_request

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
    "organization_id",
    "path",
    "page",
)
