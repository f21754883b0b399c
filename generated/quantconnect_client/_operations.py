"""Every operation of openapi.yaml as the request loop sees it (operationId, path, retry rules from `x-qc-*`)."""

from auth_plugin.operation import Operation

CREATE_PROJECT = Operation(
    name="createProject",
    path="/projects/create",
    idempotent=False,
)
READ_PROJECT = Operation(
    name="readProject",
    path="/projects/read",
)
UPDATE_PROJECT = Operation(
    name="updateProject",
    path="/projects/update",
)
DELETE_PROJECT = Operation(
    name="deleteProject",
    path="/projects/delete",
    not_found_means_done=True,
)
CREATE_PROJECT_COLLABORATOR = Operation(
    name="createProjectCollaborator",
    path="/projects/collaboration/create",
    idempotent=False,
)
READ_PROJECT_COLLABORATORS = Operation(
    name="readProjectCollaborators",
    path="/projects/collaboration/read",
)
UPDATE_PROJECT_COLLABORATOR = Operation(
    name="updateProjectCollaborator",
    path="/projects/collaboration/update",
)
DELETE_PROJECT_COLLABORATOR = Operation(
    name="deleteProjectCollaborator",
    path="/projects/collaboration/delete",
    not_found_means_done=True,
)
ACQUIRE_PROJECT_LOCK = Operation(
    name="acquireProjectLock",
    path="/projects/collaboration/lock/acquire",
)
CREATE_FILE = Operation(
    name="createFile",
    path="/files/create",
    idempotent=False,
)
READ_FILE = Operation(
    name="readFile",
    path="/files/read",
)
UPDATE_FILE = Operation(
    name="updateFile",
    path="/files/update",
    not_found_means_done=True,
)
DELETE_FILE = Operation(
    name="deleteFile",
    path="/files/delete",
    not_found_means_done=True,
)
PATCH_FILE = Operation(
    name="patchFile",
    path="/files/patch",
    idempotent=False,
)
CREATE_COMPILE = Operation(
    name="createCompile",
    path="/compile/create",
    idempotent=False,
)
READ_COMPILE = Operation(
    name="readCompile",
    path="/compile/read",
)
CREATE_BACKTEST = Operation(
    name="createBacktest",
    path="/backtests/create",
    idempotent=False,
)
READ_BACKTEST = Operation(
    name="readBacktest",
    path="/backtests/read",
)
UPDATE_BACKTEST = Operation(
    name="updateBacktest",
    path="/backtests/update",
)
DELETE_BACKTEST = Operation(
    name="deleteBacktest",
    path="/backtests/delete",
    not_found_means_done=True,
)
LIST_BACKTESTS = Operation(
    name="listBacktests",
    path="/backtests/list",
)
READ_BACKTEST_CHART = Operation(
    name="readBacktestChart",
    path="/backtests/chart/read",
)
READ_BACKTEST_ORDERS = Operation(
    name="readBacktestOrders",
    path="/backtests/orders/read",
)
READ_BACKTEST_INSIGHTS = Operation(
    name="readBacktestInsights",
    path="/backtests/read/insights",
)
READ_BACKTEST_LOG = Operation(
    name="readBacktestLog",
    path="/backtests/read/log",
)
READ_BACKTEST_REPORT = Operation(
    name="readBacktestReport",
    path="/backtests/read/report",
)
ESTIMATE_OPTIMIZATION = Operation(
    name="estimateOptimization",
    path="/optimizations/estimate",
)
CREATE_OPTIMIZATION = Operation(
    name="createOptimization",
    path="/optimizations/create",
    idempotent=False,
)
UPDATE_OPTIMIZATION = Operation(
    name="updateOptimization",
    path="/optimizations/update",
)
READ_OPTIMIZATION = Operation(
    name="readOptimization",
    path="/optimizations/read",
)
ABORT_OPTIMIZATION = Operation(
    name="abortOptimization",
    path="/optimizations/abort",
)
DELETE_OPTIMIZATION = Operation(
    name="deleteOptimization",
    path="/optimizations/delete",
    not_found_means_done=True,
)
LIST_OPTIMIZATIONS = Operation(
    name="listOptimizations",
    path="/optimizations/list",
)
CREATE_LIVE = Operation(
    name="createLive",
    path="/live/create",
    idempotent=False,
)
READ_LIVE = Operation(
    name="readLive",
    path="/live/read",
)
LIST_LIVE = Operation(
    name="listLive",
    path="/live/list",
)
LIQUIDATE_LIVE = Operation(
    name="liquidateLive",
    path="/live/update/liquidate",
)
STOP_LIVE = Operation(
    name="stopLive",
    path="/live/update/stop",
)
READ_LIVE_PORTFOLIO = Operation(
    name="readLivePortfolio",
    path="/live/portfolio/read",
)
READ_LIVE_ORDERS = Operation(
    name="readLiveOrders",
    path="/live/orders/read",
)
READ_LIVE_INSIGHTS = Operation(
    name="readLiveInsights",
    path="/live/insights/read",
)
READ_LIVE_LOG = Operation(
    name="readLiveLog",
    path="/live/logs/read",
)
READ_LIVE_CHART = Operation(
    name="readLiveChart",
    path="/live/chart/read",
)
CREATE_LIVE_COMMAND = Operation(
    name="createLiveCommand",
    path="/live/commands/create",
    idempotent=False,
)
BROADCAST_LIVE_COMMAND = Operation(
    name="broadcastLiveCommand",
    path="/live/commands/broadcast",
    idempotent=False,
)
AUTHORIZE_LIVE_AUTH_0 = Operation(
    name="authorizeLiveAuth0",
    path="/live/auth0/authorize",
    answers_redirect=True,
)
READ_LIVE_AUTH_0 = Operation(
    name="readLiveAuth0",
    path="/live/auth0/read",
)
READ_ACCOUNT = Operation(
    name="readAccount",
    path="/account/read",
)
SET_OBJECT = Operation(
    name="setObject",
    path="/object/set",
)
GET_OBJECT = Operation(
    name="getObject",
    path="/object/get",
)
READ_OBJECT_PROPERTIES = Operation(
    name="readObjectProperties",
    path="/object/properties",
)
DELETE_OBJECT = Operation(
    name="deleteObject",
    path="/object/delete",
    not_found_means_done=True,
)
LIST_OBJECTS = Operation(
    name="listObjects",
    path="/object/list",
)
READ_NODES = Operation(
    name="readNodes",
    path="/projects/nodes/read",
)
UPDATE_NODES = Operation(
    name="updateNodes",
    path="/projects/nodes/update",
)
READ_LEAN_VERSIONS = Operation(
    name="readLeanVersions",
    path="/lean/versions/read",
)
CHECK_AI_INITIALIZATION = Operation(
    name="checkAiInitialization",
    path="/ai/tools/backtest-init",
)
COMPLETE_AI_CODE = Operation(
    name="completeAiCode",
    path="/ai/tools/complete",
)
ENHANCE_AI_ERROR = Operation(
    name="enhanceAiError",
    path="/ai/tools/error-enhance",
)
CONVERT_AI_PEP_8 = Operation(
    name="convertAiPep8",
    path="/ai/tools/pep8-convert",
)
CHECK_AI_SYNTAX = Operation(
    name="checkAiSyntax",
    path="/ai/tools/syntax-check",
)
SEARCH_AI = Operation(
    name="searchAi",
    path="/ai/tools/search",
)
AUTHENTICATE = Operation(
    name="authenticate",
    path="/authenticate",
)

OPERATIONS: dict[str, Operation] = {
    "create_project": CREATE_PROJECT,
    "read_project": READ_PROJECT,
    "update_project": UPDATE_PROJECT,
    "delete_project": DELETE_PROJECT,
    "create_project_collaborator": CREATE_PROJECT_COLLABORATOR,
    "read_project_collaborators": READ_PROJECT_COLLABORATORS,
    "update_project_collaborator": UPDATE_PROJECT_COLLABORATOR,
    "delete_project_collaborator": DELETE_PROJECT_COLLABORATOR,
    "acquire_project_lock": ACQUIRE_PROJECT_LOCK,
    "create_file": CREATE_FILE,
    "read_file": READ_FILE,
    "update_file": UPDATE_FILE,
    "delete_file": DELETE_FILE,
    "patch_file": PATCH_FILE,
    "create_compile": CREATE_COMPILE,
    "read_compile": READ_COMPILE,
    "create_backtest": CREATE_BACKTEST,
    "read_backtest": READ_BACKTEST,
    "update_backtest": UPDATE_BACKTEST,
    "delete_backtest": DELETE_BACKTEST,
    "list_backtests": LIST_BACKTESTS,
    "read_backtest_chart": READ_BACKTEST_CHART,
    "read_backtest_orders": READ_BACKTEST_ORDERS,
    "read_backtest_insights": READ_BACKTEST_INSIGHTS,
    "read_backtest_log": READ_BACKTEST_LOG,
    "read_backtest_report": READ_BACKTEST_REPORT,
    "estimate_optimization": ESTIMATE_OPTIMIZATION,
    "create_optimization": CREATE_OPTIMIZATION,
    "update_optimization": UPDATE_OPTIMIZATION,
    "read_optimization": READ_OPTIMIZATION,
    "abort_optimization": ABORT_OPTIMIZATION,
    "delete_optimization": DELETE_OPTIMIZATION,
    "list_optimizations": LIST_OPTIMIZATIONS,
    "create_live": CREATE_LIVE,
    "read_live": READ_LIVE,
    "list_live": LIST_LIVE,
    "liquidate_live": LIQUIDATE_LIVE,
    "stop_live": STOP_LIVE,
    "read_live_portfolio": READ_LIVE_PORTFOLIO,
    "read_live_orders": READ_LIVE_ORDERS,
    "read_live_insights": READ_LIVE_INSIGHTS,
    "read_live_log": READ_LIVE_LOG,
    "read_live_chart": READ_LIVE_CHART,
    "create_live_command": CREATE_LIVE_COMMAND,
    "broadcast_live_command": BROADCAST_LIVE_COMMAND,
    "authorize_live_auth_0": AUTHORIZE_LIVE_AUTH_0,
    "read_live_auth_0": READ_LIVE_AUTH_0,
    "read_account": READ_ACCOUNT,
    "set_object": SET_OBJECT,
    "get_object": GET_OBJECT,
    "read_object_properties": READ_OBJECT_PROPERTIES,
    "delete_object": DELETE_OBJECT,
    "list_objects": LIST_OBJECTS,
    "read_nodes": READ_NODES,
    "update_nodes": UPDATE_NODES,
    "read_lean_versions": READ_LEAN_VERSIONS,
    "check_ai_initialization": CHECK_AI_INITIALIZATION,
    "complete_ai_code": COMPLETE_AI_CODE,
    "enhance_ai_error": ENHANCE_AI_ERROR,
    "convert_ai_pep_8": CONVERT_AI_PEP_8,
    "check_ai_syntax": CHECK_AI_SYNTAX,
    "search_ai": SEARCH_AI,
    "authenticate": AUTHENTICATE,
}
"""By the name of the generated endpoint module (which the module stamps on its requests)."""
