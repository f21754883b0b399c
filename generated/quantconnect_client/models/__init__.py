"""Contains all the data models used in inputs/outputs"""

from .abort_optimization_request import AbortOptimizationRequest
from .algorithm_performance import AlgorithmPerformance
from .backtest_insights_response import BacktestInsightsResponse
from .backtest_orders_response import BacktestOrdersResponse
from .backtest_report_request import BacktestReportRequest
from .backtest_report_response import BacktestReportResponse
from .backtest_response import BacktestResponse
from .backtest_result import BacktestResult
from .backtest_result_charts import BacktestResultCharts
from .backtest_result_rolling_window import BacktestResultRollingWindow
from .backtest_status import BacktestStatus
from .backtest_summary_response import BacktestSummaryResponse
from .backtest_summary_result import BacktestSummaryResult
from .brokerage_data import BrokerageData
from .brokerage_id import BrokerageId
from .chart import Chart
from .chart_loading_status import ChartLoadingStatus
from .chart_point import ChartPoint
from .chart_series import ChartSeries
from .chart_summary import ChartSummary
from .collaborator import Collaborator
from .collaborator_permission import CollaboratorPermission
from .compile_state import CompileState
from .constraint_operator import ConstraintOperator
from .create_backtest_request import CreateBacktestRequest
from .create_backtest_request_parameters import CreateBacktestRequestParameters
from .create_compile_request import CreateCompileRequest
from .create_compile_response import CreateCompileResponse
from .create_optimization_request import CreateOptimizationRequest
from .create_project_file_request import CreateProjectFileRequest
from .create_project_request import CreateProjectRequest
from .delete_backtest_request import DeleteBacktestRequest
from .delete_file_request import DeleteFileRequest
from .delete_optimization_request import DeleteOptimizationRequest
from .delete_project_request import DeleteProjectRequest
from .encryption_key import EncryptionKey
from .estimate import Estimate
from .estimate_optimization_request import EstimateOptimizationRequest
from .estimate_optimization_response import EstimateOptimizationResponse
from .file_parameters import FileParameters
from .grid import Grid
from .grid_chart import GridChart
from .group_order_manager import GroupOrderManager
from .insight import Insight
from .insight_direction import InsightDirection
from .insight_type import InsightType
from .lean_version import LeanVersion
from .library import Library
from .list_backtest_request import ListBacktestRequest
from .list_optimization_request import ListOptimizationRequest
from .list_optimization_response import ListOptimizationResponse
from .live_authentication_data import LiveAuthenticationData
from .live_form import LiveForm
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
from .order import Order
from .order_direction import OrderDirection
from .order_event import OrderEvent
from .order_event_status import OrderEventStatus
from .order_properties import OrderProperties
from .order_properties_time_in_force import OrderPropertiesTimeInForce
from .order_submission_data import OrderSubmissionData
from .parameter_detail import ParameterDetail
from .parameter_set import ParameterSet
from .patch_file_request import PatchFileRequest
from .portfolio_statistics import PortfolioStatistics
from .project import Project
from .project_file import ProjectFile
from .project_files_response import ProjectFilesResponse
from .project_language import ProjectLanguage
from .project_list_response import ProjectListResponse
from .project_parameter import ProjectParameter
from .project_parameter_map import ProjectParameterMap
from .project_parameter_update import ProjectParameterUpdate
from .read_backtest_chart_request import ReadBacktestChartRequest
from .read_backtest_insights_request import ReadBacktestInsightsRequest
from .read_backtest_log_request import ReadBacktestLogRequest
from .read_backtest_log_response import ReadBacktestLogResponse
from .read_backtest_orders_request import ReadBacktestOrdersRequest
from .read_backtest_request import ReadBacktestRequest
from .read_chart_response import ReadChartResponse
from .read_compile_request import ReadCompileRequest
from .read_compile_response import ReadCompileResponse
from .read_files_request import ReadFilesRequest
from .read_optimization_request import ReadOptimizationRequest
from .read_optimization_response import ReadOptimizationResponse
from .read_project_request import ReadProjectRequest
from .research_guide import ResearchGuide
from .rest_response import RestResponse
from .runtime_statistics import RuntimeStatistics
from .scatter_marker_symbol import ScatterMarkerSymbol
from .series import Series
from .statistics_result import StatisticsResult
from .symbol import Symbol
from .trade import Trade
from .trade_statistics import TradeStatistics
from .update_backtest_request import UpdateBacktestRequest
from .update_file_contents_request import UpdateFileContentsRequest
from .update_file_name_request import UpdateFileNameRequest
from .update_file_response import UpdateFileResponse
from .update_optimization_request import UpdateOptimizationRequest
from .update_project_request import UpdateProjectRequest

__all__ = (
    "AbortOptimizationRequest",
    "AlgorithmPerformance",
    "BacktestInsightsResponse",
    "BacktestOrdersResponse",
    "BacktestReportRequest",
    "BacktestReportResponse",
    "BacktestResponse",
    "BacktestResult",
    "BacktestResultCharts",
    "BacktestResultRollingWindow",
    "BacktestStatus",
    "BacktestSummaryResponse",
    "BacktestSummaryResult",
    "BrokerageData",
    "BrokerageId",
    "Chart",
    "ChartLoadingStatus",
    "ChartPoint",
    "ChartSeries",
    "ChartSummary",
    "Collaborator",
    "CollaboratorPermission",
    "CompileState",
    "ConstraintOperator",
    "CreateBacktestRequest",
    "CreateBacktestRequestParameters",
    "CreateCompileRequest",
    "CreateCompileResponse",
    "CreateOptimizationRequest",
    "CreateProjectFileRequest",
    "CreateProjectRequest",
    "DeleteBacktestRequest",
    "DeleteFileRequest",
    "DeleteOptimizationRequest",
    "DeleteProjectRequest",
    "EncryptionKey",
    "Estimate",
    "EstimateOptimizationRequest",
    "EstimateOptimizationResponse",
    "FileParameters",
    "Grid",
    "GridChart",
    "GroupOrderManager",
    "Insight",
    "InsightDirection",
    "InsightType",
    "LeanVersion",
    "Library",
    "ListBacktestRequest",
    "ListOptimizationRequest",
    "ListOptimizationResponse",
    "LiveAuthenticationData",
    "LiveForm",
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
    "Order",
    "OrderDirection",
    "OrderEvent",
    "OrderEventStatus",
    "OrderProperties",
    "OrderPropertiesTimeInForce",
    "OrderSubmissionData",
    "ParameterDetail",
    "ParameterSet",
    "PatchFileRequest",
    "PortfolioStatistics",
    "Project",
    "ProjectFile",
    "ProjectFilesResponse",
    "ProjectLanguage",
    "ProjectListResponse",
    "ProjectParameter",
    "ProjectParameterMap",
    "ProjectParameterUpdate",
    "ReadBacktestChartRequest",
    "ReadBacktestInsightsRequest",
    "ReadBacktestLogRequest",
    "ReadBacktestLogResponse",
    "ReadBacktestOrdersRequest",
    "ReadBacktestRequest",
    "ReadChartResponse",
    "ReadCompileRequest",
    "ReadCompileResponse",
    "ReadFilesRequest",
    "ReadOptimizationRequest",
    "ReadOptimizationResponse",
    "ReadProjectRequest",
    "ResearchGuide",
    "RestResponse",
    "RuntimeStatistics",
    "ScatterMarkerSymbol",
    "Series",
    "StatisticsResult",
    "Symbol",
    "Trade",
    "TradeStatistics",
    "UpdateBacktestRequest",
    "UpdateFileContentsRequest",
    "UpdateFileNameRequest",
    "UpdateFileResponse",
    "UpdateOptimizationRequest",
    "UpdateProjectRequest",
)
