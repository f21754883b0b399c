from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_language import ProjectLanguage, check_project_language
from ..types import model_repr

T = TypeVar("T", bound="AiFilesRequest")


@_attrs_define(repr=False)
class AiFilesRequest:
    """The files of an algorithm and their language. (`BasicFilesRequest` in QuantConnect's document.)"""

    language: ProjectLanguage
    """ Programming language of a project. """
    files: list[AiFile]
    """ The files; the algorithm's own is `main.py` (Python) or `Main.cs` (C#). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language: str = self.language

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = check_project_language(d.pop("language"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = AiFile.from_dict(files_item_data)

            files.append(files_item)

        ai_files_request = cls(
            language=language,
            files=files,
        )

        ai_files_request.additional_properties = d
        return ai_files_request

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
    "language",
    "files",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.ai_file import AiFile  # noqa: E402
