from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_state import AiState, check_ai_state
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SearchResponse")


@_attrs_define(repr=False)
class SearchResponse:
    """Search results."""

    success: bool
    """ Whether the request did what it asked. """
    state: AiState | str
    """ `End` (see AiState; any string is accepted). """
    retrivals: list[SearchRetrieval]
    """ The results of every criterion, each criterion's best first. (The platform's spelling.) """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    version: float | str | Unset = UNSET
    """ Version of the tool's answer format, a number (`2.0`) or, from older tools, the same as text. """
    message_id: int | Unset = UNSET
    """ Id of the search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        state: str
        if isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        retrivals = []
        for retrivals_item_data in self.retrivals:
            retrivals_item = retrivals_item_data.to_dict()
            retrivals.append(retrivals_item)

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        version: float | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "state": state,
                "retrivals": retrivals,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if version is not UNSET:
            field_dict["version"] = version
        if message_id is not UNSET:
            field_dict["messageId"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        def _parse_state(data: object) -> AiState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_ai_state(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AiState | str, data)

        state = _parse_state(d.pop("state"))

        retrivals = []
        _retrivals = d.pop("retrivals")
        for retrivals_item_data in _retrivals:
            retrivals_item = SearchRetrieval.from_dict(retrivals_item_data)

            retrivals.append(retrivals_item)

        errors = cast("list[str]", d.pop("errors", UNSET))

        version: float | str | Unset = d.pop("version", UNSET)

        message_id = d.pop("messageId", UNSET)

        search_response = cls(
            success=success,
            state=state,
            retrivals=retrivals,
            errors=errors,
            version=version,
            message_id=message_id,
        )

        search_response.additional_properties = d
        return search_response

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
    "state",
    "retrivals",
    "errors",
    "version",
    "message_id",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.search_retrieval import SearchRetrieval  # noqa: E402
