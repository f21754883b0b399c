from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File, model_repr

T = TypeVar("T", bound="ObjectStoreBinaryFile")


@_attrs_define(repr=False)
class ObjectStoreBinaryFile:
    """A file to store, sent as `multipart/form-data` (two fields and a file part)."""

    organization_id: str
    """ Id of an organization. """
    key: str
    """ Path of an object in the Object Store, folders separated by `/` (a leading `/` is ignored). The key of a
    folder stands for everything in it.
     """
    object_data: File
    """ The content to store, any bytes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        key = self.key

        object_data = self.object_data.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationId": organization_id,
                "key": key,
                "objectData": object_data,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("organizationId", (None, str(self.organization_id).encode(), "text/plain")))

        files.append(("key", (None, str(self.key).encode(), "text/plain")))

        files.append(("objectData", self.object_data.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organizationId")

        key = d.pop("key")

        object_data = File(payload=BytesIO(d.pop("objectData")))

        object_store_binary_file = cls(
            organization_id=organization_id,
            key=key,
            object_data=object_data,
        )

        object_store_binary_file.additional_properties = d
        return object_store_binary_file

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
    "key",
    "object_data",
)
