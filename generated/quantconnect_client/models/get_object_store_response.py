from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="GetObjectStoreResponse")


@_attrs_define(repr=False)
class GetObjectStoreResponse:
    """A download job, with the address of its archive once it is ready."""

    success: bool
    """ Whether the request did what it asked. """
    job_id: str | None
    """ Id of the job; send it back to ask for the `url`. """
    url: str | None
    """ Pre-signed address of a ZIP archive of the objects, each under its key; null until the job is done.
    It needs no signature headers, and expires after a while.
     """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        job_id: str | None
        job_id = self.job_id

        url: str | None
        url = self.url

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "jobId": job_id,
                "url": url,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        job_id: str | None = d.pop("jobId", None)

        url: str | None = d.pop("url", None)

        errors = cast("list[str]", d.pop("errors", UNSET))

        get_object_store_response = cls(
            success=success,
            job_id=job_id,
            url=url,
            errors=errors,
        )

        get_object_store_response.additional_properties = d
        return get_object_store_response

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
    "job_id",
    "url",
    "errors",
)
