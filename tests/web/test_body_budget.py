"""The memory budget of `web.limits`: bodies being read at once share a fixed number of bytes,
so a flood of large posts waits (unread) instead of filling the server's memory."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from sequencer.web.limits import Budget

T = TypeVar("T")


def run(scenario: Coroutine[Any, Any, T]) -> T:
    # On a thread of its own: Playwright's sync API (the browser tests) keeps an event loop
    # running on the main thread for the whole session.
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, scenario).result()


def test_a_body_that_does_not_fit_waits_until_another_is_done() -> None:
    async def scenario() -> list[str]:
        budget, order = Budget(16), []

        async def read(name: str, size: int, holds: asyncio.Event) -> None:
            await budget.take(size)
            order.append(f"{name} reading")
            await holds.wait()
            await budget.give(size)
            order.append(f"{name} done")

        first_done, second_done = asyncio.Event(), asyncio.Event()
        first = asyncio.create_task(read("first", 10, first_done))
        second = asyncio.create_task(read("second", 10, second_done))
        await asyncio.sleep(0)  # both have asked; only the first fits
        await asyncio.sleep(0)
        assert order == ["first reading"]
        first_done.set()
        second_done.set()
        await asyncio.gather(first, second)
        return order

    assert run(scenario()) == [
        "first reading",
        "first done",
        "second reading",
        "second done",
    ]


def test_a_body_larger_than_the_whole_budget_waits_for_all_of_it() -> None:
    async def scenario() -> int:
        budget = Budget(16)
        await budget.take(30 * 1024 * 1024)  # an inbound email of 30 MB: it gets the lot
        free = budget.free
        await budget.give(30 * 1024 * 1024)
        assert budget.free == 16
        return free

    assert run(scenario()) == 0
