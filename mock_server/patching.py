"""Applies a unified diff (`git diff` style, possibly several files) to file contents, all or nothing."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .errors import ApiError

__all__ = ["apply_patch"]

_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_NO_NEWLINE = "\\ No newline at end of file"


@dataclass
class _FilePatch:
    old: str | None  # None for a new file (/dev/null)
    new: str | None  # None for a deleted file
    hunks: list[tuple[int, list[str]]] = field(default_factory=list)  # (old start, lines with their marks)


def apply_patch(files: Mapping[str, str], patch: str) -> dict[str, str | None]:
    """New contents by file name (None: delete the file); raises ApiError when any hunk does not apply."""
    changes: dict[str, str | None] = {}
    for file_patch in _parse(patch):
        if file_patch.old is None:
            if file_patch.new in files:
                raise ApiError(f"Patch creates {file_patch.new!r}, which exists already.")
            original = ""
        else:
            if file_patch.old not in files:
                raise ApiError(f"Patch changes {file_patch.old!r}, which is not a file of the project.")
            original = files[file_patch.old]
        patched = _apply(file_patch.old or file_patch.new or "", original, file_patch.hunks)
        if file_patch.old is not None and file_patch.old != file_patch.new:
            changes[file_patch.old] = None
        if file_patch.new is not None:
            changes[file_patch.new] = patched
    if not changes:
        raise ApiError("Patch contains no file changes; expected '--- a/<file>', '+++ b/<file>' and '@@' hunks.")
    return changes


def _path(header: str) -> str | None:
    path = header.split("\t", 1)[0].strip()
    if path == "/dev/null":
        return None
    return path[2:] if path.startswith(("a/", "b/")) else path


def _parse(patch: str) -> list[_FilePatch]:
    result: list[_FilePatch] = []
    lines = patch.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ "):
            result.append(_FilePatch(_path(line[4:]), _path(lines[i + 1][4:])))
            i += 2
            continue
        match = _HUNK.match(line)
        if match:
            if not result:
                raise ApiError(f"Patch line {i + 1}: hunk before any '---'/'+++' file header.")
            old_count = int(match.group(2) or "1")
            new_count = int(match.group(4) or "1")
            body: list[str] = []
            i += 1
            seen_old = seen_new = 0
            while i < len(lines) and (seen_old < old_count or seen_new < new_count or lines[i] == _NO_NEWLINE):
                text = lines[i]
                if text == _NO_NEWLINE:
                    body.append(text)
                elif text[:1] in (" ", "-", "+") or text == "":
                    mark = text[:1] or " "
                    seen_old += mark in " -"
                    seen_new += mark in " +"
                    body.append(text if text else " ")
                else:
                    raise ApiError(f"Patch line {i + 1}: expected a hunk line, got {text!r}.")
                i += 1
            result[-1].hunks.append((int(match.group(1)), body))
            continue
        i += 1
    return result


def _apply(name: str, original: str, hunks: list[tuple[int, list[str]]]) -> str:
    lines = original.splitlines(keepends=True)
    output: list[str] = []
    cursor = 0
    for start, body in hunks:
        old_start = max(start - 1, 0) if any(t[:1] in " -" for t in body if t != _NO_NEWLINE) else start
        if old_start < cursor:
            raise ApiError(f"Patch for {name!r}: hunk at line {start} overlaps the previous one.")
        output.extend(lines[cursor:old_start])
        position = old_start
        for index, text in enumerate(body):
            if text == _NO_NEWLINE:
                continue
            mark, content = text[0], text[1:]
            no_newline = index + 1 < len(body) and body[index + 1] == _NO_NEWLINE
            if mark in " -":
                current = lines[position] if position < len(lines) else None
                if current is None or current.rstrip("\r\n") != content:
                    found = "end of file" if current is None else repr(current.rstrip("\r\n"))
                    raise ApiError(
                        f"Patch for {name!r} does not apply: line {position + 1} is {found}, "
                        f"the patch expects {content!r}."
                    )
                if mark == " ":
                    output.append(current)
                position += 1
            else:
                output.append(content if no_newline else content + "\n")
        cursor = position
    output.extend(lines[cursor:])
    return "".join(output)
