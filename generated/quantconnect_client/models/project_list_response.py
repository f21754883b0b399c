from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ProjectListResponse")


@_attrs_define(repr=False)
class ProjectListResponse:
    """Projects, with the LEAN versions available."""

    success: bool
    """ Whether the request did what it asked. """
    projects: list[Project]
    """ The projects. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    versions: list[LeanVersion] | Unset = UNSET
    """ LEAN versions a project can run on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "projects": projects,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = Project.from_dict(projects_item_data)

            projects.append(projects_item)

        errors = cast("list[str]", d.pop("errors", UNSET))

        _versions = d.pop("versions", UNSET)
        versions: list[LeanVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = LeanVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        project_list_response = cls(
            success=success,
            projects=projects,
            errors=errors,
            versions=versions,
        )

        project_list_response.additional_properties = d
        return project_list_response

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
    "projects",
    "errors",
    "versions",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.lean_version import LeanVersion  # noqa: E402
from ..models.project import Project  # noqa: E402
