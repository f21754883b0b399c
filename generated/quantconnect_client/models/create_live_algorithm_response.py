from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateLiveAlgorithmResponse")


@_attrs_define(repr=False)
class CreateLiveAlgorithmResponse:
    """A deployment just queued."""

    success: bool
    """ Whether the request did what it asked. """
    project_id: int
    """ Id of a project. """
    deploy_id: str
    """ Id of a live deployment (`L-` and 32 hexadecimal digits). """
    live: LiveAlgorithm
    """ A live deployment as `createLive` answers it, just queued. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    version_id: int | Unset = UNSET
    """ Id of the LEAN version deployed. """
    source: str | Unset = UNSET
    """ Where the request came from (`api-v2` for this API). """
    response_code: str | Unset = UNSET
    """ The platform's short word on the deployment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        project_id = self.project_id

        deploy_id = self.deploy_id

        live = self.live.to_dict()

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        version_id = self.version_id

        source = self.source

        response_code = self.response_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "projectId": project_id,
                "deployId": deploy_id,
                "live": live,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if version_id is not UNSET:
            field_dict["versionId"] = version_id
        if source is not UNSET:
            field_dict["source"] = source
        if response_code is not UNSET:
            field_dict["responseCode"] = response_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        project_id = d.pop("projectId")

        deploy_id = d.pop("deployId")

        live = LiveAlgorithm.from_dict(d.pop("live"))

        errors = cast("list[str]", d.pop("errors", UNSET))

        version_id = d.pop("versionId", UNSET)

        source = d.pop("source", UNSET)

        response_code = d.pop("responseCode", UNSET)

        create_live_algorithm_response = cls(
            success=success,
            project_id=project_id,
            deploy_id=deploy_id,
            live=live,
            errors=errors,
            version_id=version_id,
            source=source,
            response_code=response_code,
        )

        create_live_algorithm_response.additional_properties = d
        return create_live_algorithm_response

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
    "project_id",
    "deploy_id",
    "live",
    "errors",
    "version_id",
    "source",
    "response_code",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.live_algorithm import LiveAlgorithm  # noqa: E402
