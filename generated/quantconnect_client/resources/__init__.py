"""The API's resources, one per tag of openapi.yaml."""

from .account import Account, AsyncAccount
from .ai import Ai, AsyncAi
from .backtests import AsyncBacktests, Backtests
from .compile_ import AsyncCompile, Compile
from .files import AsyncFiles, Files
from .lean import AsyncLean, Lean
from .live import AsyncLive, Live
from .nodes import AsyncNodes, Nodes
from .objects import AsyncObjects, Objects
from .optimizations import AsyncOptimizations, Optimizations
from .projects import AsyncProjects, Projects

__all__ = [
    "Account",
    "Ai",
    "AsyncAccount",
    "AsyncAi",
    "AsyncBacktests",
    "AsyncCompile",
    "AsyncFiles",
    "AsyncLean",
    "AsyncLive",
    "AsyncNodes",
    "AsyncObjects",
    "AsyncOptimizations",
    "AsyncProjects",
    "Backtests",
    "Compile",
    "Files",
    "Lean",
    "Live",
    "Nodes",
    "Objects",
    "Optimizations",
    "Projects",
]
