from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_algorithm_list_status import LiveAlgorithmListStatus, check_live_algorithm_list_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ListLiveAlgorithmsRequest")


@_attrs_define(repr=False)
class ListLiveAlgorithmsRequest:
    """Which deployments to list; every one when no filter is given.

    Example:
        {}

    """

    project_id: int | Unset = UNSET
    """ Id of a project. """
    status: LiveAlgorithmListStatus | Unset = UNSET
    """ The states `listLive` can filter on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId", UNSET)

        _status = d.pop("status", UNSET)
        status: LiveAlgorithmListStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_live_algorithm_list_status(_status)

        list_live_algorithms_request = cls(
            project_id=project_id,
            status=status,
        )

        list_live_algorithms_request.additional_properties = d
        return list_live_algorithms_request

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
    "status",
)
