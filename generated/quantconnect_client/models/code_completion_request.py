from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_language import ProjectLanguage, check_project_language
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CodeCompletionRequest")


@_attrs_define(repr=False)
class CodeCompletionRequest:
    """The text to complete."""

    language: ProjectLanguage
    """ Programming language of a project. """
    sentence: str
    """ The code typed so far, such as `self.add_eq` or `AddEq`. """
    response_size_limit: int | Unset = UNSET
    """ The most suggestions to answer with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language: str = self.language

        sentence = self.sentence

        response_size_limit = self.response_size_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "sentence": sentence,
            }
        )
        if response_size_limit is not UNSET:
            field_dict["responseSizeLimit"] = response_size_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = check_project_language(d.pop("language"))

        sentence = d.pop("sentence")

        response_size_limit = d.pop("responseSizeLimit", UNSET)

        code_completion_request = cls(
            language=language,
            sentence=sentence,
            response_size_limit=response_size_limit,
        )

        code_completion_request.additional_properties = d
        return code_completion_request

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
    "sentence",
    "response_size_limit",
)
