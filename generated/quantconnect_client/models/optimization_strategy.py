from enum import StrEnum


class OptimizationStrategy(StrEnum):
    QUANTCONNECT_OPTIMIZER_STRATEGIES_EULERSEARCHOPTIMIZATIONSTRATEGY = (
        "QuantConnect.Optimizer.Strategies.EulerSearchOptimizationStrategy"
    )
    QUANTCONNECT_OPTIMIZER_STRATEGIES_GRIDSEARCHOPTIMIZATIONSTRATEGY = (
        "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy"
    )

    def __str__(self) -> str:
        return str(self.value)
