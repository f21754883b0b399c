"""What the request loop needs to know about an operation; the generator writes one per operation of the spec."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Operation", "unknown_operation"]


@dataclass(frozen=True, slots=True)
class Operation:
    """An operation of the API, as `openapi.yaml` describes it.

    Attributes:
        name: the operationId ("readBacktest"), used in errors and logs.
        path: the path below the base URL ("/backtests/read").
        idempotent: False (`x-qc-idempotent: false`) for creates and patches, which are resent only when the
            request surely did not reach the server.
        not_found_means_done: True (`x-qc-not-found-means-done`) for deletes and renames: after an attempt that
            may have done the work, a "not found" answer to a retry is success.
        answers_redirect: True (`x-qc-result: location`) for an operation whose success is a redirect (3xx): its
            result is the `Location` URL, which the client does not follow.
    """

    name: str
    path: str
    idempotent: bool = True
    not_found_means_done: bool = False
    answers_redirect: bool = False


def unknown_operation(path: str) -> Operation:
    """A request to a path the spec does not know: named by its path, and never resent once it may have arrived."""
    return Operation(name=path.strip("/") or "/", path=path, idempotent=False)
