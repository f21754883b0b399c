from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_state import AiState, check_ai_state
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CodeCompletionResponse")


@_attrs_define(repr=False)
class CodeCompletionResponse:
    """Completion suggestions."""

    success: bool
    """ Whether the request did what it asked. """
    state: AiState | str
    """ `End` (see AiState; any string is accepted). """
    payload: list[str]
    """ The suggestions, best first. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    version: float | str | Unset = UNSET
    """ Version of the tool's answer format, a number (`2.0`) or, from older tools, the same as text. """
    payload_type: str | Unset = UNSET
    """ Form of `payload` (`StringArray`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        state: str
        if isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        payload = self.payload

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        version: float | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        payload_type = self.payload_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "state": state,
                "payload": payload,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if version is not UNSET:
            field_dict["version"] = version
        if payload_type is not UNSET:
            field_dict["payloadType"] = payload_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        def _parse_state(data: object) -> AiState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_ai_state(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AiState | str, data)

        state = _parse_state(d.pop("state"))

        payload = cast("list[str]", d.pop("payload"))

        errors = cast("list[str]", d.pop("errors", UNSET))

        version: float | str | Unset = d.pop("version", UNSET)

        payload_type = d.pop("payloadType", UNSET)

        code_completion_response = cls(
            success=success,
            state=state,
            payload=payload,
            errors=errors,
            version=version,
            payload_type=payload_type,
        )

        code_completion_response.additional_properties = d
        return code_completion_response

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
    "state",
    "payload",
    "errors",
    "version",
    "payload_type",
)
