from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BacktestReportResponse")


@_attrs_define(repr=False)
class BacktestReportResponse:
    """The report of a backtest as HTML in `report`, or, while it is being built, no `report` but
    `generating: true`. QuantConnect's document splits the two shapes into BacktestReport and
    BacktestReportGeneratingResponse.

        Example:
            {'success': True, 'generating': True}

    """

    success: bool
    """ Whether the request did what it asked. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    report: str | Unset = UNSET
    """ The report, a whole HTML document with its images embedded in base64. """
    generating: bool | Unset = UNSET
    """ True while the report is being built; ask again later. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        report = self.report

        generating = self.generating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if report is not UNSET:
            field_dict["report"] = report
        if generating is not UNSET:
            field_dict["generating"] = generating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        errors = cast("list[str]", d.pop("errors", UNSET))

        report = d.pop("report", UNSET)

        generating = d.pop("generating", UNSET)

        backtest_report_response = cls(
            success=success,
            errors=errors,
            report=report,
            generating=generating,
        )

        backtest_report_response.additional_properties = d
        return backtest_report_response

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
    "success",
    "errors",
    "report",
    "generating",
)
