from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ReadLiveLogsResponse")


@_attrs_define(repr=False)
class ReadLiveLogsResponse:
    """A window of a live deployment's log."""

    success: bool
    """ Whether the request did what it asked. """
    logs: list[str]
    """ The lines of the window, oldest first, each starting with its time (UTC). """
    length: int
    """ Number of log lines of the project over all its deployments. """
    deployment_offset: int
    """ Number of the project's log lines that come before this deployment's. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        logs = self.logs

        length = self.length

        deployment_offset = self.deployment_offset

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "logs": logs,
                "length": length,
                "deploymentOffset": deployment_offset,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        logs = cast("list[str]", d.pop("logs"))

        length = d.pop("length")

        deployment_offset = d.pop("deploymentOffset")

        errors = cast("list[str]", d.pop("errors", UNSET))

        read_live_logs_response = cls(
            success=success,
            logs=logs,
            length=length,
            deployment_offset=deployment_offset,
            errors=errors,
        )

        read_live_logs_response.additional_properties = d
        return read_live_logs_response

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
    "logs",
    "length",
    "deployment_offset",
    "errors",
)
