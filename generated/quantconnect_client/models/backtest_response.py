from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BacktestResponse")


@_attrs_define(repr=False)
class BacktestResponse:
    """One backtest."""

    success: bool
    """ Whether the request did what it asked. """
    backtest: BacktestResult
    """ A backtest, its state and (once completed) its results. The platform may mark a backtest completed a
    moment before its results are stored: `completed` is true while `totalPerformance` is still null and
    `statistics`, `charts` and `rollingWindow` are `[]`. Read it again until `totalPerformance` is there
    (QuantConnect's CLI re-reads up to six times, 10 s apart).
     """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    debugging: bool | Unset = UNSET
    """ Whether the backtest runs in debugging mode. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        backtest = self.backtest.to_dict()

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        debugging = self.debugging

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "backtest": backtest,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if debugging is not UNSET:
            field_dict["debugging"] = debugging

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        backtest = BacktestResult.from_dict(d.pop("backtest"))

        errors = cast("list[str]", d.pop("errors", UNSET))

        debugging = d.pop("debugging", UNSET)

        backtest_response = cls(
            success=success,
            backtest=backtest,
            errors=errors,
            debugging=debugging,
        )

        backtest_response.additional_properties = d
        return backtest_response

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
    "backtest",
    "errors",
    "debugging",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.backtest_result import BacktestResult  # noqa: E402
