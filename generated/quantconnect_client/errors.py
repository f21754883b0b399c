"""Errors of the per-operation modules; they belong to the client's one hierarchy (auth_plugin.errors)."""

from auth_plugin.errors import APIStatusError


class UnexpectedStatus(APIStatusError):
    """An undocumented HTTP status, raised when Client.raise_on_unexpected_status is True."""

    def __init__(self, status_code: int, content: bytes):
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}", status_code=status_code)


__all__ = ["UnexpectedStatus"]
