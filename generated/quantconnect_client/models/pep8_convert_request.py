from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="PEP8ConvertRequest")


@_attrs_define(repr=False)
class PEP8ConvertRequest:
    """The Python files to convert."""

    files: list[AiFile]
    """ The files; any that is not `.py` comes back unchanged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = AiFile.from_dict(files_item_data)

            files.append(files_item)

        pep8_convert_request = cls(
            files=files,
        )

        pep8_convert_request.additional_properties = d
        return pep8_convert_request

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


_FIELDS = ("files",)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.ai_file import AiFile  # noqa: E402
