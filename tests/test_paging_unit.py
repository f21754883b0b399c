"""SyncPager / AsyncPager over scripted windows: every item once, in order, with the total length."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from auth_plugin.errors import APIError
from auth_plugin.paging import AsyncPagePager, AsyncPager, SyncPagePager, SyncPager


class Windows:
    """Serves `total` numbered items in windows, refusing wider ones, and records each request."""

    def __init__(self, total: int, *, window: int = 100, fail_at: int | None = None) -> None:
        self.items = list(range(total))
        self.window = window
        self.fail_at = fail_at
        self.requests: list[tuple[int, int]] = []

    def fetch(self, start: int, end: int) -> tuple[Sequence[int], int]:
        self.requests.append((start, end))
        assert end - start <= self.window, "the pager asked for a window wider than allowed"
        if self.fail_at is not None and start >= self.fail_at:
            raise APIError("readBacktestOrders failed: boom", operation="readBacktestOrders", errors=["boom"])
        return self.items[start:end], len(self.items)

    async def afetch(self, start: int, end: int) -> tuple[Sequence[int], int]:
        return self.fetch(start, end)


def test_250_items_in_windows_of_100_all_in_order_once() -> None:
    windows = Windows(250)
    pager = SyncPager(windows.fetch, window=100)
    assert list(pager) == list(range(250))
    assert pager.length == 250 and len(pager) == 250
    assert windows.requests == [(0, 100), (100, 200), (200, 300)]


def test_the_length_is_known_before_iterating_and_the_first_window_is_not_read_twice() -> None:
    windows = Windows(250)
    pager = SyncPager(windows.fetch, window=100)
    assert pager.length == 250
    assert list(pager) == list(range(250))
    assert windows.requests == [(0, 100), (100, 200), (200, 300)]


def test_an_empty_result_yields_nothing() -> None:
    windows = Windows(0)
    assert list(SyncPager(windows.fetch, window=100)) == []
    assert windows.requests == [(0, 100)]


def test_a_window_failing_mid_way_raises_its_typed_error() -> None:
    pager = SyncPager(Windows(250, fail_at=100).fetch, window=100)
    seen: list[int] = []
    with pytest.raises(APIError, match="boom"):
        for item in pager:
            seen.append(item)
    assert seen == list(range(100))


def test_a_short_window_ends_the_iteration_whatever_length_claims() -> None:
    def short(start: int, end: int) -> tuple[Sequence[int], int]:
        return list(range(start, min(end, 150))), 1000  # claims 1000 but has 150

    assert list(SyncPager(short, window=100)) == list(range(150))


def test_a_length_that_counts_only_the_window_still_yields_everything() -> None:
    items = list(range(250))

    def per_window(start: int, end: int) -> tuple[Sequence[int], int]:
        window = items[start:end]
        return window, len(window)

    assert list(SyncPager(per_window, window=100)) == items


def test_an_exact_multiple_of_the_window_costs_one_empty_read() -> None:
    windows = Windows(200)
    assert list(SyncPager(windows.fetch, window=100)) == list(range(200))
    assert windows.requests == [(0, 100), (100, 200), (200, 300)]


def test_async_pager_yields_the_same_and_reports_the_total() -> None:
    async def main() -> tuple[list[int], int, int | None]:
        windows = Windows(250)
        pager = AsyncPager(windows.afetch, window=100)
        total = await pager.total()
        items = [item async for item in pager]
        return items, total, pager.length

    items, total, length = asyncio.run(main())
    assert items == list(range(250)) and total == 250 and length == 250


def test_async_pager_failing_window_raises() -> None:
    async def main() -> list[int]:
        seen = []
        async for item in AsyncPager(Windows(250, fail_at=200).afetch, window=100):
            seen.append(item)
        return seen

    with pytest.raises(APIError):
        asyncio.run(main())


def test_page_pager_reads_every_page_once_in_order() -> None:
    pages = {1: ["a", "b"], 2: ["c", "d"], 3: ["e"]}
    asked: list[int] = []

    def fetch(page: int) -> tuple[Sequence[str], int]:
        asked.append(page)
        return pages.get(page, []), 3

    pager = SyncPagePager(fetch)
    assert list(pager) == ["a", "b", "c", "d", "e"] and asked == [1, 2, 3] and pager.pages == 3


def test_page_pager_from_page_zero_and_an_empty_first_page() -> None:
    assert list(SyncPagePager(lambda page: ([page], 2), first=0)) == [0, 1]
    assert list(SyncPagePager(lambda page: ([], 0))) == []


def test_async_page_pager() -> None:
    async def fetch(page: int) -> tuple[Sequence[int], int]:
        return [page * 10, page * 10 + 1], 2

    async def main() -> list[int]:
        return [item async for item in AsyncPagePager(fetch)]

    assert asyncio.run(main()) == [10, 11, 20, 21]
