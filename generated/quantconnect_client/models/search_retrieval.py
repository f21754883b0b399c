from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="SearchRetrieval")


@_attrs_define(repr=False)
class SearchRetrieval:
    """One search result."""

    url: str
    """ A Markdown link to the page, `[Title - QuantConnect.com](https://...)`. """
    score: float
    """ Relevance, higher is better. """
    content: str
    """ The passage found. """
    type_: float
    """ Where it comes from: 0 stubs, 1 forum, 2 documentation, 3 examples. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        score = self.score

        content = self.content

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "score": score,
                "content": content,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        score = d.pop("score")

        content = d.pop("content")

        type_ = d.pop("type")

        search_retrieval = cls(
            url=url,
            score=score,
            content=content,
            type_=type_,
        )

        search_retrieval.additional_properties = d
        return search_retrieval

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
    "url",
    "score",
    "content",
    "type_",
)
