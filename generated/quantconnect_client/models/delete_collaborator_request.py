from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DeleteCollaboratorRequest")


@_attrs_define(repr=False)
class DeleteCollaboratorRequest:
    """The collaborator to remove, by public id: in `collaboratorId`, or in `collaboratorUserId` as the field was
    called until 2025. One of the two is required (the mock refuses a body with neither, or two that differ).

    """

    project_id: int
    """ Id of a project. """
    collaborator_id: str | Unset = UNSET
    """ Public id of a QuantConnect user (as in their profile's address). """
    collaborator_user_id: str | Unset = UNSET
    """ Public id of a QuantConnect user (as in their profile's address). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        collaborator_id = self.collaborator_id

        collaborator_user_id = self.collaborator_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
            }
        )
        if collaborator_id is not UNSET:
            field_dict["collaboratorId"] = collaborator_id
        if collaborator_user_id is not UNSET:
            field_dict["collaboratorUserId"] = collaborator_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        collaborator_id = d.pop("collaboratorId", UNSET)

        collaborator_user_id = d.pop("collaboratorUserId", UNSET)

        delete_collaborator_request = cls(
            project_id=project_id,
            collaborator_id=collaborator_id,
            collaborator_user_id=collaborator_user_id,
        )

        delete_collaborator_request.additional_properties = d
        return delete_collaborator_request

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
    "collaborator_id",
    "collaborator_user_id",
)
