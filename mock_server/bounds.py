"""Checks of what a request sends against mock_server.limits, each refusal naming the field.

A body is checked twice: its shape right after decoding (so that nothing large or deep is ever normalised or
validated), and its strings after normalising (so that the field names are the schema's). Strings must be text
the answer can carry back: no NUL, no lone surrogate (JSON's `"\\ud800"`, or form bytes that are not UTF-8).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .limits import (
    CONTENT_FIELDS,
    MAX_CONTENT_LENGTH,
    MAX_DEPTH,
    MAX_JSON_VALUES,
    MAX_NAME_LENGTH,
    MAX_STRING_LENGTH,
    NAME_FIELDS,
)

__all__ = ["field_name", "label", "seconds", "shape_problem", "shown", "string_problems"]

MAX_PROBLEMS = 5
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_.\-\[\]]+")
_SHOWN = 40


def shown(text: str) -> str:
    """`text` quoted for an error message: ASCII only (lone surrogates escaped) and cut to a few dozen characters."""
    if len(text) <= _SHOWN:
        return ascii(text)
    return f"{text[:_SHOWN]!a}... ({len(text):,} characters)"


def label(name: str) -> str:
    """A field name as an error message starts with it: as is when plain (cut when long), else quoted by shown()."""
    if not _PLAIN_NAME.fullmatch(name):
        return shown(name)
    return name if len(name) <= _SHOWN else f"{name[:_SHOWN]}... ({len(name):,} characters)"


def field_name(path: list[str | int]) -> str:
    """`parameters[0].step` from `["parameters", 0, "step"]`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def shape_problem(body: Any) -> str | None:
    """Why a decoded body is too large or too deeply nested to work on, naming where; None when it is not."""
    count = 0
    stack: list[tuple[Any, list[str | int]]] = [(body, [])]
    while stack:
        value, path = stack.pop()
        count += 1
        if len(path) > MAX_DEPTH:
            return f"{field_name(path)}: nested more than {MAX_DEPTH} levels deep; the mock accepts at most that."
        if not isinstance(value, dict | list):
            continue
        if count + len(stack) + len(value) > MAX_JSON_VALUES:  # counted before anything is queued
            where = field_name(path) or "Request body"
            return f"{where}: the body has more than {MAX_JSON_VALUES:,} values; the mock accepts at most that many."
        if isinstance(value, list):
            stack.extend((item, [*path, index]) for index, item in enumerate(value))
            continue
        for key, item in value.items():
            # A flattened key (`a[0][b]`) is nested as deep as it has segments once rebuilt.
            if isinstance(key, str) and key.count("[") + len(path) > MAX_DEPTH:
                return f"{label(key)}: a flattened key of more than {MAX_DEPTH} levels; the mock accepts fewer."
            stack.append((item, [*path, key]))
    return None


def string_problems(body: Any) -> list[str]:
    """Strings (and object keys) of a normalised body that are too long or not text, each naming its field."""
    problems: list[str] = []
    stack: list[tuple[Any, list[str | int]]] = [(body, [])]
    while stack and len(problems) < MAX_PROBLEMS:
        value, path = stack.pop()
        if isinstance(value, str):
            problem = _string_problem(value, _limit(path))
            if problem:
                problems.append(f"{field_name(path)}: {problem}" if path else problem)
        elif isinstance(value, dict):
            for key, item in value.items():
                problem = _string_problem(key, MAX_NAME_LENGTH) if isinstance(key, str) else None
                if problem:
                    where = field_name(path)
                    problems.append(f"{where}: the key {shown(key)} {problem}" if where else f"{label(key)}: {problem}")
                else:
                    stack.append((item, [*path, key]))
        elif isinstance(value, list):
            stack.extend((item, [*path, index]) for index, item in reversed(list(enumerate(value))))
    return problems[:MAX_PROBLEMS]


def _limit(path: list[str | int]) -> int:
    """The length bound of a string at `path`: by the nearest field name (items of a list count as the list)."""
    name = next((part for part in reversed(path) if isinstance(part, str)), "")
    if name in NAME_FIELDS:
        return MAX_NAME_LENGTH
    if name in CONTENT_FIELDS:
        return MAX_CONTENT_LENGTH
    return MAX_STRING_LENGTH


def _string_problem(text: str, limit: int) -> str | None:
    if len(text) > limit:
        return f"is {len(text):,} characters long; at most {limit:,} are accepted."
    bad = _NOT_TEXT.search(text)
    if bad is None:
        return None
    if bad.group() == "\x00":
        return f"contains a NUL character at position {bad.start()}; text must not contain NUL."
    return (
        f"contains {bad.group()!a} at position {bad.start()}, which is not Unicode text "
        "(a lone surrogate, or bytes that are not UTF-8); send UTF-8 text."
    )


def seconds(value: Any, field: str, low: float, high: float) -> float:
    """`value` as seconds when it is a finite number (not a bool) in [low, high]; else ValueError naming `field`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        shown_value = shown(value) if isinstance(value, str) else type(value).__name__
        raise ValueError(f"{field}: expected a number of seconds, got {shown_value}")
    number = float(value) if abs(value) < 1e300 else math.inf  # a huge int would overflow float()
    if not math.isfinite(number) or not low <= number <= high:
        raise ValueError(f"{field}: {value!r:.40} is not a number of seconds from {low:,.0f} to {high:,.0f}")
    return number
