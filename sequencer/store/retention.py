"""Retention: who has been idle long enough to be forgotten (SEQUENCER_RETENTION_MONTHS).

A person is idle when nothing about them has moved since the cutoff: no running enrollment
(active or paused) and none waiting to move them on, no enrollment started or touch sent, no
send claimed or sent, no event, no consent change, no recruiter action, no import that
updated them, no open "needs attention", no re-enrollment block still to lapse. The query is
one statement with NOT EXISTS per kind (each on an indexed `candidate_id`), on SQLite and
PostgreSQL alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.people.addresses import addresses_of
from sequencer.store.blocks import in_force
from sequencer.store.erasure import delete_events
from sequencer.store.models import (
    Attention,
    AuditEntry,
    CandidateRecord,
    ConsentChange,
    Enrollment,
    EnrollmentStatus,
    Event,
    Lease,
    ReenrollmentBlock,
    Send,
    Suppression,
)

RUNNING = (EnrollmentStatus.ACTIVE, EnrollmentStatus.PAUSED)
TURN = "retention"  # a Lease row that no worker owns: when retention may run next


@dataclass(frozen=True)
class Idle:
    """Someone retention forgets: their row, and the day they opted out (their hashed
    suppression is kept then), if they did."""

    record: CandidateRecord
    opted_out_on: date | None

    @property
    def keep(self) -> str | None:
        """The reason their addresses stay on the erasure list, or None: nothing kept."""
        return f"opted out on {self.opted_out_on}" if self.opted_out_on else None


def months_before(now: datetime, months: int) -> datetime:
    """The same day and time `months` earlier (the month's last day when it is shorter)."""
    month = now.month - 1 - months
    year, month = now.year + month // 12, month % 12 + 1
    for day in range(now.day, 27, -1):  # 31 → 30 → 29 → 28
        try:
            return now.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return now.replace(year=year, month=month, day=min(now.day, 28))


def idle_people(session: Session, cutoff: datetime, now: datetime, limit: int) -> list[Idle]:
    """Up to `limit` people with no activity since `cutoff`, the longest idle first."""
    person = col(CandidateRecord.id)
    query = (
        select(CandidateRecord)
        .where(col(CandidateRecord.updated_at) < cutoff, *_nothing_since(person, cutoff, now))
        .order_by(col(CandidateRecord.updated_at), person)
        .limit(limit)
    )
    records = list(session.exec(query))
    opted = _opted_out(session, records)
    return [Idle(record, opted.get(record.id or 0)) for record in records]


def _nothing_since(person: Any, cutoff: datetime, now: datetime) -> list[sa.ColumnElement[bool]]:
    enrollment, send = Enrollment, Send
    moved = sa.or_(
        col(enrollment.status).in_(RUNNING),
        col(enrollment.follow_on).is_not(None),
        col(enrollment.started_at) >= cutoff,
        col(enrollment.last_touch_at) >= cutoff,
        col(enrollment.not_before) >= cutoff,
    )
    sent = sa.or_(col(send.claimed_at) >= cutoff, col(send.sent_at) >= cutoff)
    return [
        ~sa.exists().where(col(enrollment.candidate_id) == person, moved),
        ~sa.exists()
        .where(col(send.enrollment_id) == col(enrollment.id), sent)
        .where(col(enrollment.candidate_id) == person),
        ~sa.exists().where(
            col(Event.candidate_id) == person,
            sa.or_(col(Event.occurred_at) >= cutoff, col(Event.received_at) >= cutoff),
        ),
        ~sa.exists().where(
            col(ConsentChange.candidate_id) == person, col(ConsentChange.at) >= cutoff
        ),
        ~sa.exists().where(col(AuditEntry.candidate_id) == person, col(AuditEntry.at) >= cutoff),
        ~sa.exists().where(
            col(Attention.candidate_id) == person, col(Attention.resolved_at).is_(None)
        ),
        # A block still in force keeps them: forgotten, a hired person (no end) or one who
        # declined would come back with the next import.
        ~sa.exists().where(col(ReenrollmentBlock.candidate_id) == person, in_force(now)),
    ]


def _opted_out(session: Session, records: list[CandidateRecord]) -> dict[int, date]:
    """The day each of these people opted out (on any of their addresses), by id."""
    owner = {a: r.id for r in records for a in (r.key, *addresses_of(r.email, r.phone)) if a}
    query = select(Suppression).where(col(Suppression.address).in_(owner))
    days: dict[int, date] = {}
    for entry in session.exec(query):
        person = owner[entry.address]
        if person is not None:
            day = entry.created_at.date()
            days[person] = min(days.get(person, day), day)
    return days


def unmatched_events_before(session: Session, cutoff: datetime) -> int:
    """Events that were never matched to a person (a stranger's reply, an unknown number's
    text) and are older than the cutoff: deleted, with what points at them."""
    stale = select(Event.id).where(
        col(Event.candidate_id).is_(None),
        col(Event.send_id).is_(None),
        col(Event.received_at) < cutoff,
    )
    ids = list(session.exec(stale))
    return delete_events(session, {i for i in ids if i is not None})


def turn_has_come(session: Session, now: datetime, every: timedelta) -> bool:
    """Whether retention runs now, across every worker sharing the database; if so, the next
    run is set `every` later. (A row of its own in `Lease`, owned by no worker, so no
    heartbeat renews it and no worker that stops lets go of it.)"""
    turn = session.get(Lease, TURN, with_for_update=True)
    if turn is not None and turn.until > now:
        return False
    if turn is None:
        session.add(Lease(name=TURN, owner=TURN, until=now + every))
    else:
        turn.until = now + every
    return True
