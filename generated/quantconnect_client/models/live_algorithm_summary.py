from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_algorithm_status import LiveAlgorithmStatus, check_live_algorithm_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LiveAlgorithmSummary")


@_attrs_define(repr=False)
class LiveAlgorithmSummary:
    """A live deployment in a list."""

    project_id: int
    """ Id of a project. """
    deploy_id: str
    """ Id of a live deployment (`L-` and 32 hexadecimal digits). """
    status: LiveAlgorithmStatus | str
    """ State of the deployment (see LiveAlgorithmStatus; any string is accepted). """
    launched: datetime.datetime
    """ When the deployment was launched (UTC). """
    stopped: datetime.datetime | None
    """ When the deployment stopped (UTC); null while it runs. """
    error: str | None
    """ Error message of a runtime error; null otherwise. """
    brokerage: str | Unset = UNSET
    """ Brokerage it trades with. """
    subscription: str | Unset = UNSET
    """ The chart streamed to the caller. """
    equity: float | Unset = UNSET
    """ Equity of the deployment, in account currency. """
    environment: str | Unset = UNSET
    """ Where it trades, `live`, `paper` or `uat`. """
    description: str | Unset = UNSET
    """ Description of the project. """
    leagues: list[str] | Unset = UNSET
    """ Quant Leagues the algorithm takes part in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        deploy_id = self.deploy_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        launched = self.launched.isoformat()

        stopped: str | None
        if isinstance(self.stopped, datetime.datetime):
            stopped = self.stopped.isoformat()
        else:
            stopped = self.stopped

        error: str | None
        error = self.error

        brokerage = self.brokerage

        subscription = self.subscription

        equity = self.equity

        environment = self.environment

        description = self.description

        leagues: list[str] | Unset = UNSET
        if not isinstance(self.leagues, Unset):
            leagues = self.leagues

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "deployId": deploy_id,
                "status": status,
                "launched": launched,
                "stopped": stopped,
                "error": error,
            }
        )
        if brokerage is not UNSET:
            field_dict["brokerage"] = brokerage
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if equity is not UNSET:
            field_dict["equity"] = equity
        if environment is not UNSET:
            field_dict["environment"] = environment
        if description is not UNSET:
            field_dict["description"] = description
        if leagues is not UNSET:
            field_dict["leagues"] = leagues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        deploy_id = d.pop("deployId")

        def _parse_status(data: object) -> LiveAlgorithmStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_live_algorithm_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveAlgorithmStatus | str, data)

        status = _parse_status(d.pop("status"))

        launched = datetime.datetime.fromisoformat(d.pop("launched"))

        def _parse_stopped(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stopped_type_0 = datetime.datetime.fromisoformat(data)

                return stopped_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        stopped = _parse_stopped(d.pop("stopped", None))

        error: str | None = d.pop("error", None)

        brokerage = d.pop("brokerage", UNSET)

        subscription = d.pop("subscription", UNSET)

        equity = d.pop("equity", UNSET)

        environment = d.pop("environment", UNSET)

        description = d.pop("description", UNSET)

        leagues = cast("list[str]", d.pop("leagues", UNSET))

        live_algorithm_summary = cls(
            project_id=project_id,
            deploy_id=deploy_id,
            status=status,
            launched=launched,
            stopped=stopped,
            error=error,
            brokerage=brokerage,
            subscription=subscription,
            equity=equity,
            environment=environment,
            description=description,
            leagues=leagues,
        )

        live_algorithm_summary.additional_properties = d
        return live_algorithm_summary

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
    "deploy_id",
    "status",
    "launched",
    "stopped",
    "error",
    "brokerage",
    "subscription",
    "equity",
    "environment",
    "description",
    "leagues",
)
