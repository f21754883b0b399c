from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OptimizationRuntimeStatistics")


@_attrs_define(repr=False)
class OptimizationRuntimeStatistics:
    """Progress counters of an optimization, as strings (`[]` before it starts)."""

    completed: str | Unset = UNSET
    """ Backtests completed. """
    failed: str | Unset = UNSET
    """ Backtests failed. """
    running: str | Unset = UNSET
    """ Backtests running. """
    in_queue: str | Unset = UNSET
    """ Backtests waiting. """
    average_length: str | Unset = UNSET
    """ Mean backtest duration (HH:MM:SS). """
    total_runtime: str | Unset = UNSET
    """ Run time so far (HH:MM:SS). """
    total: str | Unset = UNSET
    """ Backtests in the optimization. """
    consumed: str | Unset = UNSET
    """ QCC spent. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        failed = self.failed

        running = self.running

        in_queue = self.in_queue

        average_length = self.average_length

        total_runtime = self.total_runtime

        total = self.total

        consumed = self.consumed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["Completed"] = completed
        if failed is not UNSET:
            field_dict["Failed"] = failed
        if running is not UNSET:
            field_dict["Running"] = running
        if in_queue is not UNSET:
            field_dict["In Queue"] = in_queue
        if average_length is not UNSET:
            field_dict["Average Length"] = average_length
        if total_runtime is not UNSET:
            field_dict["Total Runtime"] = total_runtime
        if total is not UNSET:
            field_dict["Total"] = total
        if consumed is not UNSET:
            field_dict["Consumed"] = consumed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed = d.pop("Completed", UNSET)

        failed = d.pop("Failed", UNSET)

        running = d.pop("Running", UNSET)

        in_queue = d.pop("In Queue", UNSET)

        average_length = d.pop("Average Length", UNSET)

        total_runtime = d.pop("Total Runtime", UNSET)

        total = d.pop("Total", UNSET)

        consumed = d.pop("Consumed", UNSET)

        optimization_runtime_statistics = cls(
            completed=completed,
            failed=failed,
            running=running,
            in_queue=in_queue,
            average_length=average_length,
            total_runtime=total_runtime,
            total=total,
            consumed=consumed,
        )

        optimization_runtime_statistics.additional_properties = d
        return optimization_runtime_statistics

    def __repr__(self) -> str:
        return model_repr(self, _FIELDS)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


_FIELDS = (
    "completed",
    "failed",
    "running",
    "in_queue",
    "average_length",
    "total_runtime",
    "total",
    "consumed",
)
