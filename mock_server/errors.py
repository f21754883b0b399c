"""The failure every handler raises; answered as HTTP 200 `{"success": false, "errors": [...]}`."""

from __future__ import annotations

__all__ = ["ApiError"]


class ApiError(Exception):
    """A request the platform would refuse, with the messages to put in `errors`."""

    def __init__(self, *messages: str) -> None:
        super().__init__("; ".join(messages))
        self.messages = list(messages)
