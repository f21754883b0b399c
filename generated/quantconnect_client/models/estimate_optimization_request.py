from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_strategy import OptimizationStrategy, check_optimization_strategy
from ..models.optimization_target_statistic import OptimizationTargetStatistic, check_optimization_target_statistic
from ..models.optimization_target_to import OptimizationTargetTo, check_optimization_target_to
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="EstimateOptimizationRequest")


@_attrs_define(repr=False)
class EstimateOptimizationRequest:
    """The optimization to estimate."""

    project_id: int
    """ Id of a project. """
    name: str
    """ Name of the optimization. """
    target: OptimizationTargetStatistic
    """ Statistic an optimization minimizes, maximizes or constrains. """
    target_to: OptimizationTargetTo
    """ Whether to minimize or maximize the target. """
    strategy: OptimizationStrategy
    """ How the parameter space is searched. """
    compile_id: str
    """ Id of a successful compile of a project. """
    parameters: list[OptimizationParameter]
    """ Parameters to vary. """
    target_value: float | Unset | None = UNSET
    """ Desired value of the target; null to simply minimize or maximize. """
    constraints: list[OptimizationConstraint] | Unset = UNSET
    """ Conditions a backtest must meet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        target: str = self.target

        target_to: str = self.target_to

        strategy: str = self.strategy

        compile_id = self.compile_id

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = parameters_item_data.to_dict()
            parameters.append(parameters_item)

        target_value: float | Unset | None
        if isinstance(self.target_value, Unset):
            target_value = UNSET
        else:
            target_value = self.target_value

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = constraints_item_data.to_dict()
                constraints.append(constraints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "name": name,
                "target": target,
                "targetTo": target_to,
                "strategy": strategy,
                "compileId": compile_id,
                "parameters": parameters,
            }
        )
        if target_value is not UNSET:
            field_dict["targetValue"] = target_value
        if constraints is not UNSET:
            field_dict["constraints"] = constraints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        name = d.pop("name")

        target = check_optimization_target_statistic(d.pop("target"))

        target_to = check_optimization_target_to(d.pop("targetTo"))

        strategy = check_optimization_strategy(d.pop("strategy"))

        compile_id = d.pop("compileId")

        parameters = []
        _parameters = d.pop("parameters")
        for parameters_item_data in _parameters:
            parameters_item = OptimizationParameter.from_dict(parameters_item_data)

            parameters.append(parameters_item)

        target_value: float | Unset | None = d.pop("targetValue", UNSET)

        _constraints = d.pop("constraints", UNSET)
        constraints: list[OptimizationConstraint] | Unset = UNSET
        if _constraints is not UNSET:
            constraints = []
            for constraints_item_data in _constraints:
                constraints_item = OptimizationConstraint.from_dict(constraints_item_data)

                constraints.append(constraints_item)

        estimate_optimization_request = cls(
            project_id=project_id,
            name=name,
            target=target,
            target_to=target_to,
            strategy=strategy,
            compile_id=compile_id,
            parameters=parameters,
            target_value=target_value,
            constraints=constraints,
        )

        estimate_optimization_request.additional_properties = d
        return estimate_optimization_request

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
    "name",
    "target",
    "target_to",
    "strategy",
    "compile_id",
    "parameters",
    "target_value",
    "constraints",
)


# Imported here rather than inside every from_dict/to_dict call (about 2.5 µs per call);
# below the class, so models that refer to each other still import in any order.
from ..models.optimization_constraint import OptimizationConstraint  # noqa: E402
from ..models.optimization_parameter import OptimizationParameter  # noqa: E402
