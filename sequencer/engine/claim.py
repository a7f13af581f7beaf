"""Step 1 of a send: **claim** a chunk of due enrollments in one transaction (four reads for
the whole chunk: enrollments, people, earlier sends, suppressions). For each: re-check what
halts sending (opted out, no longer active), re-plan the step for *now* (a daemon that was
down never texts at night or after a deadline), hold it back while its channel is paused (due
again at the pause's next test call: `engine.pauses`), keep the sender's pace, render it, and
write its send row, unique per (enrollment, step), as `claimed`. A step whose LinkedIn task
expired unsent goes by its next channel instead (`engine.unsent`).

A crash after this leaves the row `claimed` and the enrollment due under this worker's
lease: claimed again once the lease lapses, since nothing went out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.enrollment import halt, schedule_next
from sequencer.engine.envelope import Outgoing
from sequencer.engine.links import Links
from sequencer.engine.pacing import Pacing, reserve_slot
from sequencer.engine.pauses import SENDER_CHANNEL
from sequencer.engine.plan import Touch
from sequencer.engine.reclaim import another_way, skip_step, unsent_tasks
from sequencer.engine.write import Written, insert_claimed, write_send
from sequencer.ops.logs import send_fields, send_log
from sequencer.people.candidate import Candidate
from sequencer.spec.channel import Channel
from sequencer.spec.content import Content
from sequencer.spec.sequence import Sequence
from sequencer.store.database import replayable
from sequencer.store.erasure import erased_set
from sequencer.store.leases import BATCH_LEASE, worker_id
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    Send,
)
from sequencer.store.pauses import Paused
from sequencer.store.people import candidate_of
from sequencer.store.suppression import keys_of, listed
from sequencer.store.versions import recall

log = send_log


@dataclass(frozen=True)
class Claim:
    send_id: int
    enrollment_id: int
    message: Outgoing
    # What the claim already read, so recording the outcome needn't read it again.
    sequence: Sequence
    candidate: Candidate
    fields: Mapping[str, Any]  # of its log lines (logs.send_fields), as the hand-over leaves it


def claim(
    engine: sa.Engine,
    enrollment_id: int,
    now: datetime,
    links: Links | None,
    worker: str | None = None,
    pacing: Pacing | None = None,
) -> Claim | str:
    """Step 1 for one enrollment: its send row written as `claimed`, or why not."""
    [claimed] = claim_many(engine, [enrollment_id], now, links, worker, pacing)
    return claimed


def claim_many(
    engine: sa.Engine,
    enrollment_ids: list[int],
    now: datetime,
    links: Links | None,
    worker: str | None = None,
    pacing: Pacing | None = None,
    paused: Mapping[str, Paused] | None = None,
    content: Content | None = None,
    secret: str | None = None,
) -> list[Claim | str]:
    """Step 1 for a chunk of enrollments, in one transaction: for each, in order, its claim
    or why there is none. `paused`: the channels paused now, by sender channel. `content`:
    the content files as they are now (`spec.content`). `secret`: SEQUENCER_SECRET_KEY, to
    halt anyone erased at their request (`store.erasure`) with those who opted out."""
    worker = worker or worker_id()
    try:
        with Session(replayable(engine)) as session, session.begin():
            known = _Known.read(session, enrollment_ids, paused or {}, secret)
            results = [
                _claim_in(session, known, i, now, links, worker, pacing, content)
                for i in enrollment_ids
            ]
            session.flush()
            ids = _insert_new_rows(session, [r for r in results if isinstance(r, Written)])
            return [r if isinstance(r, str) else _claim_of(r, ids) for r in results]
    except sa.exc.IntegrityError:
        if len(enrollment_ids) == 1:
            return ["taken"]  # another worker wrote this send row first: it is theirs
        return _one_by_one(
            engine, enrollment_ids, now, links, worker, pacing, paused, content, secret
        )
    except sa.exc.OperationalError as error:
        if len(enrollment_ids) == 1 or not deadlock(error):
            raise
        return _one_by_one(
            engine, enrollment_ids, now, links, worker, pacing, paused, content, secret
        )


def _one_by_one(
    engine: sa.Engine,
    enrollment_ids: list[int],
    now: datetime,
    links: Links | None,
    worker: str,
    pacing: Pacing | None,
    paused: Mapping[str, Paused] | None,
    content: Content | None = None,
    secret: str | None = None,
) -> list[Claim | str]:
    """One of the chunk clashed with another worker's send row, or PostgreSQL broke a
    deadlock with a transaction that locked some of these rows in another order: the
    chunk's transaction was undone. Each on its own then."""
    return [
        c
        for i in enrollment_ids
        for c in claim_many(engine, [i], now, links, worker, pacing, paused, content, secret)
    ]


def deadlock(error: sa.exc.OperationalError) -> bool:
    return getattr(error.orig, "sqlstate", None) == "40P01"  # PostgreSQL's deadlock_detected


@dataclass(frozen=True)
class _Known:
    """What the claims of a chunk read, read for the whole chunk at once."""

    enrollments: dict[int, Enrollment]
    people: dict[int, Candidate]  # by candidate id
    sends: dict[int, dict[str, Send]]  # enrollment id → step id → its send row
    suppressed: frozenset[str]  # those of the chunk's addresses that are suppressed
    paused: Mapping[str, Paused]  # the channels paused (read by the pass), by sender channel
    unsent_tasks: frozenset[int]  # send rows whose LinkedIn task expired: another channel now

    @classmethod
    def read(
        cls,
        session: Session,
        enrollment_ids: list[int],
        paused: Mapping[str, Paused],
        secret: str | None = None,
    ) -> _Known:
        # Locked in id order, as every other transaction that locks several of them does.
        enrollments = session.scalars(_ENROLLMENTS, {"ids": enrollment_ids}).all()
        wanted = [e.candidate_id for e in enrollments]
        rows = session.connection().execute(_PEOPLE, {"ids": wanted})
        people = {row.id: candidate_of(cast(CandidateRecord, row)) for row in rows}
        keys = {key for person in people.values() for key in keys_of(person)}
        sends: dict[int, dict[str, Send]] = {e.id: {} for e in enrollments if e.id is not None}
        for row in session.scalars(_SENDS, {"ids": list(sends)}):
            sends[row.enrollment_id][row.step_id] = row
        return cls(
            {e.id: e for e in enrollments if e.id is not None},
            people,
            sends,
            listed(session, keys) | erased_set(session, keys, secret),
            paused,
            unsent_tasks(session, sends),
        )

    def opted_out(self, candidate: Candidate) -> bool:
        return any(key in self.suppressed for key in keys_of(candidate))


# The reads of `_Known.read`, built once (SQLAlchemy then reuses their compiled form).
_ENROLLMENTS = (
    select(Enrollment)
    .where(col(Enrollment.id).in_(sa.bindparam("ids", expanding=True)))
    .order_by(col(Enrollment.id))
    .with_for_update()
)
# People as rows, not ORM objects (a claim changes nothing of theirs; `candidate_of` reads both)
_PEOPLE = sa.select(CandidateRecord.__table__).where(  # type: ignore[attr-defined]
    col(CandidateRecord.id).in_(sa.bindparam("ids", expanding=True))
)
_SENDS = select(Send).where(col(Send.enrollment_id).in_(sa.bindparam("ids", expanding=True)))


def _insert_new_rows(session: Session, written: list[Written]) -> dict[int, int]:
    """The chunk's new send rows, inserted at once: their ids, by enrollment (one new row
    each). A row another worker wrote first fails it as the ORM's flush did (IntegrityError)."""
    rows = [w.values for w in written if w.row is None]
    return insert_claimed(session.connection(), rows) if rows else {}


def _claim_of(written: Written, ids: Mapping[int, int]) -> Claim:
    row = written.row
    if row is None:
        send_id = ids[written.enrollment_id]
        fields = _new_row_fields(send_id, written.values)
    else:
        assert row.id is not None
        send_id, fields = row.id, send_fields(row, "")
    fields["attempts"] += 1  # the hand-over's count
    return Claim(
        send_id, written.enrollment_id, written.message, written.sequence, written.candidate, fields
    )


def _new_row_fields(send_id: int, values: Mapping[str, Any]) -> dict[str, Any]:
    """`send_fields` of a new row (no provider id, no reason yet), without building one."""
    fields = {
        "send_id": send_id,
        "enrollment_id": values["enrollment_id"],
        "step": values["step_id"],
        "channel": values["channel"],
        "outcome": "",
        "to": values["to"],
        "attempts": values["attempts"],
    }
    return {key: value for key, value in fields.items() if value is not None}


def _claim_in(
    session: Session,
    known: _Known,
    enrollment_id: int,
    now: datetime,
    links: Links | None,
    worker: str,
    pacing: Pacing | None,
    content: Content | None = None,
) -> Written | str:
    enrollment = known.enrollments.get(enrollment_id)
    if enrollment is None or not _is_due(enrollment, now):
        return "not due"
    if _leased_to_another(enrollment, worker, now):
        return "taken"
    leased = enrollment.lease_until if enrollment.lease_owner == worker else None
    claimed = _claim_step(session, known, enrollment_id, enrollment, now, links, pacing, content)
    if isinstance(claimed, Written):
        # Due still, and this worker's until it hands the send over: if it dies first,
        # another worker claims it again when the lease lapses. The lease it was taken
        # with, as the daemon's heartbeat renewed it (`now` is when the pass began, and a
        # lease counted from it may lapse before a long pass hands this send over).
        _lease(enrollment, worker, leased or now + BATCH_LEASE)
    else:
        _lease(enrollment, None, None)
    return claimed


def _lease(enrollment: Enrollment, owner: str | None, until: datetime | None) -> None:
    # Set only if changed (a model's attribute costs microseconds): mostly it is as taken.
    if enrollment.lease_owner != owner:
        enrollment.lease_owner = owner
    if enrollment.lease_until != until:
        enrollment.lease_until = until


def _claim_step(
    session: Session,
    known: _Known,
    enrollment_id: int,
    enrollment: Enrollment,
    now: datetime,
    links: Links | None,
    pacing: Pacing | None,
    content: Content | None,
) -> Written | str:
    """The claim of a due enrollment not leased to another worker: its send row written, or
    why not (the enrollment changed to match)."""
    candidate = known.people[enrollment.candidate_id]
    if known.opted_out(candidate):
        halt(session, enrollment, "opted out")
        log.info("halted: opted out", extra={"enrollment_id": enrollment.id, "outcome": "halted"})
        return "halted"
    sequence, library = recall(session, enrollment.sequence_version)
    touch = schedule_next(session, enrollment, sequence, candidate, now)
    if touch is None:
        return "completed"
    earlier = known.sends[enrollment_id].get(touch.step.id)  # a retry, a fallback, a resume
    if touch.channel is Channel.LINKEDIN and earlier and earlier.id in known.unsent_tasks:
        other = another_way(session, enrollment, earlier, touch, sequence, candidate, now)
        if isinstance(other, str):
            return other
        touch = replace(other, variables=touch.variables)  # a check-back keeps its dates
    not_now = _not_now(session, enrollment, earlier, touch, sequence, candidate, now)
    if not_now:
        return not_now
    held = known.paused.get(SENDER_CHANNEL.get(touch.channel, "")) if touch.channel else None
    if held is not None:  # nothing written, no slot of the pace taken: due at the next check
        enrollment.next_due_at = held.held_until(now)
        return "channel paused"
    if pacing is not None and _sender_busy(session, pacing, enrollment, sequence, touch, now):
        return "paced"
    sends = known.sends[enrollment_id]
    return write_send(
        session, enrollment, sends, sequence, library, candidate, touch, now, links, content
    )


def _not_now(
    session: Session,
    enrollment: Enrollment,
    existing: Send | None,
    touch: Touch,
    sequence: Sequence,
    candidate: Candidate,
    now: datetime,
) -> str | None:
    """Why the touch does not go at `now` (no allowed time, not yet, past its deadline), the
    enrollment set to match; None when it may."""
    assert touch.calendar is not None and touch.send_at is not None
    slot = touch.calendar.next_slot(now)
    if slot is None:
        reason = "no allowed time in the next year: check send_window and holidays"
        return skip_step(session, enrollment, existing, touch, sequence, candidate, reason, now)
    if touch.send_at > now or slot[0] > now:
        enrollment.next_due_at = _when_allowed(touch, now)
        return "later"
    if touch.deadline is not None and _local_date(touch, now) >= touch.deadline:
        reason = f"the deadline {touch.deadline} passed before this could go out"
        return skip_step(session, enrollment, existing, touch, sequence, candidate, reason, now)
    return None


def _sender_busy(
    session: Session,
    pacing: Pacing,
    enrollment: Enrollment,
    sequence: Sequence,
    touch: Touch,
    now: datetime,
) -> bool:
    """The sending mailbox or number is at its limit: reserve its next slot and wait for it,
    inside the candidate's window. False when this send may go now."""
    assert touch.channel is not None and touch.calendar is not None
    if (reserved := enrollment.slot_at) is not None:
        enrollment.slot_at = None
        if reserved <= now:
            return False  # its slot has come
    sender, limit = pacing.sender(touch.channel, sequence), pacing.limits.get(touch.channel)
    if sender is None or limit is None:
        return False
    zone = ZoneInfo(str(sequence.sender.get("timezone") or "UTC"))
    slot = reserve_slot(session, sender, limit, zone, now)
    if slot <= now:
        enrollment.status_reason = None
        return False
    placed = touch.calendar.place(slot, f"{touch.to}|{touch.step.id}|paced") or slot
    # Outside the candidate's window the slot is given up, and one is taken again then.
    enrollment.next_due_at, enrollment.slot_at = placed, slot if placed == slot else None
    cap = f"{limit.per_day} a day, " if limit.per_day else ""
    enrollment.status_reason = (
        f"paced: {sender.partition(':')[2]} sends at most {cap}one every "
        f"{limit.spacing.total_seconds():g} s; next at {placed:%Y-%m-%d %H:%M} UTC"
    )
    return True


def _leased_to_another(enrollment: Enrollment, worker: str | None, now: datetime) -> bool:
    until = enrollment.lease_until
    return enrollment.lease_owner not in (None, worker) and until is not None and until > now


def _is_due(enrollment: Enrollment, now: datetime) -> bool:
    due_at = enrollment.next_due_at
    return enrollment.status == EnrollmentStatus.ACTIVE and due_at is not None and due_at <= now


def _when_allowed(touch: Touch, now: datetime) -> datetime | None:
    """Its planned time while that is ahead; if that moment passed while nothing ran and now
    is outside the window, the person's own minute of the next opening."""
    assert touch.send_at is not None and touch.calendar is not None
    if touch.send_at > now:
        return touch.send_at
    return touch.calendar.place(now, f"{touch.to}|{touch.step.id}|late")


def _local_date(touch: Touch, now: datetime) -> date:
    assert touch.calendar is not None
    return touch.calendar.local(now).date()


def locked_rows(session: Session, claim: Claim) -> tuple[Send, Enrollment]:
    # The enrollment's lock first, then the send read under it: a provider event settling
    # this send at the same moment (effects.settled, same order) is seen, not overwritten.
    enrollment = session.get(Enrollment, claim.enrollment_id, with_for_update=True)
    row = session.get(Send, claim.send_id, with_for_update=True)
    assert row is not None and enrollment is not None
    return row, enrollment
