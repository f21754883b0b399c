"""Contains all the data models used in inputs/outputs"""

from .abort_optimization_request import AbortOptimizationRequest
from .account_response import AccountResponse
from .ai_error import AiError
from .ai_file import AiFile
from .ai_files_request import AiFilesRequest
from .ai_state import AiState
from .algorithm_performance import AlgorithmPerformance
from .authorize_external_connection_request import AuthorizeExternalConnectionRequest
from .authorize_external_connection_response import AuthorizeExternalConnectionResponse
from .backtest_init_response import BacktestInitResponse
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
from .broadcast_live_command_request import BroadcastLiveCommandRequest
from .brokerage_data import BrokerageData
from .brokerage_holding import BrokerageHolding
from .brokerage_id import BrokerageId
from .card import Card
from .cash import Cash
from .cash_amount import CashAmount
from .chart import Chart
from .chart_loading_status import ChartLoadingStatus
from .chart_point import ChartPoint
from .chart_series import ChartSeries
from .chart_summary import ChartSummary
from .code_completion_request import CodeCompletionRequest
from .code_completion_response import CodeCompletionResponse
from .collaborator import Collaborator
from .collaborator_permission import CollaboratorPermission
from .compile_state import CompileState
from .constraint_operator import ConstraintOperator
from .create_backtest_request import CreateBacktestRequest
from .create_backtest_request_parameters import CreateBacktestRequestParameters
from .create_collaborator_request import CreateCollaboratorRequest
from .create_compile_request import CreateCompileRequest
from .create_compile_response import CreateCompileResponse
from .create_live_algorithm_request import CreateLiveAlgorithmRequest
from .create_live_algorithm_request_data_providers import CreateLiveAlgorithmRequestDataProviders
from .create_live_algorithm_response import CreateLiveAlgorithmResponse
from .create_live_command_request import CreateLiveCommandRequest
from .create_optimization_request import CreateOptimizationRequest
from .create_project_file_request import CreateProjectFileRequest
from .create_project_request import CreateProjectRequest
from .delete_backtest_request import DeleteBacktestRequest
from .delete_collaborator_request import DeleteCollaboratorRequest
from .delete_file_request import DeleteFileRequest
from .delete_object_store_request import DeleteObjectStoreRequest
from .delete_optimization_request import DeleteOptimizationRequest
from .delete_project_request import DeleteProjectRequest
from .encryption_key import EncryptionKey
from .error_enhance_request import ErrorEnhanceRequest
from .error_enhance_response import ErrorEnhanceResponse
from .estimate import Estimate
from .estimate_optimization_request import EstimateOptimizationRequest
from .estimate_optimization_response import EstimateOptimizationResponse
from .file_parameters import FileParameters
from .get_object_store_job_id_request import GetObjectStoreJobIdRequest
from .get_object_store_properties_request import GetObjectStorePropertiesRequest
from .get_object_store_properties_response import GetObjectStorePropertiesResponse
from .get_object_store_response import GetObjectStoreResponse
from .get_object_store_url_request import GetObjectStoreURLRequest
from .grid import Grid
from .grid_chart import GridChart
from .group_order_manager import GroupOrderManager
from .holding import Holding
from .insight import Insight
from .insight_direction import InsightDirection
from .insight_type import InsightType
from .lean_version import LeanVersion
from .lean_versions_response import LeanVersionsResponse
from .library import Library
from .liquidate_live_algorithm_request import LiquidateLiveAlgorithmRequest
from .list_backtest_request import ListBacktestRequest
from .list_live_algorithms_request import ListLiveAlgorithmsRequest
from .list_object_store_request import ListObjectStoreRequest
from .list_object_store_response import ListObjectStoreResponse
from .list_optimization_request import ListOptimizationRequest
from .list_optimization_response import ListOptimizationResponse
from .live_algorithm import LiveAlgorithm
from .live_algorithm_charts import LiveAlgorithmCharts
from .live_algorithm_list_response import LiveAlgorithmListResponse
from .live_algorithm_list_status import LiveAlgorithmListStatus
from .live_algorithm_results import LiveAlgorithmResults
from .live_algorithm_results_charts import LiveAlgorithmResultsCharts
from .live_algorithm_results_server_statistics import LiveAlgorithmResultsServerStatistics
from .live_algorithm_status import LiveAlgorithmStatus
from .live_algorithm_summary import LiveAlgorithmSummary
from .live_authentication_data import LiveAuthenticationData
from .live_authorization import LiveAuthorization
from .live_authorization_account import LiveAuthorizationAccount
from .live_brokerage_settings import LiveBrokerageSettings
from .live_command import LiveCommand
from .live_data_provider_settings import LiveDataProviderSettings
from .live_form import LiveForm
from .live_insights_response import LiveInsightsResponse
from .live_notification import LiveNotification
from .live_notification_event import LiveNotificationEvent
from .live_notification_target import LiveNotificationTarget
from .live_notification_target_headers import LiveNotificationTargetHeaders
from .live_orders_response import LiveOrdersResponse
from .live_portfolio_response import LivePortfolioResponse
from .lock_project_request import LockProjectRequest
from .node import Node
from .node_prices import NodePrices
from .object_store_binary_file import ObjectStoreBinaryFile
from .object_store_properties import ObjectStoreProperties
from .object_store_summary import ObjectStoreSummary
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
from .pep8_convert_request import PEP8ConvertRequest
from .pep8_convert_response import PEP8ConvertResponse
from .pep8_convert_response_payload import PEP8ConvertResponsePayload
from .portfolio import Portfolio
from .portfolio_cash import PortfolioCash
from .portfolio_holdings import PortfolioHoldings
from .portfolio_statistics import PortfolioStatistics
from .project import Project
from .project_collaborators_response import ProjectCollaboratorsResponse
from .project_file import ProjectFile
from .project_files_response import ProjectFilesResponse
from .project_language import ProjectLanguage
from .project_list_response import ProjectListResponse
from .project_nodes import ProjectNodes
from .project_nodes_response import ProjectNodesResponse
from .project_parameter import ProjectParameter
from .project_parameter_map import ProjectParameterMap
from .project_parameter_update import ProjectParameterUpdate
from .read_account_request import ReadAccountRequest
from .read_backtest_chart_request import ReadBacktestChartRequest
from .read_backtest_insights_request import ReadBacktestInsightsRequest
from .read_backtest_log_request import ReadBacktestLogRequest
from .read_backtest_log_response import ReadBacktestLogResponse
from .read_backtest_orders_request import ReadBacktestOrdersRequest
from .read_backtest_request import ReadBacktestRequest
from .read_chart_response import ReadChartResponse
from .read_collaborators_request import ReadCollaboratorsRequest
from .read_collaborators_response import ReadCollaboratorsResponse
from .read_compile_request import ReadCompileRequest
from .read_compile_response import ReadCompileResponse
from .read_files_request import ReadFilesRequest
from .read_lean_versions_request import ReadLeanVersionsRequest
from .read_live_algorithm_request import ReadLiveAlgorithmRequest
from .read_live_chart_request import ReadLiveChartRequest
from .read_live_insights_request import ReadLiveInsightsRequest
from .read_live_logs_request import ReadLiveLogsRequest
from .read_live_logs_response import ReadLiveLogsResponse
from .read_live_orders_request import ReadLiveOrdersRequest
from .read_live_portfolio_request import ReadLivePortfolioRequest
from .read_optimization_request import ReadOptimizationRequest
from .read_optimization_response import ReadOptimizationResponse
from .read_project_nodes_request import ReadProjectNodesRequest
from .read_project_request import ReadProjectRequest
from .research_guide import ResearchGuide
from .rest_response import RestResponse
from .runtime_statistics import RuntimeStatistics
from .scatter_marker_symbol import ScatterMarkerSymbol
from .search_criteria import SearchCriteria
from .search_request import SearchRequest
from .search_response import SearchResponse
from .search_retrieval import SearchRetrieval
from .search_source import SearchSource
from .series import Series
from .statistics_result import StatisticsResult
from .stop_live_algorithm_request import StopLiveAlgorithmRequest
from .symbol import Symbol
from .syntax_check_response import SyntaxCheckResponse
from .trade import Trade
from .trade_statistics import TradeStatistics
from .update_backtest_request import UpdateBacktestRequest
from .update_collaborator_request import UpdateCollaboratorRequest
from .update_file_contents_request import UpdateFileContentsRequest
from .update_file_name_request import UpdateFileNameRequest
from .update_file_response import UpdateFileResponse
from .update_optimization_request import UpdateOptimizationRequest
from .update_project_nodes_request import UpdateProjectNodesRequest
from .update_project_request import UpdateProjectRequest

__all__ = (
    "AbortOptimizationRequest",
    "AccountResponse",
    "AiError",
    "AiFile",
    "AiFilesRequest",
    "AiState",
    "AlgorithmPerformance",
    "AuthorizeExternalConnectionRequest",
    "AuthorizeExternalConnectionResponse",
    "BacktestInitResponse",
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
    "BroadcastLiveCommandRequest",
    "BrokerageData",
    "BrokerageHolding",
    "BrokerageId",
    "Card",
    "Cash",
    "CashAmount",
    "Chart",
    "ChartLoadingStatus",
    "ChartPoint",
    "ChartSeries",
    "ChartSummary",
    "CodeCompletionRequest",
    "CodeCompletionResponse",
    "Collaborator",
    "CollaboratorPermission",
    "CompileState",
    "ConstraintOperator",
    "CreateBacktestRequest",
    "CreateBacktestRequestParameters",
    "CreateCollaboratorRequest",
    "CreateCompileRequest",
    "CreateCompileResponse",
    "CreateLiveAlgorithmRequest",
    "CreateLiveAlgorithmRequestDataProviders",
    "CreateLiveAlgorithmResponse",
    "CreateLiveCommandRequest",
    "CreateOptimizationRequest",
    "CreateProjectFileRequest",
    "CreateProjectRequest",
    "DeleteBacktestRequest",
    "DeleteCollaboratorRequest",
    "DeleteFileRequest",
    "DeleteObjectStoreRequest",
    "DeleteOptimizationRequest",
    "DeleteProjectRequest",
    "EncryptionKey",
    "ErrorEnhanceRequest",
    "ErrorEnhanceResponse",
    "Estimate",
    "EstimateOptimizationRequest",
    "EstimateOptimizationResponse",
    "FileParameters",
    "GetObjectStoreJobIdRequest",
    "GetObjectStorePropertiesRequest",
    "GetObjectStorePropertiesResponse",
    "GetObjectStoreResponse",
    "GetObjectStoreURLRequest",
    "Grid",
    "GridChart",
    "GroupOrderManager",
    "Holding",
    "Insight",
    "InsightDirection",
    "InsightType",
    "LeanVersion",
    "LeanVersionsResponse",
    "Library",
    "LiquidateLiveAlgorithmRequest",
    "ListBacktestRequest",
    "ListLiveAlgorithmsRequest",
    "ListObjectStoreRequest",
    "ListObjectStoreResponse",
    "ListOptimizationRequest",
    "ListOptimizationResponse",
    "LiveAlgorithm",
    "LiveAlgorithmCharts",
    "LiveAlgorithmListResponse",
    "LiveAlgorithmListStatus",
    "LiveAlgorithmResults",
    "LiveAlgorithmResultsCharts",
    "LiveAlgorithmResultsServerStatistics",
    "LiveAlgorithmStatus",
    "LiveAlgorithmSummary",
    "LiveAuthenticationData",
    "LiveAuthorization",
    "LiveAuthorizationAccount",
    "LiveBrokerageSettings",
    "LiveCommand",
    "LiveDataProviderSettings",
    "LiveForm",
    "LiveInsightsResponse",
    "LiveNotification",
    "LiveNotificationEvent",
    "LiveNotificationTarget",
    "LiveNotificationTargetHeaders",
    "LiveOrdersResponse",
    "LivePortfolioResponse",
    "LockProjectRequest",
    "Node",
    "NodePrices",
    "ObjectStoreBinaryFile",
    "ObjectStoreProperties",
    "ObjectStoreSummary",
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
    "PEP8ConvertRequest",
    "PEP8ConvertResponse",
    "PEP8ConvertResponsePayload",
    "ParameterDetail",
    "ParameterSet",
    "PatchFileRequest",
    "Portfolio",
    "PortfolioCash",
    "PortfolioHoldings",
    "PortfolioStatistics",
    "Project",
    "ProjectCollaboratorsResponse",
    "ProjectFile",
    "ProjectFilesResponse",
    "ProjectLanguage",
    "ProjectListResponse",
    "ProjectNodes",
    "ProjectNodesResponse",
    "ProjectParameter",
    "ProjectParameterMap",
    "ProjectParameterUpdate",
    "ReadAccountRequest",
    "ReadBacktestChartRequest",
    "ReadBacktestInsightsRequest",
    "ReadBacktestLogRequest",
    "ReadBacktestLogResponse",
    "ReadBacktestOrdersRequest",
    "ReadBacktestRequest",
    "ReadChartResponse",
    "ReadCollaboratorsRequest",
    "ReadCollaboratorsResponse",
    "ReadCompileRequest",
    "ReadCompileResponse",
    "ReadFilesRequest",
    "ReadLeanVersionsRequest",
    "ReadLiveAlgorithmRequest",
    "ReadLiveChartRequest",
    "ReadLiveInsightsRequest",
    "ReadLiveLogsRequest",
    "ReadLiveLogsResponse",
    "ReadLiveOrdersRequest",
    "ReadLivePortfolioRequest",
    "ReadOptimizationRequest",
    "ReadOptimizationResponse",
    "ReadProjectNodesRequest",
    "ReadProjectRequest",
    "ResearchGuide",
    "RestResponse",
    "RuntimeStatistics",
    "ScatterMarkerSymbol",
    "SearchCriteria",
    "SearchRequest",
    "SearchResponse",
    "SearchRetrieval",
    "SearchSource",
    "Series",
    "StatisticsResult",
    "StopLiveAlgorithmRequest",
    "Symbol",
    "SyntaxCheckResponse",
    "Trade",
    "TradeStatistics",
    "UpdateBacktestRequest",
    "UpdateCollaboratorRequest",
    "UpdateFileContentsRequest",
    "UpdateFileNameRequest",
    "UpdateFileResponse",
    "UpdateOptimizationRequest",
    "UpdateProjectNodesRequest",
    "UpdateProjectRequest",
)
