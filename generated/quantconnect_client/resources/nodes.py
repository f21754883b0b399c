"""Nodes: See the organization's compute nodes and choose the ones a project runs on."""

from __future__ import annotations

import builtins
from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource

from .._operations import READ_NODES, UPDATE_NODES
from ..models.project_nodes_response import ProjectNodesResponse
from ..models.read_project_nodes_request import ReadProjectNodesRequest
from ..models.update_project_nodes_request import UpdateProjectNodesRequest
from ..types import UNSET, Unset

__all__ = ["AsyncNodes", "Nodes"]


class Nodes(SyncResource):
    """See the organization's compute nodes and choose the ones a project runs on."""

    @overload
    def read(self, body: ReadProjectNodesRequest, /) -> ProjectNodesResponse: ...

    @overload
    def read(self, *, project_id: int) -> ProjectNodesResponse: ...

    def read(self, body: ReadProjectNodesRequest | None = None, **fields: Any) -> ProjectNodesResponse:
        """Read the nodes a project may run on

        Lists the organization's backtest, research and live nodes, each marked `active` when the project is
        set to use it. With `autoSelectNode` true (no node chosen) the platform picks the best free node itself.

        Takes the fields of `ReadProjectNodesRequest` as keywords, or a prebuilt one. `readNodes`: POST /projects/nodes/read.
        """
        request = body if body is not None else ReadProjectNodesRequest(**fields)
        return self._client._request(READ_NODES, request.to_dict(), _read_nodes)

    @overload
    def update(self, body: UpdateProjectNodesRequest, /) -> ProjectNodesResponse: ...

    @overload
    def update(self, *, project_id: int, nodes: builtins.list[str] | Unset = UNSET) -> ProjectNodesResponse: ...

    def update(self, body: UpdateProjectNodesRequest | None = None, **fields: Any) -> ProjectNodesResponse:
        """Choose the nodes a project runs on

        Makes the nodes listed in `nodes` the project's active ones (the others become inactive) and answers like
        `readNodes`. Without `nodes`, or with an empty list, no node is active and `autoSelectNode` turns true: the
        platform picks the best free node for each backtest, research session and live deployment.

        Takes the fields of `UpdateProjectNodesRequest` as keywords, or a prebuilt one. `updateNodes`: POST /projects/nodes/update.
        """
        request = body if body is not None else UpdateProjectNodesRequest(**fields)
        return self._client._request(UPDATE_NODES, request.to_dict(), _update_nodes)


class AsyncNodes(AsyncResource):
    """See the organization's compute nodes and choose the ones a project runs on."""

    @overload
    async def read(self, body: ReadProjectNodesRequest, /) -> ProjectNodesResponse: ...

    @overload
    async def read(self, *, project_id: int) -> ProjectNodesResponse: ...

    async def read(self, body: ReadProjectNodesRequest | None = None, **fields: Any) -> ProjectNodesResponse:
        """Read the nodes a project may run on

        Lists the organization's backtest, research and live nodes, each marked `active` when the project is
        set to use it. With `autoSelectNode` true (no node chosen) the platform picks the best free node itself.

        Takes the fields of `ReadProjectNodesRequest` as keywords, or a prebuilt one. `readNodes`: POST /projects/nodes/read.
        """
        request = body if body is not None else ReadProjectNodesRequest(**fields)
        return await self._client._request(READ_NODES, request.to_dict(), _read_nodes)

    @overload
    async def update(self, body: UpdateProjectNodesRequest, /) -> ProjectNodesResponse: ...

    @overload
    async def update(self, *, project_id: int, nodes: builtins.list[str] | Unset = UNSET) -> ProjectNodesResponse: ...

    async def update(self, body: UpdateProjectNodesRequest | None = None, **fields: Any) -> ProjectNodesResponse:
        """Choose the nodes a project runs on

        Makes the nodes listed in `nodes` the project's active ones (the others become inactive) and answers like
        `readNodes`. Without `nodes`, or with an empty list, no node is active and `autoSelectNode` turns true: the
        platform picks the best free node for each backtest, research session and live deployment.

        Takes the fields of `UpdateProjectNodesRequest` as keywords, or a prebuilt one. `updateNodes`: POST /projects/nodes/update.
        """
        request = body if body is not None else UpdateProjectNodesRequest(**fields)
        return await self._client._request(UPDATE_NODES, request.to_dict(), _update_nodes)


def _read_nodes(body: dict[str, Any]) -> ProjectNodesResponse:
    return ProjectNodesResponse.from_dict(body)


def _update_nodes(body: dict[str, Any]) -> ProjectNodesResponse:
    return ProjectNodesResponse.from_dict(body)
