"""Two transactions, one seen to wait for the other: how the lock tests show an order is kept
(PostgreSQL only; SQLite takes one writer at a time)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from sqlmodel import Session

WAITING = "SELECT count(*) FROM pg_stat_activity WHERE :pid = ANY(pg_blocking_pids(pid))"


def backends_waiting_for(engine: sa.Engine, holder: int) -> int:
    """How many server processes wait for a lock the process `holder` holds (only ours:
    other tests on the server wait for their own)."""
    with engine.connect() as connection:
        return connection.execute(sa.text(WAITING), {"pid": holder}).scalar_one()


def waiting_behind(
    engine: sa.Engine, group: Session, work: Callable[[], object]
) -> Callable[[], list[object]]:
    """`work` in a transaction of its own on a thread (another listener process), started
    while `group` holds what it has taken so far, and seen to wait for it. Call the result
    once the group has committed: what `work` answered, or the error it raised."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except Exception as exc:  # the test's assertion shows it
            outcome.append(exc)

    holder = group.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 30
    while not backends_waiting_for(engine, holder) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert backends_waiting_for(engine, holder), f"it never waited for the group: {outcome}"

    def joined() -> list[object]:
        thread.join(timeout=30)
        return outcome

    return joined


def number_turn(group: Session, number: str) -> None:
    """The first half of a group's first step (`lock_people`): the number's own turn."""
    group.execute(sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:a, 0))"), {"a": number})


def postgresql_only(engine: sa.Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite takes one writer at a time: no two transactions wait on each other")
