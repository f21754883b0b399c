from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="LiveAlgorithmResultsServerStatistics")


@_attrs_define(repr=False)
class LiveAlgorithmResultsServerStatistics(Mapping[str, "str"]):
    """Figures about the live node (CPU, memory, uptime), as display strings (`[]` when none)."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        live_algorithm_results_server_statistics = cls()

        live_algorithm_results_server_statistics.additional_properties = d
        return live_algorithm_results_server_statistics

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __len__(self) -> int:
        return len(self.additional_properties)

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


_FIELDS = ()
