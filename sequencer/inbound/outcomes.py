"""What a recruiter records (`sequencer mark`), and where people go next.

An outcome's rule comes from the sequence file of each enrollment it touches (`outcomes:`,
with the defaults of respectful follow-up): stop, pause until a date, or move to another
sequence, e.g. the quarterly talent pipeline 12 months after they accepted another role.
A move is noted on the enrollment (`follow_on`, `follow_on_at`); the first dispatch pass
from then enrolls them there (`engine.follow_ons`).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.enrollment import (
    active_enrollments,
    candidate_for,
    day_ahead,
    halt,
    move,
    pause_until,
)
from sequencer.engine.reenroll import hold_back
from sequencer.errors import SequencerError
from sequencer.inbound.colleagues import pause_colleagues
from sequencer.inbound.effects import Incoming, once, opted_out
from sequencer.spec.outcomes import StopOrMove
from sequencer.store.blocks import DECLINED, HIRED, REJECTED
from sequencer.store.models import CandidateRecord, Enrollment, Event, EventKind, ReplyReading
from sequencer.store.people import people_at
from sequencer.store.versions import recall


class Outcome(StrEnum):
    REPLIED = "replied"
    INTERESTED = "interested"
    NOT_NOW = "not-now"
    ACCEPTED_ELSEWHERE = "accepted-elsewhere"
    OPTED_OUT = "opted-out"
    HIRED = "hired"
    DECLINED = "declined"  # not interested: no re-enrollment for a while (`reenroll_after`)
    APPLIED = "applied"
    MEETING_BOOKED = "meeting-booked"
    REJECTED = "rejected"


BY_RECRUITER = "recorded by the recruiter"
READ_FROM_REPLY = "read from their reply"
# Outcomes after which nobody may enroll the person again for a while (`engine.reenroll`).
HOLDS_BACK = {Outcome.DECLINED: DECLINED, Outcome.REJECTED: REJECTED, Outcome.HIRED: HIRED}
# What pauses a company's other people in sequences that say `same_company: pause`.
COLLEAGUES_PAUSE_ON = {
    Outcome.INTERESTED: "replied with interest",
    Outcome.MEETING_BOOKED: "booked a meeting",
}


def mark(
    engine: sa.Engine,
    key: str,
    outcome: Outcome,
    now: datetime,
    until: date | None = None,
    actor: str = "cli",
) -> str:
    """Apply what the recruiter learned outside the tool; says what changed. Their replies
    waiting for a decision are settled by it (`actor` decided them)."""
    check_until(outcome, until, now)
    with Session(engine) as session:
        person = _person(session, key)
    assert person.id is not None
    incoming = Incoming(
        key=f"mark:{person.id}:{outcome}:{until}:{now.isoformat()}",
        kind=EventKind.OUTCOME,
        occurred_at=now,
        candidate_id=person.id,
        detail=described(outcome, until),
    )
    lines: list[str] = []

    def effect(session: Session, event: Event) -> str:
        assert person.id is not None
        lines.extend(apply_outcome(session, event, person, outcome, until, now))
        settle_waiting(session, person.id, described(outcome, until), actor, now)
        return "marked"

    once(engine, incoming, now, effect)
    return "\n".join(lines)


def described(outcome: Outcome, until: date | None) -> str:
    """An outcome as recorded: "not-now until 2027-04-01", "interested"."""
    return f"{outcome} until {until}" if until else str(outcome)


def settle_waiting(
    session: Session, person_id: int, decision: str, actor: str, now: datetime
) -> None:
    """This person's replies that waited for a decision have one now."""
    theirs = select(Event.id).where(Event.candidate_id == person_id)
    waiting = select(ReplyReading).where(
        col(ReplyReading.event_id).in_(theirs), col(ReplyReading.decided_at).is_(None)
    )
    for reading in session.exec(waiting):
        reading.decided_at, reading.decided_by, reading.decision = now, actor, decision
        session.add(reading)


def check_until(outcome: Outcome, until: date | None, now: datetime) -> None:
    """not-now needs a day ahead to get back in touch; no other outcome takes one."""
    if outcome is Outcome.NOT_NOW and until is None:
        raise SequencerError("not-now needs --until DATE: the day to get back in touch")
    if until is not None and outcome is not Outcome.NOT_NOW:
        raise SequencerError(f"--until is only for not-now: {outcome} has no day to wait for")
    if until is not None:
        day_ahead(until, now)


def apply_outcome(
    session: Session,
    event: Event,
    person: CandidateRecord,
    outcome: Outcome,
    until: date | None,
    now: datetime,
    by: str = BY_RECRUITER,
    enrollments: list[Enrollment] | None = None,
) -> list[str]:
    """`outcome` for this person, in the transaction that records `event`; what changed.
    `enrollments`: the ones it applies to (default: `concerned`)."""
    if outcome is Outcome.OPTED_OUT:
        addresses = [a for a in (person.email, person.phone) if a]
        opted_out(addresses, "the recruiter recorded an opt-out")(session, event)
        return [f"{person.key}: opted out everywhere; never contacted again"]
    assert person.id is not None
    applied_to = concerned(session, person.id) if enrollments is None else enrollments
    lines = [_apply(session, enrollment, outcome, until, now, by) for enrollment in applied_to]
    lines = lines or [f"{person.key}: recorded ({outcome}); no sequence to apply it to"]
    if outcome in HOLDS_BACK:
        lines.append(_held_back(session, person, HOLDS_BACK[outcome], applied_to, by, now))
    if outcome in COLLEAGUES_PAUSE_ON:
        lines += pause_colleagues(session, person, COLLEAGUES_PAUSE_ON[outcome], now)
    return lines


def _held_back(
    session: Session,
    person: CandidateRecord,
    reason: str,
    enrollments: list[Enrollment],
    by: str,
    now: datetime,
) -> str:
    """Blocked for the `reenroll_after` of the sequences they were in (the longest)."""
    assert person.id is not None
    source = {BY_RECRUITER: "recruiter", READ_FROM_REPLY: "reply"}.get(by, by)
    source = source.removeprefix("from ")  # "from greenhouse": an ATS said so
    sequences = [recall(session, e.sequence_version)[0] for e in enrollments]
    entry = hold_back(session, person.id, reason, source, sequences, now)
    if entry.until is None:
        return f"{person.key}: not enrolled again unless a recruiter decides so (--rehire)"
    return (
        f"{person.key}: not enrolled again before {entry.until:%Y-%m-%d}"
        " unless the role changes (--role-changed)"
    )


def concerned(session: Session, person_id: int) -> list[Enrollment]:
    """The enrollments an outcome is about: the active ones; else the latest, which their
    reply usually halted ("not now, try me in March" is recorded after the reply)."""
    active = active_enrollments(session, person_id)
    if active:
        return active
    query = select(Enrollment).where(Enrollment.candidate_id == person_id)
    latest = session.exec(query.order_by(col(Enrollment.id).desc())).first()
    return [latest] if latest is not None else []


def _person(session: Session, key: str) -> CandidateRecord:
    people = people_at(session, [key])
    if not people:
        raise SequencerError(f"nobody imported with {key!r}: check the address")
    return people[0]


def _apply(
    session: Session,
    enrollment: Enrollment,
    outcome: Outcome,
    until: date | None,
    now: datetime,
    by: str,
) -> str:
    sequence, _ = recall(session, enrollment.sequence_version)
    rules = sequence.outcomes
    where = f"{enrollment.sequence_name}:"
    if outcome is Outcome.NOT_NOW and rules.not_now == "pause":
        assert until is not None
        reason = f"paused until {until}: they said not now"
        return pause_until(session, enrollment, until, now, reason, check_back=True)
    action: StopOrMove = {
        Outcome.REPLIED: rules.replied,
        Outcome.INTERESTED: rules.interested,
        Outcome.NOT_NOW: "stop",
        Outcome.ACCEPTED_ELSEWHERE: rules.accepted_elsewhere,
        Outcome.HIRED: rules.hired,
        Outcome.DECLINED: rules.declined,
        Outcome.APPLIED: rules.applied,
        Outcome.MEETING_BOOKED: rules.meeting_booked,
        Outcome.REJECTED: rules.rejected,
    }[outcome]
    halt(session, enrollment, f"{outcome} ({by})")
    move(enrollment, action, sequence, candidate_for(session, enrollment), now)
    if enrollment.follow_on and enrollment.follow_on_at:
        when = f"{enrollment.follow_on_at:%Y-%m-%d}"
        return f"{where} stopped; moves to {enrollment.follow_on} on {when}"
    return f"{where} stopped"
