from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ReadBacktestLogRequest")


@_attrs_define(repr=False)
class ReadBacktestLogRequest:
    """Which backtest's log to read, by index range among the lines matching `query` (`end - start` at most
    200). The platform refuses a request without `query`; send `""` (or null) for every line.

    """

    project_id: int
    """ Id of a project. """
    backtest_id: str
    """ Id of a backtest. """
    start: int
    """ Index of the first line, counting from 0. """
    end: int
    """ Index after the last line. """
    query: str | None
    """ Text the lines must contain, ignoring case; `""` or null for every line. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        backtest_id = self.backtest_id

        start = self.start

        end = self.end

        query: str | None
        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "backtestId": backtest_id,
                "start": start,
                "end": end,
                "query": query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        backtest_id = d.pop("backtestId")

        start = d.pop("start")

        end = d.pop("end")

        query: str | None = d.pop("query", None)

        read_backtest_log_request = cls(
            project_id=project_id,
            backtest_id=backtest_id,
            start=start,
            end=end,
            query=query,
        )

        read_backtest_log_request.additional_properties = d
        return read_backtest_log_request

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
    "project_id",
    "backtest_id",
    "start",
    "end",
    "query",
)
