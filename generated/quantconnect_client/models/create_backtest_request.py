from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateBacktestRequest")


@_attrs_define(repr=False)
class CreateBacktestRequest:
    """What to backtest."""

    project_id: int
    """ Id of a project. """
    compile_id: str
    """ Id of a successful compile of a project. """
    backtest_name: str
    """ Name of the new backtest. """
    parameters: CreateBacktestRequestParameters | Unset = UNSET
    """ Parameter values for this run, overriding the project's. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        compile_id = self.compile_id

        backtest_name = self.backtest_name

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "compileId": compile_id,
                "backtestName": backtest_name,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        compile_id = d.pop("compileId")

        backtest_name = d.pop("backtestName")

        _parameters = d.pop("parameters", UNSET)
        parameters: CreateBacktestRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = CreateBacktestRequestParameters.from_dict(_parameters)

        create_backtest_request = cls(
            project_id=project_id,
            compile_id=compile_id,
            backtest_name=backtest_name,
            parameters=parameters,
        )

        create_backtest_request.additional_properties = d
        return create_backtest_request

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
    "compile_id",
    "backtest_name",
    "parameters",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.create_backtest_request_parameters import CreateBacktestRequestParameters  # noqa: E402
