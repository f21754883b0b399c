from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compile_state import CompileState, check_compile_state
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateCompileResponse")


@_attrs_define(repr=False)
class CreateCompileResponse:
    """A compile just queued."""

    success: bool
    """ Whether the request did what it asked. """
    compile_id: str
    """ Id of a successful compile of a project. """
    state: CompileState | str
    """ State of the compile (see CompileState; any string is accepted). """
    parameters: list[FileParameters]
    """ Parameters detected in the code, file by file. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    project_id: int | Unset = UNSET
    """ Id of a project. """
    signature: str | Unset = UNSET
    """ Signature of the compiled code. """
    signature_order: list[str] | Unset = UNSET
    """ Files in the order they were signed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        compile_id = self.compile_id

        state: str
        if isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        project_id = self.project_id

        signature = self.signature

        signature_order: list[str] | Unset = UNSET
        if not isinstance(self.signature_order, Unset):
            signature_order = self.signature_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "compileId": compile_id,
                "state": state,
                "parameters": parameters,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if signature is not UNSET:
            field_dict["signature"] = signature
        if signature_order is not UNSET:
            field_dict["signatureOrder"] = signature_order

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

        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = FileParameters.from_dict(parameters_item_data)

            parameters.append(parameters_item)

        errors = cast("list[str]", d.pop("errors", UNSET))

        project_id = d.pop("projectId", UNSET)

        signature = d.pop("signature", UNSET)

        signature_order = cast("list[str]", d.pop("signatureOrder", UNSET))

        create_compile_response = cls(
            success=success,
            compile_id=compile_id,
            state=state,
            parameters=parameters,
            errors=errors,
            project_id=project_id,
            signature=signature,
            signature_order=signature_order,
        )

        create_compile_response.additional_properties = d
        return create_compile_response

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
    "parameters",
    "errors",
    "project_id",
    "signature",
    "signature_order",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.file_parameters import FileParameters  # noqa: E402
