"""Iterating over results the API serves in windows (`start`/`end`, at most `window` items, a total `length`).

The generated `iter_*` methods (from the spec's `x-qc-paging`) pass a `fetch(start, end)` that goes through the
client's request loop and returns (items, total length). Windows are fetched as iteration needs them; a failing
window raises its typed error, so nothing is dropped silently. Iteration ends at the first window shorter than
`window`, not at `length`: that stays right even where the platform's `length` counted only the window, at the
cost of one empty read when the total is a multiple of the window.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Generic, TypeVar

__all__ = ["AsyncPagePager", "AsyncPager", "SyncPagePager", "SyncPager"]

T = TypeVar("T")


class _Windows:
    """Which window comes next, shared by both pagers."""

    def __init__(self, window: int, start: int) -> None:
        if window < 1:
            raise ValueError("window must be at least 1")
        self.window = window
        self.start = start
        self.length: int | None = None
        """The total number of items, known once the first window has been read."""

    def record(self, length: int) -> None:
        """Take note of the total a window's answer reported."""
        self.length = length


class SyncPager(Generic[T]):
    """Every item of a windowed result, in order; `length` (or `len()`) is the total, fetched on first use."""

    def __init__(self, fetch: Callable[[int, int], tuple[Sequence[T], int]], *, window: int, start: int = 0) -> None:
        self._fetch = fetch
        self._windows = _Windows(window, start)
        self._first: Sequence[T] | None = None

    @property
    def length(self) -> int:
        """The total number of items the API reports."""
        if self._windows.length is None:
            self._first = self._read(self._windows.start)
        assert self._windows.length is not None
        return self._windows.length

    def __len__(self) -> int:
        return self.length

    def total(self) -> int:
        """The total number of items the API reports (as `length`)."""
        return self.length

    def _read(self, position: int) -> Sequence[T]:
        items, length = self._fetch(position, position + self._windows.window)
        self._windows.record(length)
        return items

    def __iter__(self) -> Iterator[T]:
        position = self._windows.start
        while True:
            if position == self._windows.start and self._first is not None:
                items, self._first = self._first, None
            else:
                items = self._read(position)
            yield from items
            if len(items) < self._windows.window:
                return
            position += len(items)


class AsyncPager(Generic[T]):
    """The async twin of SyncPager: `async for item in pager`; `await pager.total()` for the length."""

    def __init__(
        self, fetch: Callable[[int, int], Awaitable[tuple[Sequence[T], int]]], *, window: int, start: int = 0
    ) -> None:
        self._fetch = fetch
        self._windows = _Windows(window, start)
        self._first: Sequence[T] | None = None

    @property
    def length(self) -> int | None:
        """The total number of items, once a window has been read (see `total()`)."""
        return self._windows.length

    async def total(self) -> int:
        """The total number of items the API reports (reads the first window if needed)."""
        if self._windows.length is None:
            self._first = await self._read(self._windows.start)
        assert self._windows.length is not None
        return self._windows.length

    async def _read(self, position: int) -> Sequence[T]:
        items, length = await self._fetch(position, position + self._windows.window)
        self._windows.record(length)
        return items

    async def __aiter__(self) -> AsyncIterator[T]:
        position = self._windows.start
        while True:
            if position == self._windows.start and self._first is not None:
                items, self._first = self._first, None
            else:
                items = await self._read(position)
            for item in items:
                yield item
            if len(items) < self._windows.window:
                return
            position += len(items)


class SyncPagePager(Generic[T]):
    """Every item of a result served by page number (`page`, `totalPages`), in order; `pages` is the page count."""

    def __init__(self, fetch: Callable[[int], tuple[Sequence[T], int]], *, first: int = 1) -> None:
        self._fetch = fetch
        self._first = first
        self.pages: int | None = None
        """The number of pages, known once the first page has been read."""

    def __iter__(self) -> Iterator[T]:
        page = self._first
        while True:
            items, self.pages = self._fetch(page)
            yield from items
            if not items or page >= self._first + self.pages - 1:
                return
            page += 1


class AsyncPagePager(Generic[T]):
    """The async twin of SyncPagePager: `async for item in pager`."""

    def __init__(self, fetch: Callable[[int], Awaitable[tuple[Sequence[T], int]]], *, first: int = 1) -> None:
        self._fetch = fetch
        self._first = first
        self.pages: int | None = None

    async def __aiter__(self) -> AsyncIterator[T]:
        page = self._first
        while True:
            items, self.pages = await self._fetch(page)
            for item in items:
                yield item
            if not items or page >= self._first + self.pages - 1:
                return
            page += 1
