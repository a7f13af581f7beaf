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
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import Session, col, select

from sequencer.engine.checkback import current_step_id
from sequencer.engine.enrollment import (
    active_enrollments,
    advance,
    candidate_for,
    event_time,
    halt,
    hold_until,
    schedule_next,
)
from sequencer.engine.halting import halt_person
from sequencer.inbound.intent import Reading
from sequencer.inbound.matching import PERSON_AT, lock_people
from sequencer.spec.sequence import StopEvent
from sequencer.store import consent
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    Event,
    EventKind,
    ReplyReading,
    Send,
    SendStatus,
)
from sequencer.store.people import candidate_of, people_at
from sequencer.store.suppression import lift, suppress_all
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


Finder = Callable[[Session], int | None]


@dataclass(frozen=True)
class SentFrom:
    """Whoever is stored at `address` (in normal form), found by the very statement that
    records the event (one round trip a text less than a `Finder`); `check` then sees whom
    it found, and may refuse the event by raising (the transaction rolls back)."""

    address: str
    check: Callable[[Session, int | None], None]


def once(
    engine: sa.Engine,
    incoming: Incoming,
    now: datetime,
    effect: Effect,
    who: Finder | SentFrom | None = None,
) -> str:
    """Record `incoming` and apply `effect` in one transaction, unless it was seen before.
    `who`, when given, finds the person in that same transaction (one transaction a text:
    on SQLite each one queues for the write lock and, when it writes, waits for the disk)."""
    incoming = storable(incoming)
    try:
        with Session(engine) as session, session.begin():
            return apply_once(session, incoming, now, effect, who)
    except sa.exc.IntegrityError:
        with Session(engine) as session:
            if seen(session, [incoming.key]):
                return DUPLICATE
        raise  # another row clashed: let the provider retry, and it will see that row


def apply_once(
    session: Session,
    incoming: Incoming,
    now: datetime,
    effect: Effect,
    who: Finder | SentFrom | None = None,
) -> str:
    """`once` in a transaction the caller holds: a redelivery raises IntegrityError (on the
    event's unique key, before any effect), and the caller rolls back."""
    incoming = storable(incoming)
    if isinstance(who, SentFrom):
        event = recorded(session, incoming, now, who.address)
        who.check(session, event.candidate_id)
        return effect(session, event)
    if who is not None:
        incoming = replace(incoming, candidate_id=who(session))
    return effect(session, recorded(session, incoming, now))


def recorded(
    session: Session, incoming: Incoming, now: datetime, sent_from: str | None = None
) -> Event:
    """The event stored by one INSERT built once, not by the ORM's flush (~0.4 ms a text
    less); the Event is then attached as the row it is, so an effect that changes it (a
    detail) is written at commit. A redelivery fails here on the event's unique key, before
    any effect; no SELECT first, as redeliveries are rare and every text would pay for it."""
    fields = vars(incoming) | {"received_at": now}
    if sent_from is None:
        event = Event(**fields, id=session.execute(_EVENT, fields).scalar_one())
    else:
        unknown = fields | {"address": sent_from}
        del unknown["candidate_id"]
        row = session.execute(_EVENT_FROM, unknown).one()
        event = Event(**fields | {"candidate_id": row.candidate_id}, id=row.id)
    make_transient_to_detached(event)
    session.add(event)
    return event


def recorded_rows(session: Session, received: list[tuple[Incoming, datetime]]) -> list[int]:
    """`recorded` for many events at once (each with the time it came), their people found
    already (`candidate_id`), and no Event objects: one INSERT for them all; their ids, in
    their order. A redelivery fails it whole, on the events' unique key."""
    rows = [vars(storable(incoming)) | {"received_at": now} for incoming, now in received]
    return list(session.execute(_EVENTS_IN_ORDER, rows).scalars())


_EVENTS = Event.__table__  # type: ignore[attr-defined]
_EVENT = sa.insert(_EVENTS).returning(_EVENTS.c.id)
_EVENTS_IN_ORDER = sa.insert(_EVENTS).returning(_EVENTS.c.id, sort_by_parameter_order=True)
# The person stored at the address bound as "address", as `matching.person_id` finds them.
_EVENT_FROM = (
    sa.insert(_EVENTS)
    .values(candidate_id=PERSON_AT.scalar_subquery())
    .returning(_EVENTS.c.id, _EVENTS.c.candidate_id)
)


def seen(session: Session, keys: Iterable[str]) -> set[str]:
    """Which of these event keys are recorded already, in one query."""
    return set(session.exec(select(Event.key).where(col(Event.key).in_(list(keys)))))


def storable(incoming: Incoming) -> Incoming:
    """Text from outside as the database takes it: PostgreSQL refuses NUL characters."""
    return replace(
        incoming,
        key=incoming.key.replace("\x00", ""),
        detail=incoming.detail.replace("\x00", "") if incoming.detail else incoming.detail,
    )


def record_only(session: Session, event: Event) -> str:
    return str(event.kind)


# --- effects --------------------------------------------------------------------------------


AUTO = "auto"  # who decided a reading applied at once: nobody, by the sequence's rule
READING_LIMIT = 10_000  # characters of a reply's new text kept with its reading


def read_as(reading: Reading, decision: str | None = None) -> Effect:
    """Keep what the reply says with its event; `decision` when it was applied at once."""

    def effect(session: Session, event: Event) -> str:
        assert event.id is not None
        session.execute(_READING, reading_row(reading, event.id, event.received_at, decision))
        return f"read as {reading.label}"

    return effect


def reading_row(
    reading: Reading, event_id: int, received_at: datetime, decision: str | None = None
) -> dict[str, object]:
    """The reply_reading row of `reading`, kept with the event `event_id`. A row, not an ORM
    object: nothing reads it back in the transaction that writes it, and building and
    flushing a SQLModel object cost every reply ~0.5 ms more."""
    decided = decision is not None
    return {
        "event_id": event_id,
        "label": str(reading.label),
        "confidence": reading.confidence,
        "language": reading.language,
        "named_date": reading.named_date,
        "text": _without_nul(reading.text[:READING_LIMIT]) or "",
        "decided_at": received_at if decided else None,
        "decided_by": AUTO if decided else None,
        "decision": decision,
        "referred_email": _without_nul(reading.referred_email),
        "referred_name": _without_nul(reading.referred_name),
    }


def record_readings(session: Session, rows: list[dict[str, object]]) -> None:
    """Rows of `reading_row`, stored by one statement."""
    if rows:
        session.execute(_READING, rows)


_READING = sa.insert(ReplyReading.__table__)  # type: ignore[attr-defined]


def _without_nul(text: str | None) -> str | None:
    """PostgreSQL refuses NUL characters, which a stranger's email may carry."""
    return text.replace("\x00", "") if text else text


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
        people, every = everyone_at(session, given, [event.candidate_id])
        # Their turn first, as a group of texts takes it: closing an address they also
        # texted STOP from, then waiting for the person the group holds, would deadlock.
        lock_people(session, every)
        suppress_all(session, every, reason, event.received_at)
        for person in people:  # each once: a second halt would find nothing to stop
            assert person.id is not None
            halt_person(session, person.id, f"opted out: {reason}")
        return "opted out"

    return effect


def their_turn(addresses: Iterable[str]) -> Effect:
    """Take the turn of everyone at these addresses (and the event's person) before anything
    else of theirs is locked, as `opted_out` and a group of texts take it
    (`matching.lock_people`): an opt-out the provider reports about a send locks that send's
    enrollment to settle it first, and would then wait for a text group that waits for it."""
    given = [a for a in addresses if a]

    def effect(session: Session, event: Event) -> str:
        lock_people(session, everyone_at(session, given, [event.candidate_id])[1])
        return "their turn taken"

    return effect


def everyone_at(
    session: Session, addresses: Iterable[str], people: Iterable[int | None] = ()
) -> tuple[list[CandidateRecord], set[str]]:
    """The people stored at these addresses and these people (by id: an event's or a send's
    owner may no longer be stored at the address it names), and all their addresses."""
    given = [a for a in addresses if a]
    found = people_at(session, given)
    missing = set(people) - {None, *(p.id for p in found)}
    if missing:
        found += session.exec(select(CandidateRecord).where(col(CandidateRecord.id).in_(missing)))
    return found, {*given, *(a for p in found for a in (p.email, p.phone) if a)}


def opted_in(address: str, texted: bool = False) -> Effect:
    """The person themselves asked to hear from us again: on this address, and when they
    texted START, on every address their texted opt-out had closed."""

    def effect(session: Session, event: Event) -> str:
        others = people_at(session, [address]) if texted else []
        undone = lift(session, address, (a for p in others for a in (p.email, p.phone) if a))
        return "opted in" if undone else "not suppressed"

    return effect


def texted_consent(address: str, given: bool, source: str) -> Effect:
    """A texted START gives consent to texts; a texted STOP withdraws it, and consent to
    calls too (revoking by any reasonable means covers both). Recorded with its source."""
    channels = (consent.SMS,) if given else consent.CHANNELS

    def effect(session: Session, event: Event) -> str:
        for person in people_at(session, [address]):
            for channel in channels:
                consent.change(session, person, channel, given, source, event.occurred_at)
        return "consent given" if given else "consent withdrawn"

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
        # Lock the enrollment, then read the send again under it (as engine.claim.locked_rows
        # does): the dispatcher recording this same send right now is seen, not overwritten.
        enrollment = session.get(Enrollment, row.enrollment_id, with_for_update=True)
        assert enrollment is not None
        session.refresh(row, with_for_update=True)
        if row.status not in (SendStatus.SENDING, SendStatus.RETRY):
            return str(event.kind)
        sequence, _ = recall(session, enrollment.sequence_version)
        if row.status == SendStatus.RETRY:
            enrollment.next_due_at = None  # the retry must not go: it already went
        row.status = SendStatus.SENT if delivered else SendStatus.FAILED
        row.sent_at = event.occurred_at if delivered else None
        row.reason = f"settled by the provider's {event.kind} event"
        current = current_step_id(enrollment, sequence) == row.step_id  # or its check-back
        if current:
            candidate = candidate_for(session, enrollment)
            advance(session, enrollment, sequence, candidate, event.occurred_at, delivered)
        return "settled"

    return effect
