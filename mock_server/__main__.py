"""`python -m mock_server`: serve the mock on 127.0.0.1 and print one JSON line once it is listening.

The line carries `base_url`, the credentials, the demo ids and `admin_url`; scripts read it from stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from collections.abc import Sequence
from typing import Any

import uvicorn

from .app import MockApp, create_app
from .settings import DEFAULT_API_TOKEN, DEFAULT_USER_ID

__all__ = ["main"]


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m mock_server", description="Mock QuantConnect API v2 server.")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 (default) picks a free one")
    parser.add_argument("--user-id", default=DEFAULT_USER_ID, help=f"accepted user id (default {DEFAULT_USER_ID})")
    parser.add_argument("--api-token", default=DEFAULT_API_TOKEN, help=f"accepted token (default {DEFAULT_API_TOKEN})")
    parser.add_argument("--empty", action="store_true", help="start without the demo project")
    parser.add_argument("--backtest-seconds", type=float, default=2.0, help="running time of a backtest (2.0)")
    parser.add_argument("--queue-seconds", type=float, default=0.5, help="time a backtest waits in queue (0.5)")
    parser.add_argument("--compile-seconds", type=float, default=0.5, help="time a compile stays InQueue (0.5)")
    parser.add_argument("--loading-reads", type=int, default=1, help="'loading' answers before a chart/report (1)")
    parser.add_argument(
        "--results-pending-reads", type=int, default=1, help="reads of a just-completed backtest without results (1)"
    )
    parser.add_argument("--auth-window", type=float, default=300.0, help="accepted timestamp skew, seconds (300)")
    parser.add_argument("--skew", type=float, default=0.0, help="run the server clock this many seconds ahead")
    parser.add_argument("--fault", action="append", default=[], help="fault for the next request (repeatable)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated ids (0)")
    parser.add_argument("--log-level", default="warning", help="uvicorn log level (warning)")
    return parser.parse_args(argv)


class _AnnouncingServer(uvicorn.Server):
    """Prints the start-up line once uvicorn is accepting connections on the bound socket."""

    def __init__(self, config: uvicorn.Config, announcement: dict[str, Any]) -> None:
        super().__init__(config)
        self.announcement = announcement

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if not self.should_exit:
            sys.stdout.write(json.dumps(self.announcement) + "\n")
            sys.stdout.flush()


def main(argv: Sequence[str] | None = None) -> None:
    args = _arguments(argv)
    try:
        app: MockApp = create_app(
            args.user_id,
            args.api_token,
            empty=args.empty,
            faults=args.fault,
            skew=args.skew,
            auth_window=args.auth_window,
            backtest_seconds=args.backtest_seconds,
            queue_seconds=args.queue_seconds,
            compile_seconds=args.compile_seconds,
            loading_reads=args.loading_reads,
            results_pending_reads=args.results_pending_reads,
            seed=args.seed,
        )
    except ValueError as exc:  # a bad --fault, or a timing or skew that is NaN or out of bounds
        raise SystemExit(f"python -m mock_server: error: {exc}") from None
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # IPPROTO_TCP (not 0) so that asyncio sets TCP_NODELAY on accepted connections; without it Nagle's algorithm
    # and delayed ACKs add ~40 ms to each answer.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    host, port = sock.getsockname()[:2]
    authority = f"[{host}]:{port}" if family == socket.AF_INET6 else f"{host}:{port}"
    announcement: dict[str, Any] = {
        "base_url": f"http://{authority}/api/v2",
        "admin_url": f"http://{authority}/_mock",
        "user_id": args.user_id,
        "api_token": args.api_token,
        "pid": os.getpid(),
        **(app.demo.as_dict() if app.demo else {"project_id": None, "compile_id": None, "backtest_id": None}),
        "organization_id": app.mock.store.organization_id,
    }
    config = uvicorn.Config(
        app,
        log_level=args.log_level,
        lifespan="off",
        date_header=False,  # the mock sends its own Date, from its (possibly skewed) clock
        server_header=False,
        timeout_graceful_shutdown=1,
    )
    _AnnouncingServer(config, announcement).run(sockets=[sock])


if __name__ == "__main__":
    main()
