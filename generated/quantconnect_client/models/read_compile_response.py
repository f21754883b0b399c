from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compile_state import CompileState, check_compile_state
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ReadCompileResponse")


@_attrs_define(repr=False)
class ReadCompileResponse:
    """The state and log of a compile."""

    success: bool
    """ Whether the request did what it asked. """
    compile_id: str
    """ Id of a successful compile of a project. """
    state: CompileState | str
    """ State of the compile (see CompileState; any string is accepted). """
    logs: list[str]
    """ Lines of the build log. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        compile_id = self.compile_id

        state: str
        if isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        logs = self.logs

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "compileId": compile_id,
                "state": state,
                "logs": logs,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        compile_id = d.pop("compileId")

        def _parse_state(data: object) -> CompileState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_compile_state(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompileState | str, data)

        state = _parse_state(d.pop("state"))

        logs = cast("list[str]", d.pop("logs"))

        errors = cast("list[str]", d.pop("errors", UNSET))

        read_compile_response = cls(
            success=success,
            compile_id=compile_id,
            state=state,
            logs=logs,
            errors=errors,
        )

        read_compile_response.additional_properties = d
        return read_compile_response

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
    "compile_id",
    "state",
    "logs",
    "errors",
)
