"""Tunable behaviour of a mock server instance, with the documented defaults."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .bounds import seconds
from .limits import MAX_AMOUNT, MAX_SECONDS, MAX_SETTING_COUNT

__all__ = ["DEFAULT_API_TOKEN", "DEFAULT_SPEC_PATH", "DEFAULT_USER_ID", "Settings"]

DEFAULT_USER_ID = "12345"
DEFAULT_API_TOKEN = "mock-api-token"
_PACKAGE = Path(__file__).resolve().parent
# A wheel ships openapi.yaml inside the package (pyproject.toml's force-include); a checkout has it beside.
DEFAULT_SPEC_PATH = next(
    (path for path in (_PACKAGE / "openapi.yaml", _PACKAGE.parent / "openapi.yaml") if path.is_file()),
    _PACKAGE.parent / "openapi.yaml",
)


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
    """

    user_id: str = DEFAULT_USER_ID
    api_token: str = DEFAULT_API_TOKEN
    empty: bool = False
    auth_window: float = 300.0
    backtest_seconds: float = 2.0
    queue_seconds: float = 0.5
    compile_seconds: float = 0.5
    loading_reads: int = 1
    results_pending_reads: int = 1
    balance: float = 1000.0
    max_grid: int = 10_000
    seed: int = 0
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
