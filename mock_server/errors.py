"""The failure every handler raises; answered as HTTP 200 `{"success": false, "errors": [...]}`."""

from __future__ import annotations

__all__ = ["INTERNAL_ERROR", "ApiError", "ResponseMismatch"]

INTERNAL_ERROR = "The mock failed unexpectedly on this request (its log says why); it may or may not have taken effect."


class ApiError(Exception):
    """A request the platform would refuse, with the messages to put in `errors`."""

    def __init__(self, *messages: str) -> None:
        super().__init__("; ".join(messages))
        self.messages = list(messages)


class ResponseMismatch(AssertionError):
    """An answer that does not fit openapi.yaml (with `check_responses`): a mock bug a test must see, not answer."""
