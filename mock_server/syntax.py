"""What a compile reports about Python sources: syntax errors, hard-coded values worth a parameter, and the
unconditional `raise` a backtest of the code will run into (the mock's runtime errors)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["RaisedError", "parameter_hints", "raised_error", "syntax_errors"]

INITIALIZE_METHODS = frozenset({"initialize", "Initialize"})


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


def _parsed(files: dict[str, str]) -> Iterator[tuple[str, str, ast.Module]]:
    """(name, source, syntax tree) of each Python file that parses, in the files' order.

    Those that do not parse are skipped: syntax_errors reports them, and nothing else can be read from them.
    """
    for name, source in files.items():
        if not name.endswith(".py"):
            continue
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError):  # ValueError: null bytes in the source
            continue
        yield name, source, tree


def parameter_hints(files: dict[str, str]) -> list[dict[str, Any]]:
    """Per file, the `self.<api>(...)` calls with literal numbers, like the platform's parameter detector."""
    result: list[dict[str, Any]] = []
    for name, source, tree in _parsed(files):
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


@dataclass(frozen=True)
class RaisedError:
    """An unconditional `raise SomeError("message")` of the code, as the backtest that runs into it reports it.

    `during_initialize`: raised while the algorithm is set up (module level, a class body or `initialize`), so
    the backtest fails as it starts; otherwise it fails part-way (see mock_server.timeline).
    """

    file: str
    line: int
    function: str  # the enclosing function, class, or "<module>"
    exception: str  # as written: `ValueError`, `errors.DataMissing`
    message: str  # the literal message; "" when raised without arguments
    source: str  # the statement's first line, stripped
    during_initialize: bool

    @property
    def error(self) -> str:
        """The backtest's `error`, as the platform words a Python exception: `ValueError: message`."""
        return f"{self.exception}: {self.message}" if self.message else self.exception

    @property
    def stacktrace(self) -> str:
        """The backtest's `stacktrace`, in LEAN's layout for Python: where, the statement, file and line."""
        return f"{self.error}\n  at {self.function}\n    {self.source}\n in {self.file}: line {self.line}\n"


def raised_error(files: dict[str, str]) -> RaisedError | None:
    """The `raise` statement a run of these files reaches first, if any.

    Only unconditional ones count: a `raise` of a named exception class (`raise Name(...)`, `raise Name`,
    `raise module.Name(...)`; the name capitalised) placed directly in a module, a class body or a function
    body, not inside `if`, `for`, `while`, `try`, `with` or `match`, nor a bare re-raise. It is found with `ast`,
    so comments and strings never count. One raised during initialisation comes first; otherwise the first in
    the files' order (as compiled), then in source order. Files that do not parse are skipped.
    """
    found: list[RaisedError] = []
    for name, source, tree in _parsed(files):
        found.extend(_raises(name, source.splitlines(), tree.body, "<module>", initializing=True))
    return next((r for r in found if r.during_initialize), found[0] if found else None)


def _raises(
    file: str, lines: list[str], body: list[ast.stmt], where: str, *, initializing: bool
) -> Iterator[RaisedError]:
    """The unconditional raises of `body`, in source order, descending into functions and classes."""
    for statement in body:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            yield from _raises(
                file, lines, statement.body, statement.name, initializing=statement.name in INITIALIZE_METHODS
            )
        elif isinstance(statement, ast.ClassDef):
            yield from _raises(file, lines, statement.body, statement.name, initializing=True)
        elif isinstance(statement, ast.Raise) and statement.exc is not None:
            raised = _exception(statement.exc)
            if raised is not None:
                exception, message = raised
                line = statement.lineno
                text = lines[line - 1].strip() if line <= len(lines) else ast.unparse(statement)
                yield RaisedError(file, line, where, exception, message, text, initializing)


def _exception(node: ast.expr) -> tuple[str, str] | None:
    """(class name, message) of `Name(...)` / `Name` when the name looks like an exception class."""
    call = node if isinstance(node, ast.Call) else None
    target = call.func if call is not None else node
    if not isinstance(target, ast.Name | ast.Attribute):
        return None
    name = ast.unparse(target)
    if not name.rpartition(".")[2][:1].isupper():
        return None  # `raise make_error()`: a factory call, not a class
    if call is None or not call.args:
        return name, ""
    first = call.args[0]
    if len(call.args) == 1 and isinstance(first, ast.Constant) and isinstance(first.value, str):
        return name, first.value
    return name, ", ".join(ast.unparse(arg) for arg in call.args)
