"""The mock's brokerage login page: `GET /_mock/live/auth0/complete?state=...` completes an authorization.

`/live/auth0/authorize` answers with this page's address (as the platform answers with the brokerage's login
page); visiting it stands for the user logging in, after which `/live/auth0/read` succeeds. Like the rest of
`/_mock`, it is unauthenticated and for tests only: the random `state` is what authorizes.

app.py registers these routes with `*live_routes(state)` beside `admin_routes(state)`.
"""

from __future__ import annotations

import html

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from .handlers.base import Context
from .handlers.live import COMPLETE_PATH, complete_authorization
from .state import MockState

__all__ = ["COMPLETE_PATH", "complete_page", "live_routes"]


def complete_page(state: MockState, token: str) -> Response:
    """The answer to a visit of the login page with `state=token`."""
    with state.store.lock:
        context = Context(state.store, state.settings, state.simulation_clock())
        request = complete_authorization(context, token)
    if request is None:
        return HTMLResponse(_page("Unknown authorization", "This address is unknown or was already used."), 404)
    brokerage = html.escape(request.brokerage)
    return HTMLResponse(_page("Authorization complete", f"The mock authorized {brokerage}; you can close this page."))


def _page(title: str, text: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><h1>{title}</h1><p>{text}</p></body></html>"
    )


def live_routes(state: MockState) -> list[Route]:
    async def complete(request: Request) -> Response:
        return complete_page(state, request.query_params.get("state", ""))

    return [Route(COMPLETE_PATH, complete, methods=["GET"])]
