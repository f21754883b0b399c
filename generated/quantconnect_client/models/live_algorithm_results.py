from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_algorithm_status import LiveAlgorithmStatus, check_live_algorithm_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="LiveAlgorithmResults")


@_attrs_define(repr=False)
class LiveAlgorithmResults:
    """A live deployment, its state and its results so far. QuantConnect's LEAN reads every field named in
    `x-qc-success-required`; `runtimeStatistics`, `charts` and `serverStatistics` may be empty (`[]`)
    while the algorithm is not running.

    """

    success: bool
    """ Whether the request did what it asked. """
    deploy_id: str
    """ Id of a live deployment (`L-` and 32 hexadecimal digits). """
    status: LiveAlgorithmStatus | str
    """ State of the deployment (see LiveAlgorithmStatus; any string is accepted). """
    message: str | None
    """ Error message of a deployment that failed (runtime or deploy error); null otherwise. """
    clone_id: int
    """ Id of the snapshot of the project's code the deployment runs. """
    launched: datetime.datetime
    """ When the deployment was launched (UTC). """
    stopped: datetime.datetime | None
    """ When the deployment stopped (UTC); null while it runs. """
    brokerage: str
    """ Brokerage it trades with, such as `PaperBrokerage` for paper trading. """
    security_types: str
    """ Kinds of assets the algorithm trades, comma-separated (`Equity`). """
    project_name: str
    """ Name of the project. """
    datacenter: str
    """ Data centre of the live node, such as `NY7`. """
    public: bool
    """ Whether the deployment is shared publicly. """
    errors: list[str] | Unset = UNSET
    """ Why the request failed; empty or absent on success. """
    is_public_streaming: bool | Unset = UNSET
    """ Whether the deployment streams its results publicly. """
    files: list[ProjectFile] | Unset = UNSET
    """ The project's files as deployed. """
    runtime_statistics: RuntimeStatistics | Unset = UNSET
    """ Banner statistics, as display strings: the values so far while the backtest runs, the final ones once
    it completed. QuantConnect's CLI reads this as a map (or null), so an object is sent even before the
    first update; `[]` is still accepted from other sources.
     """
    server_statistics: LiveAlgorithmResultsServerStatistics | Unset = UNSET
    """ Figures about the live node (CPU, memory, uptime), as display strings (`[]` when none). """
    charts: LiveAlgorithmResultsCharts | Unset = UNSET
    """ Names of the charts the deployment draws, by chart name (`[]` when none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        deploy_id = self.deploy_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        message: str | None
        message = self.message

        clone_id = self.clone_id

        launched = self.launched.isoformat()

        stopped: str | None
        if isinstance(self.stopped, datetime.datetime):
            stopped = self.stopped.isoformat()
        else:
            stopped = self.stopped

        brokerage = self.brokerage

        security_types = self.security_types

        project_name = self.project_name

        datacenter = self.datacenter

        public = self.public

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        is_public_streaming = self.is_public_streaming

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        runtime_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_statistics, Unset):
            runtime_statistics = self.runtime_statistics.to_dict()

        server_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_statistics, Unset):
            server_statistics = self.server_statistics.to_dict()

        charts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charts, Unset):
            charts = self.charts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "deployId": deploy_id,
                "status": status,
                "message": message,
                "cloneId": clone_id,
                "launched": launched,
                "stopped": stopped,
                "brokerage": brokerage,
                "securityTypes": security_types,
                "projectName": project_name,
                "datacenter": datacenter,
                "public": public,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if is_public_streaming is not UNSET:
            field_dict["isPublicStreaming"] = is_public_streaming
        if files is not UNSET:
            field_dict["files"] = files
        if runtime_statistics is not UNSET:
            field_dict["runtimeStatistics"] = runtime_statistics
        if server_statistics is not UNSET:
            field_dict["serverStatistics"] = server_statistics
        if charts is not UNSET:
            field_dict["charts"] = charts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

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

        message: str | None = d.pop("message", None)

        clone_id = d.pop("cloneId")

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

        brokerage = d.pop("brokerage")

        security_types = d.pop("securityTypes")

        project_name = d.pop("projectName")

        datacenter = d.pop("datacenter")

        public = d.pop("public")

        errors = cast("list[str]", d.pop("errors", UNSET))

        is_public_streaming = d.pop("isPublicStreaming", UNSET)

        _files = d.pop("files", UNSET)
        files: list[ProjectFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ProjectFile.from_dict(files_item_data)

                files.append(files_item)

        _runtime_statistics = d.pop("runtimeStatistics", UNSET)
        runtime_statistics: RuntimeStatistics | Unset
        if isinstance(_runtime_statistics, Unset):
            runtime_statistics = UNSET
        else:
            runtime_statistics = RuntimeStatistics.from_dict(_runtime_statistics)

        _server_statistics = d.pop("serverStatistics", UNSET)
        server_statistics: LiveAlgorithmResultsServerStatistics | Unset
        if isinstance(_server_statistics, Unset):
            server_statistics = UNSET
        else:
            server_statistics = LiveAlgorithmResultsServerStatistics.from_dict(_server_statistics)

        _charts = d.pop("charts", UNSET)
        charts: LiveAlgorithmResultsCharts | Unset
        if isinstance(_charts, Unset):
            charts = UNSET
        else:
            charts = LiveAlgorithmResultsCharts.from_dict(_charts)

        live_algorithm_results = cls(
            success=success,
            deploy_id=deploy_id,
            status=status,
            message=message,
            clone_id=clone_id,
            launched=launched,
            stopped=stopped,
            brokerage=brokerage,
            security_types=security_types,
            project_name=project_name,
            datacenter=datacenter,
            public=public,
            errors=errors,
            is_public_streaming=is_public_streaming,
            files=files,
            runtime_statistics=runtime_statistics,
            server_statistics=server_statistics,
            charts=charts,
        )

        live_algorithm_results.additional_properties = d
        return live_algorithm_results

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
    "deploy_id",
    "status",
    "message",
    "clone_id",
    "launched",
    "stopped",
    "brokerage",
    "security_types",
    "project_name",
    "datacenter",
    "public",
    "errors",
    "is_public_streaming",
    "files",
    "runtime_statistics",
    "server_statistics",
    "charts",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.live_algorithm_results_charts import LiveAlgorithmResultsCharts  # noqa: E402
from ..models.live_algorithm_results_server_statistics import LiveAlgorithmResultsServerStatistics  # noqa: E402
from ..models.project_file import ProjectFile  # noqa: E402
from ..models.runtime_statistics import RuntimeStatistics  # noqa: E402
