from typing import Literal

OptimizationTargetStatistic = Literal[
    "TotalPerformance.PortfolioStatistics.CompoundingAnnualReturn",
    "TotalPerformance.PortfolioStatistics.Drawdown",
    "TotalPerformance.PortfolioStatistics.ProbabilisticSharpeRatio",
    "TotalPerformance.PortfolioStatistics.SharpeRatio",
]

OPTIMIZATION_TARGET_STATISTIC_VALUES: set[OptimizationTargetStatistic] = {
    "TotalPerformance.PortfolioStatistics.CompoundingAnnualReturn",
    "TotalPerformance.PortfolioStatistics.Drawdown",
    "TotalPerformance.PortfolioStatistics.ProbabilisticSharpeRatio",
    "TotalPerformance.PortfolioStatistics.SharpeRatio",
}


def check_optimization_target_statistic(value: str) -> OptimizationTargetStatistic:
    if value in OPTIMIZATION_TARGET_STATISTIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPTIMIZATION_TARGET_STATISTIC_VALUES!r}")
