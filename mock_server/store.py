"""In-memory state of the mock: projects with their files, compiles, backtests and optimizations.

Handlers run with `Store.lock` held, so a request sees and leaves a consistent state.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from typing import Any

from .errors import look_up
from .syntax import RaisedError

__all__ = ["Backtest", "Compile", "IdFactory", "Optimization", "Project", "ProjectFile", "Store"]


# The organization id of QuantConnect's documentation examples, so that they name the mock's organization.
ORGANIZATION_ID = "d6d62db48592c72e67b534553413b602"


class IdFactory:
    """Ids shaped like the platform's; seeded so a fresh server hands out the same ids every time."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._project = 23_456_789
        self._file = 187_654_320
        self._snapshot = 24_013_333

    def hex(self, digits: int = 32) -> str:
        return f"{self._rng.getrandbits(digits * 4):0{digits}x}"

    def project(self) -> int:
        self._project += 1
        return self._project

    def file(self) -> int:
        self._file += 1
        return self._file

    def snapshot(self) -> int:
        self._snapshot += 1
        return self._snapshot


@dataclass
class ProjectFile:
    file_id: int
    name: str
    content: str
    modified: float


@dataclass
class Project:
    project_id: int
    name: str
    language: str
    organization_id: str
    created: float
    modified: float
    description: str = ""
    parameters: dict[str, str] = field(default_factory=dict)
    files: dict[str, ProjectFile] = field(default_factory=dict)


@dataclass
class Compile:
    compile_id: str
    project_id: int
    created: float
    ready_at: float
    errors: list[str]  # compiler messages; empty for a successful build
    files: dict[str, str]  # the snapshot compiled
    signature: str
    raises: RaisedError | None = None  # the unconditional raise its backtests run into (syntax.raised_error)


@dataclass
class Backtest:
    backtest_id: str
    project_id: int
    compile_id: str
    name: str
    created: float
    start_at: float  # leaves the queue
    duration: float  # seconds of running
    parameters: dict[str, str]
    snapshot_id: int
    note: str | None = None
    optimization_id: str | None = None
    cancelled_at: float | None = None
    failure: RaisedError | None = None  # ends it in a runtime error (see timeline.backtest_phase)
    chart_reads: dict[str, int] = field(default_factory=dict)
    report_reads: int = 0
    result_reads: int = 0  # reads of the completed backtest (see timeline.results_pending)


@dataclass
class Optimization:
    optimization_id: str
    project_id: int
    compile_id: str
    name: str
    created: float
    request: dict[str, Any]  # the normalised create request, echoed back in reads
    node_type: str
    parallel_nodes: int
    backtest_ids: list[str]  # in grid order
    snapshot_id: int
    aborted_at: float | None = None


class Store:
    """Everything the mock remembers, keyed by id."""

    def __init__(self, seed: int = 0) -> None:
        self.lock = threading.RLock()
        self.ids = IdFactory(seed)
        self.organization_id = ORGANIZATION_ID
        self.projects: dict[int, Project] = {}
        self.compiles: dict[str, Compile] = {}
        self.backtests: dict[str, Backtest] = {}
        self.optimizations: dict[str, Optimization] = {}
        from .live import LiveState  # live trading (issue 13); imported here to keep its edit in one place

        self.live = LiveState()
        from .surface_state import SurfaceState  # the rest of the surface (issue 14); imported here likewise

        self.surface = SurfaceState()

    def project(self, project_id: int) -> Project:
        return look_up(self.projects, project_id, f"Project not found: no project with projectId {project_id}.")

    def backtest(self, project_id: int, backtest_id: str) -> Backtest:
        missing = f"Backtest not found: no backtest {backtest_id!r} in project {project_id}."
        return look_up(self.backtests, backtest_id, missing, lambda found: found.project_id == project_id)

    def compile(self, project_id: int, compile_id: str) -> Compile:
        missing = f"Compile not found: no compile {compile_id!r} in project {project_id}."
        return look_up(self.compiles, compile_id, missing, lambda found: found.project_id == project_id)

    def optimization(self, optimization_id: str) -> Optimization:
        missing = f"Optimization not found: no optimization {optimization_id!r}."
        return look_up(self.optimizations, optimization_id, missing)

    def delete_project(self, project_id: int) -> None:
        self.project(project_id)
        del self.projects[project_id]
        self.live.forget_project(project_id)
        self.surface.forget_project(project_id)
        for table in (self.compiles, self.backtests, self.optimizations):
            for key in [k for k, v in table.items() if v.project_id == project_id]:
                del table[key]
