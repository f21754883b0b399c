from typing import Literal

OptimizationStrategy = Literal[
    "QuantConnect.Optimizer.Strategies.EulerSearchOptimizationStrategy",
    "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
]

OPTIMIZATION_STRATEGY_VALUES: set[OptimizationStrategy] = {
    "QuantConnect.Optimizer.Strategies.EulerSearchOptimizationStrategy",
    "QuantConnect.Optimizer.Strategies.GridSearchOptimizationStrategy",
}


def check_optimization_strategy(value: str) -> OptimizationStrategy:
    if value in OPTIMIZATION_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZATION_STRATEGY_VALUES!r}")
