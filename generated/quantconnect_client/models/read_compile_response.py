from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compile_state import CompileState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadCompileResponse")


@_attrs_define
class ReadCompileResponse:
    """The state and log of a compile."""

    success: bool
    """ Whether the request did what it asked. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    compile_id: str | Unset = UNSET
    """ Id of a successful compile of a project. """
    state: CompileState | str | Unset = UNSET
    """ State of the compile (see CompileState; any string is accepted). """
    logs: list[str] | Unset = UNSET
    """ Lines of the build log. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        compile_id = self.compile_id

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, CompileState):
            state = self.state.value
        else:
            state = self.state

        logs: list[str] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = self.logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if compile_id is not UNSET:
            field_dict["compileId"] = compile_id
        if state is not UNSET:
            field_dict["state"] = state
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        errors = cast("list[str]", d.pop("errors", UNSET))

        compile_id = d.pop("compileId", UNSET)

        def _parse_state(data: object) -> CompileState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = CompileState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompileState | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        logs = cast("list[str]", d.pop("logs", UNSET))

        read_compile_response = cls(
            success=success,
            errors=errors,
            compile_id=compile_id,
            state=state,
            logs=logs,
        )

        read_compile_response.additional_properties = d
        return read_compile_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
