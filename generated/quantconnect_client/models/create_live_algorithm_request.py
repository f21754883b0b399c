from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateLiveAlgorithmRequest")


@_attrs_define(repr=False)
class CreateLiveAlgorithmRequest:
    """What to deploy, where, and with which brokerage and data providers."""

    project_id: int
    """ Id of a project. """
    compile_id: str
    """ Id of a successful compile of a project. """
    node_id: str
    """ Id of the live node to run the algorithm on (`LN-` and hexadecimal digits), one that is not busy. """
    brokerage: LiveBrokerageSettings
    """ The brokerage to trade with: its module `id` and the settings that brokerage needs. The paper
    brokerage (`QuantConnectBrokerage`) takes a starting `cash` and `holdings`; other brokerages take their
    own keys (`ib-user-name`, `tradier-access-token`, `alpaca-environment`, ...), which are kept and sent
    as given. QuantConnect's document has one schema per brokerage.
     """
    version_id: int | str = "-1"
    """ LEAN version to run: `"-1"` for the newest (the default), or a version id. QuantConnect's document
    gives a string; QuantConnect's CLI sends the project's version id as an integer. Both are accepted.
     """
    data_providers: CreateLiveAlgorithmRequestDataProviders | Unset = UNSET
    """ Data providers by module id, in order of precedence; each value is the provider's settings, at
    least its `id`. When omitted the platform's own data is used (`QuantConnectBrokerage`).
     """
    automatic_redeploy: bool | Unset = UNSET
    """ Restart the algorithm automatically after a runtime error (best effort). """
    notification: LiveNotification | Unset = UNSET
    """ Which events of the deployment to notify, and where to send the notifications. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        compile_id = self.compile_id

        node_id = self.node_id

        version_id: int | str
        version_id = self.version_id

        brokerage = self.brokerage.to_dict()

        data_providers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_providers, Unset):
            data_providers = self.data_providers.to_dict()

        automatic_redeploy = self.automatic_redeploy

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "compileId": compile_id,
                "nodeId": node_id,
                "versionId": version_id,
                "brokerage": brokerage,
            }
        )
        if data_providers is not UNSET:
            field_dict["dataProviders"] = data_providers
        if automatic_redeploy is not UNSET:
            field_dict["automaticRedeploy"] = automatic_redeploy
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        compile_id = d.pop("compileId")

        node_id = d.pop("nodeId")

        version_id: int | str = d.pop("versionId")

        brokerage = LiveBrokerageSettings.from_dict(d.pop("brokerage"))

        _data_providers = d.pop("dataProviders", UNSET)
        data_providers: CreateLiveAlgorithmRequestDataProviders | Unset
        if isinstance(_data_providers, Unset):
            data_providers = UNSET
        else:
            data_providers = CreateLiveAlgorithmRequestDataProviders.from_dict(_data_providers)

        automatic_redeploy = d.pop("automaticRedeploy", UNSET)

        _notification = d.pop("notification", UNSET)
        notification: LiveNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = LiveNotification.from_dict(_notification)

        create_live_algorithm_request = cls(
            project_id=project_id,
            compile_id=compile_id,
            node_id=node_id,
            version_id=version_id,
            brokerage=brokerage,
            data_providers=data_providers,
            automatic_redeploy=automatic_redeploy,
            notification=notification,
        )

        create_live_algorithm_request.additional_properties = d
        return create_live_algorithm_request

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
    "compile_id",
    "node_id",
    "version_id",
    "brokerage",
    "data_providers",
    "automatic_redeploy",
    "notification",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.create_live_algorithm_request_data_providers import CreateLiveAlgorithmRequestDataProviders  # noqa: E402
from ..models.live_brokerage_settings import LiveBrokerageSettings  # noqa: E402
from ..models.live_notification import LiveNotification  # noqa: E402
