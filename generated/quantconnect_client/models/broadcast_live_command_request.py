from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BroadcastLiveCommandRequest")


@_attrs_define(repr=False)
class BroadcastLiveCommandRequest:
    """The command to send to every live algorithm of an organization."""

    organization_id: str
    """ Id of the organization whose live algorithms get the command. """
    command: LiveCommand
    """ A command for a live algorithm: any JSON object. With `$type` it names a command class of the
    algorithm, whose fields the other keys fill; without, the algorithm's generic `on_command` gets it.
     """
    exclude_project_id: int | Unset | None = UNSET
    """ A project whose live algorithm does not get the command; null to include every one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        command = self.command.to_dict()

        exclude_project_id: int | Unset | None
        if isinstance(self.exclude_project_id, Unset):
            exclude_project_id = UNSET
        else:
            exclude_project_id = self.exclude_project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationId": organization_id,
                "command": command,
            }
        )
        if exclude_project_id is not UNSET:
            field_dict["excludeProjectId"] = exclude_project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organizationId")

        command = LiveCommand.from_dict(d.pop("command"))

        exclude_project_id: int | Unset | None = d.pop("excludeProjectId", UNSET)

        broadcast_live_command_request = cls(
            organization_id=organization_id,
            command=command,
            exclude_project_id=exclude_project_id,
        )

        broadcast_live_command_request.additional_properties = d
        return broadcast_live_command_request

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
    "organization_id",
    "command",
    "exclude_project_id",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.live_command import LiveCommand  # noqa: E402
