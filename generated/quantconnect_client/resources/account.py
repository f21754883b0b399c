"""Account: Read the organization's account and its QCC balance."""

from __future__ import annotations

from typing import Any, overload

from auth_plugin.base_client import AsyncResource, SyncResource

from .._operations import READ_ACCOUNT
from ..models.account_response import AccountResponse
from ..models.read_account_request import ReadAccountRequest
from ..types import UNSET, Unset

__all__ = ["Account", "AsyncAccount"]


class Account(SyncResource):
    """Read the organization's account and its QCC balance."""

    @overload
    def read(self, body: ReadAccountRequest, /) -> AccountResponse: ...

    @overload
    def read(self, *, organization_id: str | Unset = UNSET) -> AccountResponse: ...

    def read(self, body: ReadAccountRequest | None = None, **fields: Any) -> AccountResponse:
        """Read the organization's account

        Returns the organization's QCC (QuantConnect Credit) balance and the card it is billed to; without
        `organizationId`, those of the user's preferred organization. Optimizations and live nodes are paid from
        this balance. QuantConnect's document gives this operation no body; lean-cli sends `organizationId` when
        it has one, and the MCP server sends `{}`.

        Takes the fields of `ReadAccountRequest` as keywords, or a prebuilt one. `readAccount`: POST /account/read.
        """
        request = body if body is not None else ReadAccountRequest(**fields)
        return self._client._request(READ_ACCOUNT, request.to_dict(), _read_account)


class AsyncAccount(AsyncResource):
    """Read the organization's account and its QCC balance."""

    @overload
    async def read(self, body: ReadAccountRequest, /) -> AccountResponse: ...

    @overload
    async def read(self, *, organization_id: str | Unset = UNSET) -> AccountResponse: ...

    async def read(self, body: ReadAccountRequest | None = None, **fields: Any) -> AccountResponse:
        """Read the organization's account

        Returns the organization's QCC (QuantConnect Credit) balance and the card it is billed to; without
        `organizationId`, those of the user's preferred organization. Optimizations and live nodes are paid from
        this balance. QuantConnect's document gives this operation no body; lean-cli sends `organizationId` when
        it has one, and the MCP server sends `{}`.

        Takes the fields of `ReadAccountRequest` as keywords, or a prebuilt one. `readAccount`: POST /account/read.
        """
        request = body if body is not None else ReadAccountRequest(**fields)
        return await self._client._request(READ_ACCOUNT, request.to_dict(), _read_account)


def _read_account(body: dict[str, Any]) -> AccountResponse:
    return AccountResponse.from_dict(body)
