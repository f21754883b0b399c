from enum import StrEnum


class OptimizationTargetStatistic(StrEnum):
    TOTALPERFORMANCE_PORTFOLIOSTATISTICS_COMPOUNDINGANNUALRETURN = (
        "TotalPerformance.PortfolioStatistics.CompoundingAnnualReturn"
    )
    TOTALPERFORMANCE_PORTFOLIOSTATISTICS_DRAWDOWN = "TotalPerformance.PortfolioStatistics.Drawdown"
    TOTALPERFORMANCE_PORTFOLIOSTATISTICS_PROBABILISTICSHARPERATIO = (
        "TotalPerformance.PortfolioStatistics.ProbabilisticSharpeRatio"
    )
    TOTALPERFORMANCE_PORTFOLIOSTATISTICS_SHARPERATIO = "TotalPerformance.PortfolioStatistics.SharpeRatio"

    def __str__(self) -> str:
        return str(self.value)
