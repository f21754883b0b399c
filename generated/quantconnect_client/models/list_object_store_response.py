from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ListObjectStoreResponse")


@_attrs_define(repr=False)
class ListObjectStoreResponse:
    """A page of a folder's entries, and the space the organization's Object Store uses."""

    success: bool
    """ Whether the request did what it asked. """
    path: str
    """ The folder listed, as asked. """
    objects: list[ObjectStoreSummary]
    """ The files and folders directly in it (not what the folders hold), on this page. """
    page: int
    """ The page answered, from 1. """
    total_pages: int
    """ How many pages the folder's listing has (at least 1). """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    object_storage_used: int | Unset = UNSET
    """ Bytes used by all of the organization's objects. """
    object_storage_used_human: str | Unset = UNSET
    """ The same, for people (`2.27 GB`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        path = self.path

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        page = self.page

        total_pages = self.total_pages

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        object_storage_used = self.object_storage_used

        object_storage_used_human = self.object_storage_used_human

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "path": path,
                "objects": objects,
                "page": page,
                "totalPages": total_pages,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if object_storage_used is not UNSET:
            field_dict["objectStorageUsed"] = object_storage_used
        if object_storage_used_human is not UNSET:
            field_dict["objectStorageUsedHuman"] = object_storage_used_human

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        path = d.pop("path")

        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = ObjectStoreSummary.from_dict(objects_item_data)

            objects.append(objects_item)

        page = d.pop("page")

        total_pages = d.pop("totalPages")

        errors = cast("list[str]", d.pop("errors", UNSET))

        object_storage_used = d.pop("objectStorageUsed", UNSET)

        object_storage_used_human = d.pop("objectStorageUsedHuman", UNSET)

        list_object_store_response = cls(
            success=success,
            path=path,
            objects=objects,
            page=page,
            total_pages=total_pages,
            errors=errors,
            object_storage_used=object_storage_used,
            object_storage_used_human=object_storage_used_human,
        )

        list_object_store_response.additional_properties = d
        return list_object_store_response

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
    "path",
    "objects",
    "page",
    "total_pages",
    "errors",
    "object_storage_used",
    "object_storage_used_human",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.object_store_summary import ObjectStoreSummary  # noqa: E402
