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
from .settings import command_line_settings

__all__ = ["main"]


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m mock_server", description="Mock QuantConnect API v2 server.")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 (default) picks a free one")
    for setting in command_line_settings():  # defaults and help from their one home, mock_server.settings
        flag, help_text = "--" + setting.name.replace("_", "-"), setting.metadata["help"]
        if isinstance(setting.default, bool):
            parser.add_argument(flag, action="store_true", help=help_text)
        else:
            kind = type(setting.default)
            parser.add_argument(flag, type=kind, default=setting.default, help=f"{help_text} ({setting.default})")
    parser.add_argument("--skew", type=float, default=0.0, help="run the server clock this many seconds ahead")
    parser.add_argument("--fault", action="append", default=[], help="fault for the next request (repeatable)")
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
            faults=args.fault,
            skew=args.skew,
            **{setting.name: getattr(args, setting.name) for setting in command_line_settings()},
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
