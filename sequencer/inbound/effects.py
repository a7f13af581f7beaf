"""What comes back changes what happens next: halt, suppress, hold back, mark undeliverable,
settle an in-doubt send. Every inbound path (webhooks, the IMAP poller, `sequencer mark`)
ends here.

Each effect runs in the transaction that records its `Event`, whose key is unique: a
provider delivering the same event twice (SendGrid retries for 24 hours) has one effect,
even when both deliveries race, because the second transaction fails on the key and rolls
back whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.engine.enrollment import advance, candidate_for, schedule_next
from sequencer.spec.sequence import StopEvent
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    Event,
    EventKind,
    Send,
    SendStatus,
    Suppression,
    Task,
    TaskStatus,
)
from sequencer.store.people import candidate_of
from sequencer.store.versions import recall

DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Incoming:
    """An event as recorded: `key` is what makes a redelivery of it recognisable."""

    key: str
    kind: EventKind
    occurred_at: datetime
    channel: str | None = None
    candidate_id: int | None = None
    send_id: int | None = None
    detail: str | None = None


Effect = Callable[[Session, Event], str]


def once(engine: sa.Engine, incoming: Incoming, now: datetime, effect: Effect) -> str:
    """Record `incoming` and apply `effect` in one transaction, unless it was seen before."""
    incoming = storable(incoming)
    try:
        with Session(engine) as session, session.begin():
            if _seen(session, incoming.key):
                return DUPLICATE
            event = Event(**vars(incoming), received_at=now)
            session.add(event)
            session.flush()  # a racing twin fails here, before any effect
            return effect(session, event)
    except sa.exc.IntegrityError:
        with Session(engine) as session:
            if _seen(session, incoming.key):
                return DUPLICATE
        raise  # another row clashed: let the provider retry, and it will see that row


def _seen(session: Session, key: str) -> bool:
    return session.exec(select(Event.id).where(Event.key == key)).first() is not None


def storable(incoming: Incoming) -> Incoming:
    """Text from outside as the database takes it: PostgreSQL refuses NUL characters."""
    return replace(
        incoming,
        key=incoming.key.replace("\x00", ""),
        detail=incoming.detail.replace("\x00", "") if incoming.detail else incoming.detail,
    )


def record_only(session: Session, event: Event) -> str:
    return str(event.kind)


# --- people and their enrollments ---------------------------------------------------------


def people_at(session: Session, addresses: Iterable[str]) -> list[CandidateRecord]:
    """Everyone stored with one of these emails (any case) or E.164 numbers."""
    wanted = {a.strip().lower() if "@" in a else a.strip() for a in addresses if a}
    if not wanted:
        return []
    # The key is the lower-cased email (or the phone when there is none): both indexed.
    query = select(CandidateRecord).where(
        sa.or_(col(CandidateRecord.key).in_(wanted), col(CandidateRecord.phone).in_(wanted))
    )
    return list(session.exec(query))


def active_enrollments(session: Session, candidate_id: int) -> list[Enrollment]:
    query = (
        select(Enrollment)
        .where(
            Enrollment.candidate_id == candidate_id,
            Enrollment.status == EnrollmentStatus.ACTIVE,
        )
        .order_by(col(Enrollment.id))  # the order a dispatcher's claim locks them in
        .with_for_update()  # a dispatcher claiming one of these waits for us, then sees it
    )
    return list(session.exec(query))


def halt(session: Session, enrollment: Enrollment, reason: str) -> None:
    """This enrollment sends nothing more, and asks the recruiter for nothing more."""
    enrollment.status = EnrollmentStatus.HALTED
    enrollment.status_reason = reason
    enrollment.next_due_at = None
    enrollment.follow_on = enrollment.follow_on_at = None
    query = (
        select(Task)
        .join(Send)
        .where(Send.enrollment_id == enrollment.id, Task.status == TaskStatus.OPEN)
    )
    for task in session.exec(query):
        task.status = TaskStatus.EXPIRED
        session.add(task)


def halt_person(session: Session, candidate_id: int, reason: str) -> int:
    """Every active enrollment of this person stops, and no finished one moves them on to
    another sequence; how many stopped."""
    enrollments = active_enrollments(session, candidate_id)
    for enrollment in enrollments:
        halt(session, enrollment, reason)
    moving = select(Enrollment).where(
        Enrollment.candidate_id == candidate_id, col(Enrollment.follow_on).is_not(None)
    )
    for finished in session.exec(moving):
        finished.status_reason = (
            f"{finished.status_reason}; not moved to {finished.follow_on}: {reason}"
        )
        finished.follow_on = finished.follow_on_at = None
    return len(enrollments)


# --- effects --------------------------------------------------------------------------------


def replied(reason: str) -> Effect:
    """A person answered: nothing more goes to them from any sequence."""

    def effect(session: Session, event: Event) -> str:
        if event.candidate_id is None:
            return "unmatched reply"
        halt_person(session, event.candidate_id, reason)
        return "halted"

    return effect


def opted_out(addresses: Iterable[str], reason: str) -> Effect:
    """Every address of everyone at these addresses goes on the suppression list, for good,
    and all their enrollments stop. Only the person can undo it (`opted_in`)."""
    given = [a for a in addresses if a]

    def effect(session: Session, event: Event) -> str:
        people = people_at(session, given)
        if event.candidate_id is not None:
            person = session.get(CandidateRecord, event.candidate_id)
            people += [person] if person else []
        every = {*given, *(a for p in people for a in (p.email, p.phone) if a)}
        for address in every:
            suppress(session, address, reason, event.received_at)
        for person in people:
            assert person.id is not None
            halt_person(session, person.id, f"opted out: {reason}")
        return "opted out"

    return effect


def suppress(session: Session, address: str, reason: str, now: datetime) -> None:
    address = address.strip().lower() if "@" in address else address.strip()
    if session.exec(select(Suppression).where(Suppression.address == address)).first() is None:
        session.add(Suppression(address=address, reason=reason, created_at=now))


TEXTED = "texted"  # how the reason of an opt-out made by text message begins


def opted_in(address: str, texted: bool = False) -> Effect:
    """The person themselves asked to hear from us again: on this address, and when they
    texted START, on every address their texted opt-out had closed."""

    def effect(session: Session, event: Event) -> str:
        addresses = {address}
        if texted:
            addresses |= {a for p in people_at(session, [address]) for a in (p.email, p.phone) if a}
        rows = session.exec(select(Suppression).where(col(Suppression.address).in_(addresses)))
        undone = [r for r in rows if r.address == address or r.reason.startswith(TEXTED)]
        for row in undone:
            session.delete(row)
        return "opted in" if undone else "not suppressed"

    return effect


def out_of_office(back_on: date | None) -> Effect:
    """An automatic reply is not an answer: the sequence goes on, after their return."""

    def effect(session: Session, event: Event) -> str:
        if event.candidate_id is None or back_on is None:
            return "auto reply"
        for enrollment in active_enrollments(session, event.candidate_id):
            hold_until(session, enrollment, back_on)
        return f"held until {back_on}"

    return effect


def hold_until(session: Session, enrollment: Enrollment, day: date, exactly: bool = False) -> None:
    """No touch before `day` starts in the person's zone; the next one is re-planned. An
    out-of-office only ever pushes later; a recruiter's "not now until" sets the day."""
    candidate = candidate_for(session, enrollment)
    sequence, _ = recall(session, enrollment.sequence_version)
    moment = start_of(day, candidate.timezone or sequence.timezone)
    earlier = enrollment.not_before if enrollment.not_before and not exactly else moment
    enrollment.not_before = max(moment, earlier)
    if enrollment.next_due_at is not None:  # in flight or waiting for a task: it re-plans later
        schedule_next(session, enrollment, sequence, candidate, event_time(enrollment))


def start_of(day: date, zone: str) -> datetime:
    """Midnight at the start of `day` where the person is."""
    return datetime.combine(day, time(), tzinfo=ZoneInfo(zone))


def event_time(enrollment: Enrollment) -> datetime:
    # Re-planning only needs a "now" for rows it records as skipped; the enrollment's own
    # last touch (or start) keeps it deterministic.
    return enrollment.last_touch_at or enrollment.started_at


def bounced(address: str, reason: str) -> Effect:
    """The address does not exist: no more email to it. Sequences whose stop_on names bounce
    stop; the others fall back to another channel for the email steps, or skip them."""

    def effect(session: Session, event: Event) -> str:
        people = people_at(session, [address])
        for person in people:
            person.email_undeliverable = reason
            session.add(person)
            session.flush()
            assert person.id is not None
            for enrollment in active_enrollments(session, person.id):
                _after_bounce(session, enrollment, person, reason)
        return "undeliverable" if people else "unmatched bounce"

    return effect


def _after_bounce(
    session: Session, enrollment: Enrollment, person: CandidateRecord, reason: str
) -> None:
    sequence, _ = recall(session, enrollment.sequence_version)
    if StopEvent.BOUNCE in sequence.stop_on:
        halt(session, enrollment, f"email bounced ({reason})")
    elif enrollment.next_due_at is not None:
        schedule_next(session, enrollment, sequence, candidate_of(person), event_time(enrollment))


def settled(delivered: bool) -> Effect:
    """A provider event about a send we were unsure of: it went (or did not), so the
    sequence moves on instead of waiting or sending it again."""

    def effect(session: Session, event: Event) -> str:
        row = session.get(Send, event.send_id) if event.send_id else None
        if row is None:
            return str(event.kind)
        # Lock the enrollment, then read the send again under it (as dispatch._rows does):
        # the dispatcher recording this same send right now is seen, not overwritten.
        enrollment = session.get(Enrollment, row.enrollment_id, with_for_update=True)
        assert enrollment is not None
        session.refresh(row, with_for_update=True)
        if row.status not in (SendStatus.SENDING, SendStatus.RETRY):
            return str(event.kind)
        sequence, _ = recall(session, enrollment.sequence_version)
        steps = [s.id for s in sequence.steps]
        if row.status == SendStatus.RETRY:
            enrollment.next_due_at = None  # the retry must not go: it already went
        row.status = SendStatus.SENT if delivered else SendStatus.FAILED
        row.sent_at = event.occurred_at if delivered else None
        row.reason = f"settled by the provider's {event.kind} event"
        current = enrollment.next_step < len(steps) and steps[enrollment.next_step] == row.step_id
        if current:
            candidate = candidate_for(session, enrollment)
            advance(session, enrollment, sequence, candidate, event.occurred_at, delivered)
        return "settled"

    return effect
