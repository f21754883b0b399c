"""Contains all the data models used in inputs/outputs"""

from .abort_optimization_request import AbortOptimizationRequest
from .algorithm_performance import AlgorithmPerformance
from .backtest_response import BacktestResponse
from .backtest_result import BacktestResult
from .backtest_result_charts import BacktestResultCharts
from .backtest_result_rolling_window import BacktestResultRollingWindow
from .backtest_status import BacktestStatus
from .backtest_summary_response import BacktestSummaryResponse
from .backtest_summary_result import BacktestSummaryResult
from .chart_summary import ChartSummary
from .constraint_operator import ConstraintOperator
from .create_backtest_request import CreateBacktestRequest
from .create_backtest_request_parameters import CreateBacktestRequestParameters
from .create_optimization_request import CreateOptimizationRequest
from .delete_backtest_request import DeleteBacktestRequest
from .delete_optimization_request import DeleteOptimizationRequest
from .estimate import Estimate
from .estimate_optimization_request import EstimateOptimizationRequest
from .estimate_optimization_response import EstimateOptimizationResponse
from .grid_chart import GridChart
from .list_backtest_request import ListBacktestRequest
from .list_optimization_request import ListOptimizationRequest
from .list_optimization_response import ListOptimizationResponse
from .optimization import Optimization
from .optimization_backtest import OptimizationBacktest
from .optimization_backtests import OptimizationBacktests
from .optimization_constraint import OptimizationConstraint
from .optimization_constraint_result import OptimizationConstraintResult
from .optimization_node_type import OptimizationNodeType
from .optimization_parameter import OptimizationParameter
from .optimization_parameter_result import OptimizationParameterResult
from .optimization_runtime_statistics import OptimizationRuntimeStatistics
from .optimization_status import OptimizationStatus
from .optimization_strategy import OptimizationStrategy
from .optimization_summary import OptimizationSummary
from .optimization_target import OptimizationTarget
from .optimization_target_statistic import OptimizationTargetStatistic
from .optimization_target_to import OptimizationTargetTo
from .parameter_set import ParameterSet
from .portfolio_statistics import PortfolioStatistics
from .read_backtest_request import ReadBacktestRequest
from .read_optimization_request import ReadOptimizationRequest
from .read_optimization_response import ReadOptimizationResponse
from .research_guide import ResearchGuide
from .rest_response import RestResponse
from .runtime_statistics import RuntimeStatistics
from .statistics_result import StatisticsResult
from .symbol import Symbol
from .trade import Trade
from .trade_statistics import TradeStatistics
from .update_backtest_request import UpdateBacktestRequest
from .update_optimization_request import UpdateOptimizationRequest

__all__ = (
    "AbortOptimizationRequest",
    "AlgorithmPerformance",
    "BacktestResponse",
    "BacktestResult",
    "BacktestResultCharts",
    "BacktestResultRollingWindow",
    "BacktestStatus",
    "BacktestSummaryResponse",
    "BacktestSummaryResult",
    "ChartSummary",
    "ConstraintOperator",
    "CreateBacktestRequest",
    "CreateBacktestRequestParameters",
    "CreateOptimizationRequest",
    "DeleteBacktestRequest",
    "DeleteOptimizationRequest",
    "Estimate",
    "EstimateOptimizationRequest",
    "EstimateOptimizationResponse",
    "GridChart",
    "ListBacktestRequest",
    "ListOptimizationRequest",
    "ListOptimizationResponse",
    "Optimization",
    "OptimizationBacktest",
    "OptimizationBacktests",
    "OptimizationConstraint",
    "OptimizationConstraintResult",
    "OptimizationNodeType",
    "OptimizationParameter",
    "OptimizationParameterResult",
    "OptimizationRuntimeStatistics",
    "OptimizationStatus",
    "OptimizationStrategy",
    "OptimizationSummary",
    "OptimizationTarget",
    "OptimizationTargetStatistic",
    "OptimizationTargetTo",
    "ParameterSet",
    "PortfolioStatistics",
    "ReadBacktestRequest",
    "ReadOptimizationRequest",
    "ReadOptimizationResponse",
    "ResearchGuide",
    "RestResponse",
    "RuntimeStatistics",
    "StatisticsResult",
    "Symbol",
    "Trade",
    "TradeStatistics",
    "UpdateBacktestRequest",
    "UpdateOptimizationRequest",
)
