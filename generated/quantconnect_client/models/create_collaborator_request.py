from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CreateCollaboratorRequest")


@_attrs_define(repr=False)
class CreateCollaboratorRequest:
    """Who to add to a project, with which rights."""

    project_id: int
    """ Id of a project. """
    collaborator_user_id: str
    """ Public id of a QuantConnect user (as in their profile's address). """
    collaboration_live_control: bool
    """ Whether they may deploy and stop live algorithms. """
    collaboration_write: bool
    """ Whether they may edit the code (else they may read it only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        collaborator_user_id = self.collaborator_user_id

        collaboration_live_control = self.collaboration_live_control

        collaboration_write = self.collaboration_write

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "collaboratorUserId": collaborator_user_id,
                "collaborationLiveControl": collaboration_live_control,
                "collaborationWrite": collaboration_write,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        collaborator_user_id = d.pop("collaboratorUserId")

        collaboration_live_control = d.pop("collaborationLiveControl")

        collaboration_write = d.pop("collaborationWrite")

        create_collaborator_request = cls(
            project_id=project_id,
            collaborator_user_id=collaborator_user_id,
            collaboration_live_control=collaboration_live_control,
            collaboration_write=collaboration_write,
        )

        create_collaborator_request.additional_properties = d
        return create_collaborator_request

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
    "collaborator_user_id",
    "collaboration_live_control",
    "collaboration_write",
)
