"""What an ATS or a scheduling tool says happened to a person, and what follows: the facts
`channels/` made of a signed Greenhouse, Lever, Ashby, Calendly or Cal.com webhook
(`channels.facts.Outside`) → events → effects, through the same state machine and outcome
rules as replies (docs/recruiters/ats-and-calendars.md):

    meeting booked    every running sequence stops (outcome meeting-booked); recruiter told
    meeting canceled  "Needs attention"; outreach does not start again by itself
    applied           outreach sequences stop (outcome applied), applicant ones go on
    rejected          everything stops (outcome rejected); no re-enrollment for a while
    hired             everything stops (outcome hired); no re-enrollment until lifted
    stage changed     the sequences whose `exit_on: {stage: [...]}` names it stop

Each fact is an `Event` keyed "<source>:<key>", applied once (`effects.once`). The person is
found by the signed token of our booking link, else by any email or phone the source names;
an event about nobody we know is kept, with what named them, for `sequencer events
--unmatched`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.channels.facts import Happening, Outside
from sequencer.engine import links
from sequencer.engine.enrollment import active_enrollments, halt
from sequencer.errors import CellError
from sequencer.inbound.effects import DUPLICATE, Incoming, once
from sequencer.inbound.outcomes import Outcome, apply_outcome, concerned
from sequencer.people.phones import parse_phone
from sequencer.spec.outside import Audience
from sequencer.spec.sequence import Sequence as SequenceSpec
from sequencer.store.attention import flag
from sequencer.store.erasure import erased_set
from sequencer.store.models import CandidateRecord, Enrollment, Event, EventKind
from sequencer.store.people import people_at
from sequencer.store.versions import recall

KINDS = {
    Happening.APPLIED: EventKind.APPLIED,
    Happening.REJECTED: EventKind.REJECTED,
    Happening.HIRED: EventKind.HIRED,
    Happening.STAGE_CHANGED: EventKind.STAGE_CHANGED,
    Happening.MEETING_BOOKED: EventKind.MEETING_BOOKED,
    Happening.MEETING_CANCELED: EventKind.MEETING_CANCELED,
}
SAID = {
    Happening.APPLIED: "applied",
    Happening.REJECTED: "rejected",
    Happening.HIRED: "hired",
    Happening.STAGE_CHANGED: "moved to a stage",
    Happening.MEETING_BOOKED: "booked a meeting",
    Happening.MEETING_CANCELED: "cancelled a meeting",
}
UNMATCHED = "unmatched"
PHONE_REGION = "US"  # for a number an ATS wrote without its country code

Action = Callable[[Session, Event, CandidateRecord, Outside, datetime], list[str]]


def take_outside(
    engine: sa.Engine, facts: Sequence[Outside], now: datetime, secret_key: str | None
) -> list[str]:
    """Each fact in a transaction of its own; a line per fact saying what happened."""
    return [take_one(engine, fact, now, secret_key) for fact in facts]


def take_one(engine: sa.Engine, fact: Outside, now: datetime, secret_key: str | None) -> str:
    """One fact, recorded and applied once in one transaction; the line that says what it did."""
    if _about_the_erased(engine, fact, secret_key):
        return f"{fact.channel} {fact.key}: about someone erased at their request: nothing kept"
    incoming = Incoming(
        key=f"{fact.channel}:{fact.key}",
        kind=KINDS[fact.happening],
        occurred_at=fact.occurred_at or now,
        channel=fact.channel,
        detail=_detail(fact),
    )

    def who(session: Session) -> int | None:
        return person_of(session, fact, secret_key)

    def effect(session: Session, event: Event) -> str:
        person = session.get(CandidateRecord, event.candidate_id) if event.candidate_id else None
        if person is None:
            event.detail = unmatched_detail(fact)
            return UNMATCHED
        lines = ACTIONS[fact.happening](session, event, person, fact, now)
        return f"{person.key} {SAID[fact.happening]}: " + "; ".join(lines)

    said = once(engine, incoming, now, effect, who)
    where = f"{fact.channel} {fact.key}"
    if said == DUPLICATE:
        return f"{where}: seen before, nothing changed"
    if said == UNMATCHED:
        return f"{where}: {unmatched_detail(fact)} (kept: sequencer events --unmatched)"
    return f"{where}: {said}"


# --- whom it is about -------------------------------------------------------------------------


def person_of(session: Session, fact: Outside, secret_key: str | None) -> int | None:
    """The person the fact names: by our booking link's token, else by any of its emails
    (any case) or phones (in E.164); the first imported, when several people match."""
    if fact.token and secret_key:
        enrollment_id = links.enrollment_of_booking_token(fact.token, secret_key)
        enrollment = session.get(Enrollment, enrollment_id) if enrollment_id else None
        if enrollment is not None:
            return enrollment.candidate_id
    people = people_at(session, [*fact.emails, *_phones(fact.phones)])
    return min((p.id for p in people if p.id is not None), default=None)


def _about_the_erased(engine: sa.Engine, fact: Outside, secret_key: str | None) -> bool:
    """Nobody matches and an address it names was erased at their request: the fact is
    dropped whole, since keeping it (even as unmatched) would store them again."""
    with Session(engine) as session:
        if person_of(session, fact, secret_key) is not None:
            return False
        return bool(erased_set(session, [*fact.emails, *_phones(fact.phones)], secret_key))


def _phones(written: Sequence[str]) -> list[str]:
    """Numbers as the source wrote them ("(415) 555-0134"), in E.164 as we store them."""
    found = []
    for number in written:
        try:
            e164 = parse_phone(number, PHONE_REGION)
        except CellError:
            continue  # not a number we could ever have stored
        if e164:
            found.append(e164)
    return found


def _detail(fact: Outside) -> str | None:
    parts = [f"stage {fact.stage}" if fact.stage else None, fact.detail]
    return "; ".join(p for p in parts if p) or None


def unmatched_detail(fact: Outside) -> str:
    """What the source said, and what named the person: what the recruiter needs to find
    them (or to import them)."""
    # In normal form (lower-cased email, E.164 phone), so that `forget` finds them here too.
    named = [*(email.strip().lower() for email in fact.emails), *_phones(fact.phones)]
    if fact.token:
        named.append("a booking link of ours no longer known")
    whom = ", ".join(named) if named else "no email, phone or booking link"
    said = f"{SAID[fact.happening]} ({fact.channel})"
    more = _detail(fact)
    return f"{said}: nobody imported is {whom}" + (f"; {more}" if more else "")


# --- what follows -------------------------------------------------------------------------------


def _booked(
    session: Session, event: Event, person: CandidateRecord, fact: Outside, now: datetime
) -> list[str]:
    return _stop(session, event, person, fact, now, Outcome.MEETING_BOOKED)


def _canceled(
    session: Session, event: Event, person: CandidateRecord, fact: Outside, now: datetime
) -> list[str]:
    assert person.id is not None
    reason = (
        f"cancelled the meeting booked via {fact.channel}: outreach does not start again by "
        "itself; get in touch, or enroll them again"
    )
    flag(session, person.id, reason, now)
    return ["needs attention (outreach not restarted)"]


def _applied(
    session: Session, event: Event, person: CandidateRecord, fact: Outside, now: datetime
) -> list[str]:
    return _stop(session, event, person, fact, now, Outcome.APPLIED, _outreach)


def _rejected(
    session: Session, event: Event, person: CandidateRecord, fact: Outside, now: datetime
) -> list[str]:
    # The outcome also blocks re-enrollment for the sequences' `reenroll_after.rejected`.
    return _stop(session, event, person, fact, now, Outcome.REJECTED)


def _hired(
    session: Session, event: Event, person: CandidateRecord, fact: Outside, now: datetime
) -> list[str]:
    # The outcome also blocks re-enrollment until a recruiter lifts it (`enroll --rehire`).
    return _stop(session, event, person, fact, now, Outcome.HIRED)


def _stage_changed(
    session: Session, event: Event, person: CandidateRecord, fact: Outside, now: datetime
) -> list[str]:
    assert person.id is not None
    lines = []
    for enrollment in active_enrollments(session, person.id):
        if _sequence(session, enrollment).exit_on.ends_at(fact.stage):
            halt(session, enrollment, f"moved to stage {fact.stage} in {fact.channel}")
            lines.append(f"{enrollment.sequence_name}: stopped")
    return lines or [f"no sequence ends at stage {fact.stage or '(none named)'}"]


ACTIONS: dict[Happening, Action] = {
    Happening.MEETING_BOOKED: _booked,
    Happening.MEETING_CANCELED: _canceled,
    Happening.APPLIED: _applied,
    Happening.REJECTED: _rejected,
    Happening.HIRED: _hired,
    Happening.STAGE_CHANGED: _stage_changed,
}


def _stop(
    session: Session,
    event: Event,
    person: CandidateRecord,
    fact: Outside,
    now: datetime,
    outcome: Outcome,
    reaches: Callable[[SequenceSpec], bool] = lambda sequence: True,
) -> list[str]:
    """`outcome` for the person's enrollments in the sequences it `reaches` (each by its own
    `outcomes:` rule); a finished one no longer moves them on either. What changed."""
    assert person.id is not None
    reached = [e for e in concerned(session, person.id) if reaches(_sequence(session, e))]
    by = f"from {fact.channel}"
    lines = apply_outcome(session, event, person, outcome, None, now, by, reached)
    done = {e.id for e in reached}
    moving = select(Enrollment).where(
        Enrollment.candidate_id == person.id, col(Enrollment.follow_on).is_not(None)
    )
    for finished in session.exec(moving):
        if finished.id not in done and reaches(_sequence(session, finished)):
            lines.append(f"{finished.sequence_name}: no longer moves to {finished.follow_on}")
            finished.status_reason = (
                f"{finished.status_reason}; not moved to {finished.follow_on}: {outcome} {by}"
            )
            finished.follow_on = finished.follow_on_at = None
    return lines


def _outreach(sequence: SequenceSpec) -> bool:
    return sequence.audience is not Audience.APPLICANTS


def _sequence(session: Session, enrollment: Enrollment) -> SequenceSpec:
    return recall(session, enrollment.sequence_version)[0]
