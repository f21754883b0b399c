"""openapi.yaml covers every property QuantConnect's own document gives the schemas of our operations.

The property names below are facts read from `QuantConnect-Platform-2.0.0.yaml` (public repository
QuantConnect/Documentation). Where we named a schema differently, the official name is in the comment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

SPEC: dict[str, Any] = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text("utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

OFFICIAL_PROPERTIES: dict[str, set[str]] = {
    "RestResponse": {"success", "errors"},
    "CreateBacktestRequest": {"projectId", "compileId", "backtestName", "parameters"},
    "ReadBacktestRequest": {"projectId", "backtestId"},
    "UpdateBacktestRequest": {"projectId", "backtestId", "name", "note"},
    "DeleteBacktestRequest": {"projectId", "backtestId"},
    "ListBacktestRequest": {"projectId", "includeStatistics"},
    "BacktestResponse": {"backtest", "debugging", "success", "errors"},
    "BacktestResult": {
        "note", "name", "organizationId", "projectId", "completed", "optimizationId", "backtestId",
        "tradeableDates", "researchGuide", "backtestStart", "backtestEnd", "created", "snapshotId", "status",
        "error", "stacktrace", "progress", "hasInitializeError", "charts", "parameterSet", "rollingWindow",
        "runtimeStatistics", "statistics", "totalPerformance", "nodeName", "outOfSampleMaxEndDate",
        "outOfSampleDays",
    },
    "BacktestSummaryResponse": {"backtests", "count", "success", "errors"},
    "BacktestSummaryResult": {
        "backtestId", "status", "name", "created", "progress", "optimizationId", "tradeableDates",
        "parameterSet", "snapshotId", "tags", "sharpeRatio", "alpha", "beta", "compoundingAnnualReturn",
        "drawdown", "lossRate", "netProfit", "parameters", "psr", "securityTypes", "sortinoRatio", "trades",
        "treynorRatio", "winRate",
    },
    "ResearchGuide": {"minutes", "backtestCount", "parameters"},
    "ChartSummary": {"name"},
    "AlgorithmPerformance": {"tradeStatistics", "portfolioStatistics", "closedTrades"},
    "RuntimeStatistics": {
        "Equity", "Fees", "Holdings", "Net Profit", "Probabilistic Sharpe Ratio", "Return", "Unrealized", "Volume",
    },
    "StatisticsResult": {
        "Total Orders", "Average Win", "Average Loss", "Compounding Annual Return", "Drawdown", "Expectancy",
        "Start Equity", "End Equity", "Net Profit", "Sharpe Ratio", "Sortino Ratio", "Probabilistic Sharpe Ratio",
        "Loss Rate", "Win Rate", "Profit-Loss Ratio", "Alpha", "Beta", "Annual Standard Deviation",
        "Annual Variance", "Information Ratio", "Tracking Error", "Treynor Ratio", "Total Fees",
        "Estimated Strategy Capacity", "Lowest Capacity Asset", "Portfolio Turnover",
    },
    "PortfolioStatistics": {
        "averageWinRate", "averageLossRate", "profitLossRatio", "winRate", "lossRate", "expectancy", "startEquity",
        "endEquity", "compoundingAnnualReturn", "drawdown", "totalNetProfit", "sharpeRatio",
        "probabilisticSharpeRatio", "sortinoRatio", "alpha", "beta", "annualStandardDeviation", "annualVariance",
        "informationRatio", "trackingError", "treynorRatio", "portfolioTurnover", "valueAtRisk99", "valueAtRisk95",
    },
    "TradeStatistics": {
        "startDateTime", "endDateTime", "totalNumberOfTrades", "numberOfWinningTrades", "numberOfLosingTrades",
        "totalProfitLoss", "totalProfit", "totalLoss", "largestProfit", "largestLoss", "averageProfitLoss",
        "averageProfit", "averageLoss", "averageTradeDuration", "averageWinningTradeDuration",
        "averageLosingTradeDuration", "medianTradeDuration", "medianWinningTradeDuration",
        "medianLosingTradeDuration", "maxConsecutiveWinningTrades", "maxConsecutiveLosingTrades", "profitLossRatio",
        "winLossRatio", "winRate", "lossRate", "averageMAE", "averageMFE", "largestMAE", "largestMFE",
        "maximumClosedTradeDrawdown", "maximumIntraTradeDrawdown", "profitLossStandardDeviation",
        "profitLossDownsideDeviation", "profitFactor", "sharpeRatio", "sortinoRatio", "profitToMaxDrawdownRatio",
        "maximumEndTradeDrawdown", "averageEndTradeDrawdown", "maximumDrawdownDuration", "totalFees",
    },
    "Trade": {
        "symbol", "entryTime", "entryPrice", "direction", "quantity", "exitTime", "exitPrice", "profitLoss",
        "totalFees", "mae", "mfe", "duration", "endTradeDrawdown",
    },
    "Symbol": {"value", "id", "permtick"},
    "EstimateOptimizationRequest": {
        "projectId", "name", "target", "targetTo", "targetValue", "strategy", "compileId", "parameters",
        "constraints",
    },
    "CreateOptimizationRequest": {
        "projectId", "name", "target", "targetTo", "targetValue", "strategy", "compileId", "parameters",
        "constraints", "estimatedCost", "nodeType", "parallelNodes",
    },
    "UpdateOptimizationRequest": {"optimizationId", "name"},
    "ReadOptimizationRequest": {"optimizationId"},
    "AbortOptimizationRequest": {"optimizationId"},
    "DeleteOptimizationRequest": {"optimizationId"},
    "ListOptimizationRequest": {"projectId"},
    "Estimate": {"estimateId", "time", "balance"},
    "EstimateOptimizationResponse": {"estimate", "success", "errors"},
    "ListOptimizationResponse": {"optimizations", "success", "errors"},
    "ReadOptimizationResponse": {"optimization", "success", "errors"},
    # Official name: CreateOptimizationResponse (the items of ListOptimizationResponse).
    "OptimizationSummary": {
        "optimizationId", "projectId", "name", "status", "nodeType", "criterion", "created", "psr", "sharpeRatio",
        "trades", "cloneId", "outOfSampleDays", "outOfSampleMaxEndDate", "parameters",
    },
    "Optimization": {
        "optimizationId", "snapshotId", "projectId", "name", "status", "nodeType", "parallelNodes", "criterion",
        "runtimeStatistics", "constraints", "parameters", "backtests", "strategy", "requested",
        "optimizationTarget", "targetValue", "gridLayout", "outOfSampleMaxEndDate", "outOfSampleDays",
    },
    "OptimizationBacktest": {
        "name", "id", "progress", "exitCode", "statistics", "parameterSet", "equity", "startDate", "endDate",
        "outOfSampleDays", "outOfSampleMaxEndDate",
    },
    "OptimizationParameter": {"name", "min", "max", "step", "minStep"},
    "OptimizationConstraint": {"target", "operator", "targetValue"},
    "OptimizationTarget": {"target", "extremum", "targetValue"},
    "OptimizationRuntimeStatistics": {
        "Completed", "Failed", "Running", "In Queue", "Average Length", "Total Runtime", "Total", "Consumed",
    },
    "GridChart": {"chartName", "width", "height", "row", "column", "sort"},
    "CreateProjectRequest": {"name", "language", "organizationId"},
    "ReadProjectRequest": {"projectId", "start", "end"},
    "UpdateProjectRequest": {"projectId", "name", "description"},
    "DeleteProjectRequest": {"projectId"},
    "ProjectListResponse": {"projects", "versions", "success", "errors"},
    "Project": {
        "projectId", "organizationId", "name", "modified", "created", "ownerId", "language", "collaborators",
        "leanVersionId", "leanPinnedToMaster", "owner", "description", "channelId", "parameters", "libraries",
        "grid", "liveGrid", "paperEquity", "lastLiveDeployment", "liveForm", "encrypted", "codeRunning",
        "leanEnvironment", "encryptionKey",
    },
    "CreateProjectFileRequest": {"projectId", "name", "content", "codeSourceId"},
    "ReadFilesRequest": {"projectId", "name", "codeSourceId"},
    "UpdateFileNameRequest": {"projectId", "name", "newName", "codeSourceId"},
    "UpdateFileContentsRequest": {"projectId", "name", "content", "codeSourceId"},
    "DeleteFileRequest": {"projectId", "name", "codeSourceId"},
    "PatchFileRequest": {"projectId", "patch", "codeSourceId"},
    "ProjectFilesResponse": {"files", "success", "errors"},
    "ProjectFile": {"id", "projectId", "name", "content", "modified", "open", "isLibrary"},
    "CreateCompileRequest": {"projectId"},
    "ReadCompileRequest": {"projectId", "compileId"},
    "CreateCompileResponse": {
        "compileId", "state", "parameters", "projectId", "signature", "signatureOrder", "success", "errors",
    },
    "ReadCompileResponse": {"compileId", "state", "logs", "success", "errors"},
    "FileParameters": {"file", "parameters"},
    "ParameterDetail": {"line", "type"},
    "ReadBacktestChartRequest": {"projectId", "backtestId", "name", "count", "start", "end"},
    "ReadBacktestOrdersRequest": {"start", "end", "projectId", "backtestId"},
    "ReadBacktestInsightsRequest": {"start", "end", "projectId", "backtestId"},
    "BacktestReportRequest": {"projectId", "backtestId"},
    # Official: ReadChartResponse and LoadingResponse, one either/or answer here.
    "ReadChartResponse": {"chart", "success", "errors", "progress", "status"},
    "Chart": {"name", "chartType", "series"},
    "Series": {"name", "unit", "index", "values", "seriesType", "color", "scatterMarkerSymbol"},
    "ChartPoint": {"x", "y"},
    "BacktestOrdersResponse": {"orders", "length"},
    "BacktestInsightsResponse": {"insights", "length", "success"},
    # Official: BacktestReport and BacktestReportGeneratingResponse, one either/or answer here.
    "BacktestReportResponse": {"report", "generating", "success", "errors"},
    "Order": {
        "id", "contingentId", "brokerId", "symbol", "limitPrice", "stopPrice", "stopTriggered", "price",
        "priceCurrency", "time", "createdTime", "lastFillTime", "lastUpdateTime", "canceledTime", "quantity",
        "type", "status", "tag", "securityType", "direction", "value", "orderSubmissionData", "isMarketable",
        "properties", "events", "trailingAmount", "trailingPercentage", "groupOrderManager", "triggerPrice",
        "triggerTouched",
    },
    "OrderEvent": {
        "algorithmId", "symbol", "symbolValue", "symbolPermtick", "orderId", "orderEventId", "id", "status",
        "orderFeeAmount", "orderFeeCurrency", "fillPrice", "fillPriceCurrency", "fillQuantity", "direction",
        "message", "isAssignment", "stopPrice", "limitPrice", "quantity", "time", "isInTheMoney",
    },
    "OrderSubmissionData": {"bidPrice", "askPrice", "lastPrice"},
    "GroupOrderManager": {"id", "quantity", "count", "limitPrice", "orderIds", "direction"},
    "Insight": {
        "id", "groupId", "sourceModel", "generatedTime", "closeTime", "symbol", "ticker", "type", "reference",
        "referenceFinal", "direction", "period", "magnitude", "confidence", "weight", "scoreFinal",
        "scoreDirection", "scoreMagnitude", "estimatedValue", "tag",
    },
    # ----- live trading (issue 13) -----
    "CreateLiveAlgorithmRequest": {"versionId", "projectId", "compileId", "nodeId", "brokerage", "dataProviders"},
    # Official: QuantConnectBrokerageSettings (and one schema per brokerage, all kept open here).
    "LiveBrokerageSettings": {"id", "holdings", "cash"},
    # Official: QuantConnectDataProviderSettings (and one schema per data provider).
    "LiveDataProviderSettings": {"id"},
    "BrokerageHolding": {"symbolId", "symbol", "quantity", "averagePrice"},
    "CashAmount": {"amount", "currency"},
    "CreateLiveAlgorithmResponse": {
        "responseCode", "source", "deployId", "versionId", "projectId", "live", "success", "errors",
    },
    "LiveAlgorithm": {
        "message", "deployId", "status", "cloneId", "launched", "stopped", "brokerage", "securityTypes",
        "datacenter", "isPublicStreaming", "public", "files", "runtimeStatistics", "charts",
    },
    "ReadLiveAlgorithmRequest": {"projectId"},
    "LiveAlgorithmResults": {
        "message", "deployId", "status", "cloneId", "launched", "stopped", "brokerage", "securityTypes",
        "datacenter", "isPublicStreaming", "public", "files", "runtimeStatistics", "charts", "projectName",
        "success", "errors",
    },
    "ListLiveAlgorithmsRequest": {"projectId", "status"},
    "LiveAlgorithmListResponse": {"live", "success", "errors"},
    "LiveAlgorithmSummary": {
        "projectId", "deployId", "status", "launched", "stopped", "brokerage", "subscription", "equity",
        "environment", "description", "error", "leagues",
    },
    "LiquidateLiveAlgorithmRequest": {"projectId"},
    "StopLiveAlgorithmRequest": {"projectId"},
    "ReadLivePortfolioRequest": {"projectId"},
    "LivePortfolioResponse": {"portfolio", "success", "errors"},
    "Portfolio": {"holdings", "cash"},
    "Holding": {"a", "q", "p", "v", "u", "up"},
    "Cash": {"securitySymbols", "symbol", "amount", "conversionRate", "currencySymbol", "valueInAccountCurrency"},
    "ReadLiveOrdersRequest": {"start", "end", "projectId"},
    # Official: LiveOrdersResponse and LoadingResponse, one either/or answer here.
    "LiveOrdersResponse": {"orders", "length", "success", "errors", "progress", "status"},
    "ReadLiveInsightsRequest": {"start", "end", "projectId"},
    "LiveInsightsResponse": {"insights", "length", "success"},
    "ReadLiveLogsRequest": {"format", "projectId", "algorithmId", "startLine", "endLine"},
    "ReadLiveLogsResponse": {"logs", "length", "deploymentOffset", "success", "errors"},
    "ReadLiveChartRequest": {"projectId", "name", "count", "start", "end"},
    "CreateLiveCommandRequest": {"projectId", "command"},
    "BroadcastLiveCommandRequest": {"organizationId", "excludeProjectId", "command"},
    "AuthorizeExternalConnectionRequest": {"brokerage"},
    "AuthorizeExternalConnectionResponse": {"authorization", "success", "errors"},
    # ----- the rest of the surface (issue 14) -----
    "AccountResponse": {"organizationId", "creditBalance", "card"},
    "Card": {"brand", "expiration", "last4"},
    "ObjectStoreBinaryFile": {"organizationId", "key", "objectData"},
    "GetObjectStoreJobIdRequest": {"organizationId", "keys"},
    "GetObjectStoreURLRequest": {"organizationId", "jobId"},
    "GetObjectStorePropertiesRequest": {"organizationId", "key"},
    "GetObjectStoreResponse": {"jobId", "url", "success", "errors"},
    "GetObjectStorePropertiesResponse": {"metadata", "success", "errors"},
    "ObjectStoreProperties": {"key", "modified", "created", "size", "md5", "mime", "preview"},
    "DeleteObjectStoreRequest": {"organizationId", "key"},
    "ListObjectStoreRequest": {"organizationId", "path"},
    "ListObjectStoreResponse": {
        "path", "objects", "page", "totalPages", "objectStorageUsed", "objectStorageUsedHuman", "success", "errors",
    },
    "ObjectStoreSummary": {"key", "name", "modified", "mime", "folder", "size"},
    "Collaborator": {"uid", "liveControl", "permission", "publicId", "profileImage", "email", "name", "bio", "owner"},
    "CreateCollaboratorRequest": {"projectId", "collaboratorUserId", "collaborationLiveControl", "collaborationWrite"},
    # Official: CreateCollaboratorResponse, UpdateCollaboratorResponse and DeleteCollaboratorResponse (one shape).
    "ProjectCollaboratorsResponse": {"collaborators", "success"},
    "ReadCollaboratorsRequest": {"projectId"},
    "ReadCollaboratorsResponse": {"collaborators", "userLiveControl", "userPermissions", "success"},
    "UpdateCollaboratorRequest": {"projectId", "collaboratorUserId", "liveControl", "write"},
    "DeleteCollaboratorRequest": {"projectId", "collaboratorId"},
    # Official: LockCollaboratorRequest.
    "LockProjectRequest": {"projectId", "codeSourceId"},
    "ReadProjectNodesRequest": {"projectId"},
    "UpdateProjectNodesRequest": {"projectId", "nodes"},
    "ProjectNodesResponse": {"nodes", "autoSelectNode", "success", "errors"},
    "ProjectNodes": {"backtest", "live", "research"},
    "Node": {
        "speed", "price", "cpu", "ram", "name", "sku", "description", "usedBy", "userProfile", "projectName",
        "projectId", "busy", "id", "assets", "host", "active", "hasGpu",
    },
    "NodePrices": {"monthly", "yearly"},
    "LeanVersionsResponse": {"versions", "success", "errors"},
    "LeanVersion": {"id", "created", "description", "leanHash", "leanCloudHash", "name", "ref", "public"},
    # Official: BasicFilesRequest, File and Error.
    "AiFilesRequest": {"language", "files"},
    "AiFile": {"name", "content"},
    "AiError": {"message", "stacktrace"},
    "BacktestInitResponse": {"state", "version", "payload", "payloadType"},
    "CodeCompletionRequest": {"language", "sentence", "responseSizeLimit"},
    "CodeCompletionResponse": {"state", "version", "payload", "payloadType"},
    "ErrorEnhanceRequest": {"language", "error"},
    "ErrorEnhanceResponse": {"state", "version", "payload", "payloadType"},
    "PEP8ConvertRequest": {"files"},
    "PEP8ConvertResponse": {"state", "version", "payload", "payloadType"},
    "SyntaxCheckResponse": {"state", "version", "payload", "payloadType"},
    "SearchRequest": {"language", "criteria"},
    "SearchCriteria": {"input", "type", "count"},
    "SearchResponse": {"state", "version", "retrivals", "messageId"},
    "SearchRetrieval": {"url", "score", "content", "type"},
}  # fmt: skip


def properties_of(schema: dict[str, Any]) -> set[str]:
    """Every property name a schema allows, through $ref, allOf, anyOf and oneOf."""
    if "$ref" in schema:
        return properties_of(SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]])
    names = set(schema.get("properties", {}))
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword, []):
            names |= properties_of(branch)
    return names


@pytest.mark.parametrize("name", sorted(OFFICIAL_PROPERTIES))
def test_schema_has_every_official_property(name: str) -> None:
    assert name in SCHEMAS, f"{name} is missing from openapi.yaml"
    missing = OFFICIAL_PROPERTIES[name] - properties_of(SCHEMAS[name])
    assert not missing, f"{name} lacks {sorted(missing)}"
