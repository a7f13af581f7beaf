"""A pass given the daemon's clock sends a backlog without stopping between chunks: each
chunk is claimed at the time the clock then says, and the pass ends once `PASS_TIME` has
gone by on it, leaving the rest due for the next pass."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from helpers.project import Project
from helpers.recording import RecordingSenders
from helpers.worlds import everyone_due_at
from sqlmodel import Session, col, select

from sequencer.engine.dispatch import PASS_TIME, tick
from sequencer.store.models import Send

T = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def readings(*times: datetime) -> Callable[[], datetime]:
    """A clock that says each of `times` in turn."""
    said: Iterator[datetime] = iter(times)
    return lambda: next(said)


def sends(engine: sa.Engine) -> list[Send]:
    with Session(engine) as session:
        return list(session.exec(select(Send).order_by(col(Send.enrollment_id))))


def test_each_chunk_of_a_clocked_pass_is_sent_at_the_time_the_clock_then_says(
    project: Project, database_url: str
) -> None:
    engine = everyone_due_at(project, database_url, 3, T)
    provider = RecordingSenders()
    later = readings(*(T + timedelta(seconds=s) for s in (2, 4, 6)))  # 6: nothing left

    outcomes = tick(engine, provider.senders, T, limit=1, clock=later, in_flight=1)

    assert outcomes["sent"] == 3 and len(provider.sent) == 3
    rows = sends(engine)
    assert [row.status for row in rows] == ["sent"] * 3
    seconds = [(row.claimed_at - T).total_seconds() for row in rows]
    assert seconds == [0, 2, 4]  # not all dated by the moment the pass began
    assert all(row.sent_at is not None and row.sent_at >= row.claimed_at for row in rows)
    # What each person was sent is kept with their row, as for a pass without a clock.
    assert [(row.body or "").split(".")[0] for row in rows] == ["Hi P0", "Hi P1", "Hi P2"]


def test_a_clocked_pass_ends_once_its_time_is_up_and_the_next_sends_the_rest(
    project: Project, database_url: str
) -> None:
    engine = everyone_due_at(project, database_url, 4, T)
    provider = RecordingSenders()
    step = PASS_TIME * 0.6  # the third chunk is taken when the time is up: the last one
    clock = readings(T + step, T + 2 * step)

    assert tick(engine, provider.senders, T, limit=1, clock=clock, in_flight=1)["sent"] == 3
    assert [row.status for row in sends(engine)] == ["sent"] * 3  # the fourth is still due

    next_pass = T + 3 * step
    assert tick(engine, provider.senders, next_pass, limit=1, clock=lambda: next_pass)["sent"] == 1
    assert len(provider.sent) == len(set(provider.sent)) == 4  # each once


def test_without_a_clock_a_pass_takes_at_most_its_limit_all_at_one_time(
    project: Project, database_url: str
) -> None:
    engine = everyone_due_at(project, database_url, 3, T)
    provider = RecordingSenders()

    assert tick(engine, provider.senders, T, limit=2)["sent"] == 2
    assert {row.claimed_at for row in sends(engine)} == {T}
