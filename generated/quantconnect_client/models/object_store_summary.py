from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ObjectStoreSummary")


@_attrs_define(repr=False)
class ObjectStoreSummary:
    """An entry of a folder, either a file or a folder with something in it."""

    key: str
    """ Key of the file or folder. """
    name: str
    """ Its last path part. """
    modified: datetime.datetime | None
    """ When a file last changed (UTC); null for a folder. """
    folder: bool
    """ Whether the entry is a folder. """
    mime: str | Unset = UNSET
    """ MIME type of a file; `directory` for a folder. """
    size: float | Unset = UNSET
    """ Size in bytes (of everything inside, for a folder). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        modified: str | None
        if isinstance(self.modified, datetime.datetime):
            modified = self.modified.isoformat()
        else:
            modified = self.modified

        folder = self.folder

        mime = self.mime

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "modified": modified,
                "folder": folder,
            }
        )
        if mime is not UNSET:
            field_dict["mime"] = mime
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        def _parse_modified(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_type_0 = datetime.datetime.fromisoformat(data)

                return modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        modified = _parse_modified(d.pop("modified", None))

        folder = d.pop("folder")

        mime = d.pop("mime", UNSET)

        size = d.pop("size", UNSET)

        object_store_summary = cls(
            key=key,
            name=name,
            modified=modified,
            folder=folder,
            mime=mime,
            size=size,
        )

        object_store_summary.additional_properties = d
        return object_store_summary

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
    "key",
    "name",
    "modified",
    "folder",
    "mime",
    "size",
)
