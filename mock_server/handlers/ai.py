"""`/ai/tools/*`: the AI assistant's tools, answered deterministically by mock_server.assistant."""

from __future__ import annotations

from typing import Any

from .. import assistant
from ..errors import ApiError
from .base import Body, Context, Handler, Result

__all__ = ["HANDLERS"]

VERSION = 2.0
MAIN_FILE = {"Py": "main.py", "C#": "Main.cs"}


def _answer(state: str, payload: Any, payload_type: str) -> Result:
    return {"state": state, "version": VERSION, "payload": payload, "payloadType": payload_type}


def _files(body: Body) -> dict[str, str]:
    return {str(file["name"]): str(file["content"]) for file in body["files"]}


def check_initialization(ctx: Context, body: Body) -> Result:
    files = _files(body)
    main = MAIN_FILE[body["language"]]
    if main not in files:
        raise ApiError(f"files: no {main}; the algorithm to initialize must be in {main}.")
    failure = assistant.initialization(body["language"], files)
    if failure is not None:
        return _answer("Error", failure, "String")
    return _answer("End", "The algorithm initialized without errors.", "String")


def complete(ctx: Context, body: Body) -> Result:
    limit = int(body.get("responseSizeLimit", 10))
    return _answer("End", assistant.complete(body["language"], body["sentence"], limit), "StringArray")


def enhance_error(ctx: Context, body: Body) -> Result:
    error = body["error"]
    text = assistant.explain(body["language"], str(error["message"]), error.get("stacktrace"))
    return _answer("End", text, "String")


def convert_pep8(ctx: Context, body: Body) -> Result:
    converted = {
        name: assistant.pep8_convert(text) if name.endswith(".py") else text for name, text in _files(body).items()
    }
    return _answer("End", converted, "StringDict")


def check_syntax(ctx: Context, body: Body) -> Result:
    errors = assistant.syntax_check(body["language"], _files(body))
    return _answer("Error" if errors else "End", errors, "StringArray")


def search(ctx: Context, body: Body) -> Result:
    found = [
        {"url": document.link, "score": score, "content": document.content, "type": document.type}
        for criterion in body["criteria"]
        for document, score in assistant.search(criterion["input"], criterion["type"], int(criterion["count"]))
    ]
    return {"state": "End", "version": VERSION, "retrivals": found, "messageId": 0}


HANDLERS: dict[str, Handler] = {
    "/ai/tools/backtest-init": check_initialization,
    "/ai/tools/complete": complete,
    "/ai/tools/error-enhance": enhance_error,
    "/ai/tools/pep8-convert": convert_pep8,
    "/ai/tools/syntax-check": check_syntax,
    "/ai/tools/search": search,
}
