"""Tunable behaviour of a mock server instance, with the documented defaults."""

from __future__ import annotations

from dataclasses import Field, dataclass, field, fields
from pathlib import Path
from typing import Any

from .bounds import seconds
from .limits import MAX_AMOUNT, MAX_SECONDS, MAX_SETTING_COUNT

__all__ = ["DEFAULT_API_TOKEN", "DEFAULT_SPEC_PATH", "DEFAULT_USER_ID", "Settings", "command_line_settings"]

DEFAULT_USER_ID = "12345"
DEFAULT_API_TOKEN = "mock-api-token"
_PACKAGE = Path(__file__).resolve().parent
# A wheel ships openapi.yaml inside the package (pyproject.toml's force-include); a checkout has it beside.
DEFAULT_SPEC_PATH = next(
    (path for path in (_PACKAGE / "openapi.yaml", _PACKAGE.parent / "openapi.yaml") if path.is_file()),
    _PACKAGE.parent / "openapi.yaml",
)


def _setting(default: Any, help: str) -> Any:
    """A setting that `python -m mock_server` offers as `--<name>`, with its help (its one home)."""
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Everything create_app() accepts besides credentials, clock and faults.

    Timings are in seconds of the injected clock: a backtest waits `queue_seconds` "In Queue..." and then
    runs for `backtest_seconds`; an optimization runs its grid `parallelNodes` backtests at a time, each taking
    `backtest_seconds`; a compile is "InQueue" for `compile_seconds`. The first `loading_reads` reads of each
    chart (and of the report) of a completed backtest answer "loading" ("generating") before the data comes, and
    the first `results_pending_reads` reads of a backtest just completed say `completed: true` without its results
    yet (as the platform does; 0 turns that off).
    Timings must be finite and within mock_server.limits (ValueError otherwise): they end up in every answer.
    The defaults and help texts here are the only ones: create_app() and the command line take them from here.
    """

    user_id: str = _setting(DEFAULT_USER_ID, "accepted user id")
    api_token: str = _setting(DEFAULT_API_TOKEN, "accepted API token")
    empty: bool = _setting(False, "start without the demo project")
    auth_window: float = _setting(300.0, "accepted timestamp skew, seconds")
    backtest_seconds: float = _setting(2.0, "running time of a backtest, seconds")
    queue_seconds: float = _setting(0.5, "time a backtest waits in queue, seconds")
    compile_seconds: float = _setting(0.5, "time a compile stays InQueue, seconds")
    loading_reads: int = _setting(1, "'loading' answers before a chart or report")
    results_pending_reads: int = _setting(1, "reads of a just-completed backtest without its results")
    balance: float = _setting(1000.0, "the organization's QCC balance")
    max_grid: int = _setting(10_000, "largest optimization grid accepted")
    seed: int = _setting(0, "seed of the generated ids")
    spec_path: Path = DEFAULT_SPEC_PATH
    check_responses: bool = False

    def __post_init__(self) -> None:
        for name in ("auth_window", "backtest_seconds", "queue_seconds", "compile_seconds"):
            seconds(getattr(self, name), name, 0, MAX_SECONDS)
        if not isinstance(self.balance, int | float) or not abs(self.balance) <= MAX_AMOUNT:  # also refuses NaN
            raise ValueError(f"balance: {self.balance!r} is not an amount within {MAX_AMOUNT:g} either way")
        counts = (("loading_reads", self.loading_reads), ("results_pending_reads", self.results_pending_reads))
        for name, value in (*counts, ("max_grid", self.max_grid)):
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_SETTING_COUNT:
                raise ValueError(f"{name}: {value!r} is not a count from 0 to {MAX_SETTING_COUNT:,}")


def command_line_settings() -> list[Field[Any]]:
    """The settings `python -m mock_server` offers as options: those with a help text."""
    return [setting for setting in fields(Settings) if "help" in setting.metadata]
