from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ObjectStoreProperties")


@_attrs_define(repr=False)
class ObjectStoreProperties:
    """What the Object Store knows about a stored file."""

    key: str
    """ Key of the object. """
    created: datetime.datetime | None
    """ When the key was first stored (UTC). """
    modified: datetime.datetime | None
    """ When the content last changed (UTC). """
    size: float
    """ Size in bytes (a number in QuantConnect's document, whole in practice). """
    preview: str | None
    """ The start of the content when it is text; null for binary content. """
    md5: str | Unset = UNSET
    """ MD5 hash of the content, in hex. """
    mime: str | Unset = UNSET
    """ MIME type guessed from the content and key (`text/plain`, `application/json`, ...). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        created: str | None
        if isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        modified: str | None
        if isinstance(self.modified, datetime.datetime):
            modified = self.modified.isoformat()
        else:
            modified = self.modified

        size = self.size

        preview: str | None
        preview = self.preview

        md5 = self.md5

        mime = self.mime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "created": created,
                "modified": modified,
                "size": size,
                "preview": preview,
            }
        )
        if md5 is not UNSET:
            field_dict["md5"] = md5
        if mime is not UNSET:
            field_dict["mime"] = mime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        def _parse_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created = _parse_created(d.pop("created", None))

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

        size = d.pop("size")

        preview: str | None = d.pop("preview", None)

        md5 = d.pop("md5", UNSET)

        mime = d.pop("mime", UNSET)

        object_store_properties = cls(
            key=key,
            created=created,
            modified=modified,
            size=size,
            preview=preview,
            md5=md5,
            mime=mime,
        )

        object_store_properties.additional_properties = d
        return object_store_properties

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
    "created",
    "modified",
    "size",
    "preview",
    "md5",
    "mime",
)
