from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_status import OptimizationStatus, check_optimization_status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OptimizationSummary")


@_attrs_define(repr=False)
class OptimizationSummary:
    """An optimization in a list, or just created. (QuantConnect's own document names this schema
    `CreateOptimizationResponse`.)

    """

    optimization_id: str
    """ Id of an optimization. """
    project_id: int
    """ Id of a project. """
    name: str
    """ Name of the optimization. """
    status: OptimizationStatus | str
    """ State of the optimization (see OptimizationStatus; any string is accepted). """
    psr: float | None
    """ Probabilistic Sharpe ratio of the best backtest. """
    sharpe_ratio: float | None
    """ Sharpe ratio of the best backtest. """
    trades: int | None
    """ Trades of the best backtest. """
    clone_id: int | None
    """ Project this one was cloned from, if any. """
    out_of_sample_days: int | None
    """ Number of out-of-sample days. """
    out_of_sample_max_end_date: datetime.datetime | None
    """ Last date of the out-of-sample period. """
    node_type: str | Unset = UNSET
    """ Node type (see OptimizationNodeType; any string is accepted). """
    criterion: OptimizationTarget | Unset = UNSET
    """ What the optimization optimizes. """
    created: datetime.datetime | Unset = UNSET
    """ When the optimization was created (UTC). """
    parameters: list[OptimizationParameterResult] | Unset = UNSET
    """ Parameters varied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        optimization_id = self.optimization_id

        project_id = self.project_id

        name = self.name

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        psr: float | None
        psr = self.psr

        sharpe_ratio: float | None
        sharpe_ratio = self.sharpe_ratio

        trades: int | None
        trades = self.trades

        clone_id: int | None
        clone_id = self.clone_id

        out_of_sample_days: int | None
        out_of_sample_days = self.out_of_sample_days

        out_of_sample_max_end_date: str | None
        if isinstance(self.out_of_sample_max_end_date, datetime.datetime):
            out_of_sample_max_end_date = self.out_of_sample_max_end_date.isoformat()
        else:
            out_of_sample_max_end_date = self.out_of_sample_max_end_date

        node_type = self.node_type

        criterion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.criterion, Unset):
            criterion = self.criterion.to_dict()

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "optimizationId": optimization_id,
                "projectId": project_id,
                "name": name,
                "status": status,
                "psr": psr,
                "sharpeRatio": sharpe_ratio,
                "trades": trades,
                "cloneId": clone_id,
                "outOfSampleDays": out_of_sample_days,
                "outOfSampleMaxEndDate": out_of_sample_max_end_date,
            }
        )
        if node_type is not UNSET:
            field_dict["nodeType"] = node_type
        if criterion is not UNSET:
            field_dict["criterion"] = criterion
        if created is not UNSET:
            field_dict["created"] = created
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        optimization_id = d.pop("optimizationId")

        project_id = d.pop("projectId")

        name = d.pop("name")

        def _parse_status(data: object) -> OptimizationStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_optimization_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OptimizationStatus | str, data)

        status = _parse_status(d.pop("status"))

        psr: float | None = d.pop("psr", None)

        sharpe_ratio: float | None = d.pop("sharpeRatio", None)

        trades: int | None = d.pop("trades", None)

        clone_id: int | None = d.pop("cloneId", None)

        out_of_sample_days: int | None = d.pop("outOfSampleDays", None)

        def _parse_out_of_sample_max_end_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                out_of_sample_max_end_date_type_0 = datetime.datetime.fromisoformat(data)

                return out_of_sample_max_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        out_of_sample_max_end_date = _parse_out_of_sample_max_end_date(d.pop("outOfSampleMaxEndDate", None))

        node_type = d.pop("nodeType", UNSET)

        _criterion = d.pop("criterion", UNSET)
        criterion: OptimizationTarget | Unset
        if isinstance(_criterion, Unset):
            criterion = UNSET
        else:
            criterion = OptimizationTarget.from_dict(_criterion)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[OptimizationParameterResult] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = OptimizationParameterResult.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        optimization_summary = cls(
            optimization_id=optimization_id,
            project_id=project_id,
            name=name,
            status=status,
            psr=psr,
            sharpe_ratio=sharpe_ratio,
            trades=trades,
            clone_id=clone_id,
            out_of_sample_days=out_of_sample_days,
            out_of_sample_max_end_date=out_of_sample_max_end_date,
            node_type=node_type,
            criterion=criterion,
            created=created,
            parameters=parameters,
        )

        optimization_summary.additional_properties = d
        return optimization_summary

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
    "optimization_id",
    "project_id",
    "name",
    "status",
    "psr",
    "sharpe_ratio",
    "trades",
    "clone_id",
    "out_of_sample_days",
    "out_of_sample_max_end_date",
    "node_type",
    "criterion",
    "created",
    "parameters",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.optimization_parameter_result import OptimizationParameterResult  # noqa: E402
from ..models.optimization_target import OptimizationTarget  # noqa: E402
