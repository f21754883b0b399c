"""Iterating over results the API serves in windows (`start`/`end`, at most `window` items, a total `length`).

The generated `iter_*` methods (from the spec's `x-qc-paging`) pass a `fetch(start, end)` that goes through the
client's request loop and returns (items, total length). Windows are fetched as iteration needs them; a failing
window raises its typed error, so nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Generic, TypeVar

__all__ = ["AsyncPager", "SyncPager"]

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

    def next_range(self, position: int) -> tuple[int, int] | None:
        if self.length is not None and position >= self.length:
            return None
        return position, position + self.window

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
        while (span := self._windows.next_range(position)) is not None:
            if position == self._windows.start and self._first is not None:
                items, self._first = self._first, None
            else:
                items = self._read(span[0])
            if not items:
                return
            yield from items
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
        while (span := self._windows.next_range(position)) is not None:
            if position == self._windows.start and self._first is not None:
                items, self._first = self._first, None
            else:
                items = await self._read(span[0])
            if not items:
                return
            for item in items:
                yield item
            position += len(items)
