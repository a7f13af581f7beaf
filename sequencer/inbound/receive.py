"""What providers say about our sends → events → effects. The facts come from `channels/`
(already genuine, in words of our own); this module decides whom they are about and what
they change.

    progress      accepted/delivered/opened/clicked: the funnel; settles a send in doubt
    a bounce      the address is undeliverable
    an opt-out    the person is suppressed everywhere
    an opt-in     the person lifted their own opt-out
    a call ended  recorded on its step
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any, assert_never

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.channels.facts import (
    Bounced,
    CallEnded,
    OptedIn,
    OptedOut,
    Progress,
    SendEvent,
    Stage,
)
from sequencer.inbound.effects import (
    DUPLICATE,
    Effect,
    Incoming,
    bounced,
    everyone_at,
    once,
    opted_in,
    opted_out,
    record_only,
    settled,
    storable,
    their_turn,
)
from sequencer.inbound.matching import (
    forgotten,
    lock_enrollments_at,
    person_id,
    send_of,
    sends_by_reference,
    take_turns,
)
from sequencer.store.models import Enrollment, Event, EventKind, Send, SendStatus
from sequencer.store.suppression import TEXTED

IGNORED = "ignored"
FORGOTTEN = "dropped: erased at their request"
log = logging.getLogger(__name__)
UNSETTLED = (SendStatus.SENDING, SendStatus.RETRY)
_STAGE_KINDS = {
    Stage.ACCEPTED: EventKind.ACCEPTED,
    Stage.DELIVERED: EventKind.DELIVERED,
    Stage.OPENED: EventKind.OPENED,
    Stage.CLICKED: EventKind.CLICKED,
    Stage.FAILED: EventKind.FAILED,
}


def receive_events(
    engine: sa.Engine,
    facts: Sequence[SendEvent | None],
    now: datetime,
    secret: str | None = None,
) -> list[str]:
    """A signed batch in one transaction; what each fact did (None: an event we take no
    notice of).

    A provider posts up to thousands of events at a time, nearly all of them delivered/open/
    click about sends long settled: those are only recorded, together. Anything that changes
    more (a bounce, an opt-out, a send still in doubt) runs its effect in the same
    transaction. If a twin delivery of the same batch commits first, this one fails on an
    event key and rolls back whole; it is then taken event by event, so each has one effect.
    """
    try:
        with Session(engine) as session, session.begin():
            return _together(session, facts, now, secret)
    except sa.exc.IntegrityError:
        return [receive_event(engine, fact, now, secret) for fact in facts]


def receive_event(
    engine: sa.Engine, fact: SendEvent | None, now: datetime, secret: str | None = None
) -> str:
    """One fact, in a transaction of its own; what it did. `secret`: to drop what is about
    someone erased at their request (`matching.forgotten`)."""
    if fact is None:
        return IGNORED
    with Session(engine) as session:
        send = send_of(session, fact.send)
        person = person_id(session, send, fact.address)
        if forgotten(session, send, person, fact.address, secret):
            return _dropped(fact)
        incoming = _incoming(fact, send, person, now)
    return once(engine, incoming, now, _effect(fact))


def _dropped(fact: SendEvent) -> str:
    log.info("dropped a %s event about someone erased at their request", _kind(fact))
    return FORGOTTEN


def _together(
    session: Session, facts: Sequence[SendEvent | None], now: datetime, secret: str | None
) -> list[str]:
    keys = [fact.key for fact in facts if fact is not None]
    seen = set(session.exec(select(Event.key).where(col(Event.key).in_(keys))))
    sends = sends_by_reference(session, [fact.send.reference or "" for fact in facts if fact])
    about = [(fact, _send(session, sends, fact, seen)) for fact in facts if fact is not None]
    ids = {send.enrollment_id for _, send in about if send}
    whose = select(Enrollment.id, Enrollment.candidate_id).where(col(Enrollment.id).in_(ids))
    owners = dict(session.exec(whose).all())  # each event names its person through one
    _take_turns(session, [(f, s) for f, s in about if f.key not in seen], owners)
    outcomes = []
    counted: list[dict[str, Any]] = []  # events that change nothing: one INSERT at the end
    found = iter(about)
    for fact in facts:
        if fact is None:
            outcomes.append(IGNORED)
            continue
        _, send = next(found)  # `about` holds the facts that are not None, in order
        if fact.key in seen:
            outcomes.append(DUPLICATE)
            continue
        seen.add(fact.key)  # the same event twice in one batch
        person = owners.get(send.enrollment_id) if send else None
        if person is None:
            person = person_id(session, send, fact.address)
        if forgotten(session, send, person, fact.address, secret):
            outcomes.append(_dropped(fact))
            continue
        incoming = _incoming(fact, send, person, now)
        outcomes.append(_apply(session, incoming, fact, send, now, counted))
    if counted:
        session.execute(sa.insert(Event), counted)
    return outcomes


def _send(session: Session, sends: dict[str, Send], fact: SendEvent, seen: set[str]) -> Send | None:
    """The send a fact names, by the batch's one query for references; failing that by its
    own query, unless the fact was recorded before (a redelivery needs nothing of it)."""
    found = sends.get(fact.send.reference or "")
    return found if found is not None or fact.key in seen else send_of(session, fact.send)


def _take_turns(
    session: Session,
    about: Sequence[tuple[SendEvent, Send | None]],
    owners: dict[int | None, int],
) -> None:
    """Before any effect locks a row, the turns of everyone an opt-out in the batch closes
    (`matching.take_turns`, as a group of texts takes them), then the enrollments of everyone
    the batch changes, in id order, in one statement: taken event by event, a bounce of a
    later enrollment held it while waiting for a claim that held an earlier one and went on
    to it, and an opt-out took its turn after an earlier event's row. Those changed: the
    people at a bounced or opted-out address, and the owner of each send an event settles
    or may settle. Funnel events about settled sends, opt-ins and calls lock no one's rows."""
    changing = [(fact, send) for fact, send in about if _locks_rows(fact, send)]
    closing = [(fact, send) for fact, send in changing if isinstance(fact, OptedOut)]
    if closing:
        owners_of = [owners.get(send.enrollment_id) for _, send in closing if send]
        take_turns(session, everyone_at(session, [f.address for f, _ in closing], owners_of)[1])
    if changing:
        addresses = [f.address for f, _ in changing if isinstance(f, Bounced | OptedOut)]
        people = [owners.get(send.enrollment_id) for _, send in changing if send]
        # Everyone at any address of theirs, as an opt-out's own `lock_people` takes them (a
        # household sharing a phone): locked later, out of order, their rows deadlocked.
        lock_enrollments_at(session, everyone_at(session, addresses, people)[1])


def _locks_rows(fact: SendEvent, send: Send | None) -> bool:
    """Whether the fact's effect locks someone's enrollments: a bounce, an opt-out, and
    progress about a send still in doubt (or a failure, which `settled` looks at under the
    lock)."""
    if isinstance(fact, Bounced | OptedOut):
        return True
    return isinstance(fact, Progress) and send is not None and not _only_counted(fact, send)


def _only_counted(fact: SendEvent, send: Send | None) -> bool:
    """An event recorded with the others at the end, whose effect is never run."""
    return _funnel_only(fact) and send is not None and send.status not in UNSETTLED


def _apply(
    session: Session,
    incoming: Incoming,
    fact: SendEvent,
    send: Send | None,
    now: datetime,
    counted: list[dict[str, Any]],
) -> str:
    """Apply one fact's effect; an event that changes nothing is added to `counted`."""
    fields = vars(storable(incoming)) | {"received_at": now}
    if _only_counted(fact, send):
        counted.append(fields)
        return str(incoming.kind)  # what `settled` says of a send that was settled already
    event = Event(**fields)
    session.add(event)
    session.flush()  # a twin delivery that committed first fails here, before the effect
    return _effect(fact)(session, event)


def _funnel_only(fact: SendEvent) -> bool:
    """Progress that only settles a send still in doubt; about any other send it is only
    counted."""
    return isinstance(fact, Progress) and fact.stage is not Stage.FAILED


def _incoming(fact: SendEvent, send: Send | None, person: int | None, now: datetime) -> Incoming:
    return Incoming(
        key=fact.key,
        kind=_kind(fact),
        occurred_at=fact.occurred_at or now,
        channel=fact.channel,
        candidate_id=person,
        send_id=send.id if send else None,
        detail=fact.detail,
    )


def _kind(fact: SendEvent) -> EventKind:
    match fact:
        case Progress():
            return _STAGE_KINDS[fact.stage]
        case Bounced():
            return EventKind.BOUNCE
        case OptedOut():
            return EventKind.OPT_OUT
        case OptedIn():
            return EventKind.OPT_IN
        case CallEnded():
            return EventKind.CALL
        case _:
            assert_never(fact)


def _effect(fact: SendEvent) -> Effect:
    match fact:
        case Progress():
            return settled(fact.went)
        case Bounced():
            return both(settled(fact.went), bounced(fact.address, fact.reason))
        case OptedOut():
            reason = f"{TEXTED} {fact.reason}" if fact.texted else fact.reason
            closes = [fact.address]  # their turn before `settled` locks the send's row
            return both(their_turn(closes), settled(fact.went), opted_out(closes, reason))
        case OptedIn():
            return opted_in(fact.address)
        case CallEnded():
            return record_only
        case _:
            assert_never(fact)


def both(*effects: Effect) -> Effect:
    """Each effect in turn, in one transaction; what the last one did."""

    def effect(session: Session, event: Event) -> str:
        return [each(session, event) for each in effects][-1]

    return effect
