from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UpdateProjectRequest")


@_attrs_define(repr=False)
class UpdateProjectRequest:
    """New name, description and/or saved parameters of a project."""

    project_id: int
    """ Id of a project. """
    name: str | Unset = UNSET
    """ New name. """
    description: str | Unset = UNSET
    """ New description. """
    parameters: list[ProjectParameterUpdate] | str | Unset = UNSET
    """ The project's parameters, replacing those saved: a list of `{key, value}`. An empty list, or the
    empty string that QuantConnect's CLI sends in a form body (`parameters=`), removes them all. The CLI
    sends the list flattened (`parameters[0][key]=ema_fast&parameters[0][value]=10`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        description = self.description

        parameters: list[dict[str, Any]] | str | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, list):
            parameters = []
            for parameters_type_0_item_data in self.parameters:
                parameters_type_0_item = parameters_type_0_item_data.to_dict()
                parameters.append(parameters_type_0_item)

        else:
            parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_parameters(data: object) -> list[ProjectParameterUpdate] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parameters_type_0 = []
                _parameters_type_0 = data
                for parameters_type_0_item_data in _parameters_type_0:
                    parameters_type_0_item = ProjectParameterUpdate.from_dict(parameters_type_0_item_data)

                    parameters_type_0.append(parameters_type_0_item)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectParameterUpdate] | str | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        update_project_request = cls(
            project_id=project_id,
            name=name,
            description=description,
            parameters=parameters,
        )

        update_project_request.additional_properties = d
        return update_project_request

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
    "name",
    "description",
    "parameters",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.project_parameter_update import ProjectParameterUpdate  # noqa: E402
