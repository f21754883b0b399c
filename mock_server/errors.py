"""The failure every handler raises; answered as HTTP 200 `{"success": false, "errors": [...]}`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

__all__ = ["INTERNAL_ERROR", "ApiError", "ResponseMismatch", "look_up"]

K = TypeVar("K")
V = TypeVar("V")

INTERNAL_ERROR = "The mock failed unexpectedly on this request (its log says why); it may or may not have taken effect."


class ApiError(Exception):
    """A request the platform would refuse, with the messages to put in `errors`."""

    def __init__(self, *messages: str) -> None:
        super().__init__("; ".join(messages))
        self.messages = list(messages)


def look_up(table: Mapping[K, V], key: K, missing: str, belongs: Callable[[V], bool] = lambda _: True) -> V:
    """`table[key]`, or the ApiError `missing` when there is none or it does not `belong` to the owner asked about.

    Another owner's item reads as missing, as on the platform: an id alone does not reveal what others hold.
    """
    found = table.get(key)
    if found is None or not belongs(found):
        raise ApiError(missing)
    return found


class ResponseMismatch(AssertionError):
    """An answer that does not fit openapi.yaml (with `check_responses`): a mock bug a test must see, not answer."""
