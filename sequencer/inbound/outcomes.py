"""What a recruiter records (`sequencer mark`), and where people go next.

An outcome's rule comes from the sequence file of each enrollment it touches (`outcomes:`,
with the defaults of respectful follow-up): stop, pause until a date, or move to another
sequence, e.g. the quarterly talent pipeline 12 months after they accepted another role.
A move is noted on the enrollment (`follow_on`, `follow_on_at`); the first dispatch pass
from then enrolls them there, with the sequence files as they are then (so the person is
not "active" anywhere while they wait, and can be enrolled for a new role meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.enroll import enroll, suppressed
from sequencer.engine.enrollment import candidate_for, move
from sequencer.errors import SequencerError
from sequencer.inbound.effects import (
    Incoming,
    active_enrollments,
    halt,
    hold_until,
    once,
    opted_out,
    people_at,
    start_of,
)
from sequencer.spec.sequence import Sequence, StopOrMove
from sequencer.spec.templates import TemplateLibrary
from sequencer.store.models import CandidateRecord, Enrollment, EnrollmentStatus, Event, EventKind
from sequencer.store.versions import recall

SequenceLoader = Callable[[str], tuple[Sequence, TemplateLibrary]]


class Outcome(StrEnum):
    REPLIED = "replied"
    INTERESTED = "interested"
    NOT_NOW = "not-now"
    ACCEPTED_ELSEWHERE = "accepted-elsewhere"
    OPTED_OUT = "opted-out"
    HIRED = "hired"


def mark(
    engine: sa.Engine, key: str, outcome: Outcome, now: datetime, until: date | None = None
) -> str:
    """Apply what the recruiter learned outside the tool; says what changed."""
    if outcome is Outcome.NOT_NOW and until is None:
        raise SequencerError("not-now needs --until DATE: the day to get back in touch")
    with Session(engine) as session:
        person = _person(session, key)
    assert person.id is not None
    incoming = Incoming(
        key=f"mark:{person.id}:{outcome}:{until}:{now.isoformat()}",
        kind=EventKind.OUTCOME,
        occurred_at=now,
        candidate_id=person.id,
        detail=str(outcome) + (f" until {until}" if until else ""),
    )
    if outcome is Outcome.OPTED_OUT:
        addresses = [a for a in (person.email, person.phone) if a]
        once(engine, incoming, now, opted_out(addresses, "the recruiter recorded an opt-out"))
        return f"{person.key}: opted out everywhere; never contacted again"
    lines: list[str] = []

    def effect(session: Session, event: Event) -> str:
        assert person.id is not None
        for enrollment in _concerned(session, person.id):
            lines.append(_apply(session, enrollment, outcome, until, now))
        return "marked"

    once(engine, incoming, now, effect)
    return "\n".join(lines) or f"{person.key}: recorded ({outcome}); no sequence to apply it to"


def _concerned(session: Session, person_id: int) -> list[Enrollment]:
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
) -> str:
    sequence, _ = recall(session, enrollment.sequence_version)
    rules = sequence.outcomes
    where = f"{enrollment.sequence_name}:"
    if outcome is Outcome.NOT_NOW and rules.not_now == "pause":
        assert until is not None
        return _pause(session, enrollment, until, now)
    action: StopOrMove = {
        Outcome.REPLIED: rules.replied,
        Outcome.INTERESTED: rules.interested,
        Outcome.NOT_NOW: "stop",
        Outcome.ACCEPTED_ELSEWHERE: rules.accepted_elsewhere,
        Outcome.HIRED: rules.hired,
    }[outcome]
    halt(session, enrollment, f"{outcome} (recorded by the recruiter)")
    move(enrollment, action, sequence, candidate_for(session, enrollment), now)
    if enrollment.follow_on and enrollment.follow_on_at:
        when = f"{enrollment.follow_on_at:%Y-%m-%d}"
        return f"{where} stopped; moves to {enrollment.follow_on} on {when}"
    return f"{where} stopped"


def _pause(session: Session, enrollment: Enrollment, until: date, now: datetime) -> str:
    """Resume on `until` at the step they were at, inside the send window."""
    where = f"{enrollment.sequence_name}:"
    candidate = candidate_for(session, enrollment)
    if suppressed(session, candidate):
        return f"{where} not resumed: they opted out"
    sequence, _ = recall(session, enrollment.sequence_version)
    if enrollment.next_step >= len(sequence.steps):  # it had run its course: on to the next
        move(enrollment, sequence.outcomes.no_answer, sequence, candidate, now)
        if not enrollment.follow_on:
            return f"{where} nothing left to send"
        enrollment.follow_on_at = start_of(until, candidate.timezone or sequence.timezone)
        return f"{where} moves to {enrollment.follow_on} on {until}"
    if enrollment.status != EnrollmentStatus.ACTIVE:
        enrollment.status, enrollment.status_reason = EnrollmentStatus.ACTIVE, None
        enrollment.next_due_at = now  # re-planned below, from the day they gave
    hold_until(session, enrollment, until, exactly=True)
    return f"{where} paused; resumes {until} in the send window"


def start_follow_ons(engine: sa.Engine, load: SequenceLoader, now: datetime) -> int:
    """Enroll everyone whose finished enrollment names a next sequence from now on; how
    many moved."""
    with Session(engine) as session:
        query = select(Enrollment.id).where(
            col(Enrollment.follow_on).is_not(None),
            col(Enrollment.follow_on_at) <= now,
            Enrollment.status != EnrollmentStatus.ACTIVE,
        )
        pending = [i for i in session.exec(query) if i is not None]
    return sum(_follow_on(engine, enrollment_id, load, now) for enrollment_id in pending)


def _follow_on(engine: sa.Engine, enrollment_id: int, load: SequenceLoader, now: datetime) -> int:
    with Session(engine) as session:
        enrollment = session.get(Enrollment, enrollment_id)
        if enrollment is None or enrollment.follow_on is None:
            return 0  # another worker took it
        name, start = enrollment.follow_on, enrollment.follow_on_at or now
        key = candidate_for(session, enrollment).key
    try:
        sequence, library = load(name)
        report = enroll(engine, sequence, library, [key], start)
    except SequencerError as exc:
        note = f"not moved to {name}: {exc}"
    else:
        refused = [reason for _, reason in report.refused]
        note = f"moved to {name}" if not refused else f"not moved to {name}: {refused[0]}"
    with Session(engine) as session, session.begin():
        enrollment = session.get(Enrollment, enrollment_id, with_for_update=True)
        assert enrollment is not None
        enrollment.follow_on = enrollment.follow_on_at = None
        enrollment.status_reason = f"{enrollment.status_reason}; {note}"
    return 1 if note.startswith("moved") else 0
