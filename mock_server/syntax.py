"""What a compile reports about Python sources: syntax errors, and hard-coded values worth a parameter."""

from __future__ import annotations

import ast
from typing import Any

__all__ = ["parameter_hints", "syntax_errors"]


def syntax_errors(files: dict[str, str]) -> list[str]:
    """Build-log lines for every Python file that does not parse, naming file, line and column."""
    errors: list[str] = []
    for name, source in files.items():
        if not name.endswith(".py"):
            continue
        try:
            compile(source, name, "exec", dont_inherit=True)
        except SyntaxError as exc:
            errors.append(
                f"Build Error File: {name} Line: {exc.lineno or 0} Column: {exc.offset or 0} - "
                f"{type(exc).__name__}: {exc.msg}"
            )
        except ValueError as exc:  # e.g. null bytes in the source
            errors.append(f"Build Error File: {name} Line: 0 Column: 0 - {exc}")
    return errors


def parameter_hints(files: dict[str, str]) -> list[dict[str, Any]]:
    """Per file, the `self.<api>(...)` calls with literal numbers, like the platform's parameter detector."""
    result: list[dict[str, Any]] = []
    for name, source in files.items():
        if not name.endswith(".py"):
            continue
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError):
            continue
        lines = source.splitlines()
        hints = []
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
                continue
            numbers = [a for a in node.args if isinstance(a, ast.Constant) and type(a.value) in (int, float)]
            if numbers:
                near = lines[node.lineno - 1].strip() if node.lineno <= len(lines) else ""
                hints.append((node.lineno, f'{len(numbers)} LEAN API parameters detected near "{near}".'))
        if hints:
            result.append({"file": name, "parameters": [{"line": n, "type": t} for n, t in sorted(hints)]})
    return result
