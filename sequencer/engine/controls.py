"""`sequencer stop`, `pause` and `resume`: the recruiter's own hand on a person's running
enrollments (all of them, or the one in a named sequence). The state changes are the state
machine's (`enrollment.halt`, `pause`, `pause_until`, `resume`); this module finds whom they
apply to, in one transaction, and says why when there is nobody: a stop is for good, so a
stopped enrollment cannot be resumed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.enrollment import (
    STOPPED_BY_HAND,
    active_enrollments,
    day_ahead,
    halt,
    pause,
    pause_until,
    paused,
    resume,
)
from sequencer.errors import SequencerError
from sequencer.store.models import CandidateRecord, Enrollment, EnrollmentStatus
from sequencer.store.people import people_at

Act = Callable[[Session, Enrollment], str]
Wanted = Callable[[Enrollment], bool]


def stop_person(engine: sa.Engine, key: str, sequence_name: str | None, now: datetime) -> list[str]:
    """Stop for good: nothing more is sent, open tasks close, no move to another sequence."""

    def stop(session: Session, enrollment: Enrollment) -> str:
        halt(session, enrollment, STOPPED_BY_HAND)
        return f"{enrollment.sequence_name}: stopped"

    return _for_person(engine, key, sequence_name, "stop", lambda _: True, stop)


def pause_person(
    engine: sa.Engine, key: str, sequence_name: str | None, until: date | None, now: datetime
) -> list[str]:
    """Pause until `resume`, or until the day `until` (then it goes on by itself, inside the
    send window, like a "not now" the person gave)."""
    if until is None:
        return _for_person(engine, key, sequence_name, "pause", _not_paused, _pause(now))
    day_ahead(until, now)
    reason = f"paused by the recruiter until {until}"

    def pause_to_day(session: Session, enrollment: Enrollment) -> str:
        return pause_until(session, enrollment, until, now, reason)

    return _for_person(engine, key, sequence_name, "pause", lambda _: True, pause_to_day)


def _not_paused(enrollment: Enrollment) -> bool:
    return enrollment.status != EnrollmentStatus.PAUSED


def _pause(now: datetime) -> Act:
    return lambda _, enrollment: pause(enrollment, now)


def resume_person(
    engine: sa.Engine, key: str, sequence_name: str | None, now: datetime
) -> list[str]:
    """Go on from now with the first step not yet had, inside the send window."""

    def is_paused(enrollment: Enrollment) -> bool:
        return paused(enrollment, now)

    def go_on(session: Session, enrollment: Enrollment) -> str:
        return resume(session, enrollment, now)

    return _for_person(engine, key, sequence_name, "resume", is_paused, go_on)


def _for_person(
    engine: sa.Engine, key: str, sequence_name: str | None, verb: str, wanted: Wanted, act: Act
) -> list[str]:
    """`act` on each of the person's running enrollments (in `sequence_name`) that are
    `wanted`, in one transaction; if there are none, why not, as the error."""
    with Session(engine) as session, session.begin():
        person = _person(session, key)
        assert person.id is not None
        running = active_enrollments(session, person.id)
        named = [e for e in running if sequence_name in (None, e.sequence_name)]
        chosen = [e for e in named if wanted(e)]
        if not chosen:
            why = _why_none(session, person.id, sequence_name, running, named, verb)
            raise SequencerError(f"nothing to {verb}: {why}")
        return [act(session, enrollment) for enrollment in chosen]


def _person(session: Session, key: str) -> CandidateRecord:
    people = people_at(session, [key])
    if not people:
        raise SequencerError(
            "nobody imported with this address: check its spelling, or "
            "`sequencer import FILE.csv` first"
        )
    return people[0]


def _why_none(
    session: Session,
    person_id: int,
    sequence_name: str | None,
    running: list[Enrollment],
    named: list[Enrollment],
    verb: str,
) -> str:
    if named:  # running there, but not in a state this applies to
        names = ", ".join(e.sequence_name for e in named)
        if verb == "pause":
            return f"already paused in {names}: `sequencer resume` goes on"
        return f"not paused in {names}"
    if sequence_name and running:
        return f"not in {sequence_name}; in {', '.join(e.sequence_name for e in running)}"
    query = select(Enrollment).where(Enrollment.candidate_id == person_id)
    if sequence_name:
        query = query.where(Enrollment.sequence_name == sequence_name)
    latest = session.exec(query.order_by(col(Enrollment.id).desc())).first()
    if latest is None:
        return f"not in {sequence_name}" if sequence_name else "not enrolled in any sequence"
    ended = f"{latest.sequence_name} is {latest.status} ({latest.status_reason})"
    return f"{ended}: it cannot be resumed" if verb == "resume" else ended
