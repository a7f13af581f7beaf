"""Several workers, one database: a worker that dies lets go of its people within a lease
(a minute), and a live worker keeps them as long as it renews (its heartbeat), however long
its pass runs. Times are passed in: `t` is when worker A took its batch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from helpers.project import Project
from helpers.worlds import everyone_due_at

from sequencer.config import load_settings
from sequencer.engine.claim import Claim, claim_many
from sequencer.store.leases import BATCH_LEASE, heartbeat_every, hold, release, renew
from sequencer.store.queue import next_due, take_due

PEOPLE = 20
T = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


@pytest.fixture
def due(project: Project, database_url: str) -> Iterator[sa.Engine]:
    """PEOPLE people whose first email is due at T."""
    engine = everyone_due_at(project, database_url, PEOPLE, T)
    yield engine
    engine.dispose()


def test_a_lease_is_a_minute_renewed_three_times_within_it() -> None:
    default = load_settings({}, env_file=None).lease_seconds  # SEQUENCER_LEASE_SECONDS
    assert default == BATCH_LEASE.total_seconds() == 60
    assert heartbeat_every(BATCH_LEASE) == timedelta(seconds=20)


def test_a_dead_workers_people_are_taken_by_another_a_second_after_its_lease(due) -> None:
    held = take_due(due, "a", T, PEOPLE)  # then A dies: nothing renews its lease
    assert len(held) == PEOPLE
    assert take_due(due, "b", T + BATCH_LEASE - SECOND, PEOPLE) == []
    assert sorted(take_due(due, "b", T + BATCH_LEASE + SECOND, PEOPLE)) == sorted(held)


def test_a_live_worker_keeps_its_people_while_its_heartbeat_renews_them(due) -> None:
    held = take_due(due, "a", T, PEOPLE)
    for beat in (20, 40, 60):
        assert renew(due, "a", T + beat * SECOND, BATCH_LEASE) == PEOPLE
    assert take_due(due, "b", T + 70 * SECOND, PEOPLE) == []
    assert take_due(due, "b", T + 119 * SECOND, PEOPLE) == []  # the last beat was at t+60
    assert sorted(take_due(due, "b", T + 121 * SECOND, PEOPLE)) == sorted(held)


def test_a_lease_renewed_after_it_lapsed_stays_with_the_worker_that_took_over(due) -> None:
    take_due(due, "a", T, PEOPLE)
    taken = take_due(due, "b", T + BATCH_LEASE + SECOND, PEOPLE)
    assert renew(due, "a", T + BATCH_LEASE + 2 * SECOND, BATCH_LEASE) == 0  # A was only stalled
    assert take_due(due, "a", T + BATCH_LEASE + 3 * SECOND, PEOPLE) == []
    assert len(taken) == PEOPLE


def test_a_heartbeat_renews_a_once_only_job_lease_and_never_shortens_one(due) -> None:
    assert hold(due, "mailbox:INBOX", "a", T, BATCH_LEASE)
    assert hold(due, "housekeeping", "a", T, timedelta(minutes=5))
    renew(due, "a", T + 40 * SECOND, BATCH_LEASE)  # mailbox: until t+100; housekeeping: t+5 min
    assert not hold(due, "mailbox:INBOX", "b", T + 90 * SECOND, BATCH_LEASE)
    assert not hold(due, "housekeeping", "b", T + timedelta(minutes=4), BATCH_LEASE)
    assert hold(due, "mailbox:INBOX", "b", T + 101 * SECOND, BATCH_LEASE)


def test_a_pass_longer_than_its_lease_keeps_the_people_it_claimed(due) -> None:
    """A's pass began at t and is still going at t+100 (a slow provider): the heartbeat kept
    its batch, and claiming the last chunk (as of the pass's `now`, t) must not shorten the
    lease the heartbeat renewed, or B would take people A is about to hand over."""
    held = take_due(due, "a", T, PEOPLE)
    for beat in (20, 40, 60, 80, 100):
        renew(due, "a", T + beat * SECOND, BATCH_LEASE)
    claims = claim_many(due, held, T, None, "a")
    assert all(isinstance(c, Claim) for c in claims), claims
    assert take_due(due, "b", T + 130 * SECOND, PEOPLE) == []
    assert set(claim_many(due, held[:3], T + 130 * SECOND, None, "b")) == {"taken"}


def test_a_worker_that_stops_cleanly_lets_go_of_its_people_at_once(due) -> None:
    held = take_due(due, "a", T, PEOPLE)
    assert hold(due, "housekeeping", "a", T, timedelta(minutes=2))
    assert release(due, "a") == PEOPLE
    assert sorted(take_due(due, "b", T + SECOND, PEOPLE)) == sorted(held)
    assert hold(due, "housekeeping", "b", T + SECOND, timedelta(minutes=2))


def test_a_worker_waits_for_another_workers_lease_not_for_its_people_due_time(due) -> None:
    """The daemon sleeps until `next_due`: people leased to a live worker are not due for
    the others until that lease ends, so they do not wake for them again and again."""
    take_due(due, "a", T, PEOPLE)
    assert next_due(due) == T  # what is due, for the queue's lag
    assert next_due(due, "a") == T
    assert next_due(due, "b") == T + BATCH_LEASE
    renew(due, "a", T + 20 * SECOND, BATCH_LEASE)
    assert next_due(due, "b") == T + 80 * SECOND


def test_a_pass_never_takes_again_whom_it_took_earlier_in_the_pass(due) -> None:
    """A worker's own lease does not hide a person from it, so a long pass names what it
    took (`skip`): each person gets at most one touch a pass."""
    first = take_due(due, "a", T, 5)
    second = take_due(due, "a", T, PEOPLE, skip=first)
    assert len(second) == PEOPLE - 5
    assert not set(first) & set(second)
    assert take_due(due, "a", T, PEOPLE, skip=[*first, *second]) == []
