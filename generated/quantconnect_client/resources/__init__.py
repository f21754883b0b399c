"""The API's resources, one per tag of openapi.yaml."""

from .backtests import AsyncBacktests, Backtests
from .compile_ import AsyncCompile, Compile
from .files import AsyncFiles, Files
from .optimizations import AsyncOptimizations, Optimizations
from .projects import AsyncProjects, Projects

__all__ = [
    "AsyncBacktests",
    "AsyncCompile",
    "AsyncFiles",
    "AsyncOptimizations",
    "AsyncProjects",
    "Backtests",
    "Compile",
    "Files",
    "Optimizations",
    "Projects",
]
