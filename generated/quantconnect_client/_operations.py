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
AUTHENTICATE = Operation(
    name="authenticate",
    path="/authenticate",
)

OPERATIONS: dict[str, Operation] = {
    "create_project": CREATE_PROJECT,
    "read_project": READ_PROJECT,
    "update_project": UPDATE_PROJECT,
    "delete_project": DELETE_PROJECT,
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
    "authenticate": AUTHENTICATE,
}
"""By the name of the generated endpoint module (which the module stamps on its requests)."""
