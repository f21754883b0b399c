from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_language import ProjectLanguage, check_project_language
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateProjectRequest")


@_attrs_define(repr=False)
class CreateProjectRequest:
    """The project to create."""

    name: str
    """ Name of the project; slashes place it in folders (`Folder/Project`). """
    language: ProjectLanguage
    """ Programming language of a project. """
    organization_id: str | Unset = UNSET
    """ Organization to create the project in; the user's preferred one when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language: str = self.language

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
            }
        )
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        language = check_project_language(d.pop("language"))

        organization_id = d.pop("organizationId", UNSET)

        create_project_request = cls(
            name=name,
            language=language,
            organization_id=organization_id,
        )

        create_project_request.additional_properties = d
        return create_project_request

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
    "name",
    "language",
    "organization_id",
)
