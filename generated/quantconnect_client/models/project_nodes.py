from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ProjectNodes")


@_attrs_define(repr=False)
class ProjectNodes:
    """The organization's nodes by kind."""

    backtest: list[Node]
    """ Nodes that run backtests (and optimizations' backtests). """
    research: list[Node]
    """ Nodes that run research notebooks. """
    live: list[Node]
    """ Nodes that run live deployments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backtest = []
        for backtest_item_data in self.backtest:
            backtest_item = backtest_item_data.to_dict()
            backtest.append(backtest_item)

        research = []
        for research_item_data in self.research:
            research_item = research_item_data.to_dict()
            research.append(research_item)

        live = []
        for live_item_data in self.live:
            live_item = live_item_data.to_dict()
            live.append(live_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backtest": backtest,
                "research": research,
                "live": live,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backtest = []
        _backtest = d.pop("backtest")
        for backtest_item_data in _backtest:
            backtest_item = Node.from_dict(backtest_item_data)

            backtest.append(backtest_item)

        research = []
        _research = d.pop("research")
        for research_item_data in _research:
            research_item = Node.from_dict(research_item_data)

            research.append(research_item)

        live = []
        _live = d.pop("live")
        for live_item_data in _live:
            live_item = Node.from_dict(live_item_data)

            live.append(live_item)

        project_nodes = cls(
            backtest=backtest,
            research=research,
            live=live,
        )

        project_nodes.additional_properties = d
        return project_nodes

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
    "backtest",
    "research",
    "live",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.node import Node  # noqa: E402
