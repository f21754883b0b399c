from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_source import SearchSource, check_search_source
from ..types import model_repr

T = TypeVar("T", bound="SearchCriteria")


@_attrs_define(repr=False)
class SearchCriteria:
    """One search."""

    input_: str
    """ Words or a question to look for. """
    type_: SearchSource
    """ Where to search. """
    count: int
    """ How many results to answer with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        type_: str = self.type_

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "type": type_,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input")

        type_ = check_search_source(d.pop("type"))

        count = d.pop("count")

        search_criteria = cls(
            input_=input_,
            type_=type_,
            count=count,
        )

        search_criteria.additional_properties = d
        return search_criteria

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
    "input_",
    "type_",
    "count",
)
