"""Telling the recruiter: a person replied or opted out, by email to the sequence's sender
(or SEQUENCER_NOTIFY_EMAIL), through the same email channel as everything else, so with no
credentials it lands in the outbox. Sent by the dispatch pass, not by the webhook: a
provider waiting for our 200 must not wait for an email to go out."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.channels import ChannelError, Email, EmailSender
from sequencer.store.models import CandidateRecord, Enrollment, Event, EventKind
from sequencer.store.people import candidate_of
from sequencer.store.versions import recall

TOLD = (EventKind.REPLY, EventKind.OPT_OUT)


def notify_recruiters(
    engine: sa.Engine, sender: EmailSender, notify_email: str | None, now: datetime
) -> int:
    """One email per reply or opt-out not yet told, to `notify_email` (when set) or the
    sequence's sender; how many went."""
    with Session(engine) as session:
        query = select(Event).where(
            col(Event.kind).in_(TOLD),
            col(Event.notified_at).is_(None),
            col(Event.candidate_id).is_not(None),
        )
        pending = list(session.exec(query.order_by(col(Event.id)).limit(100)))
        emails = [(e.id, _email(session, e, notify_email)) for e in pending]
    told = 0
    for event_id, email in emails:
        try:
            if email is not None:
                sender.send_email(email)
        except ChannelError:
            continue  # the next pass tries again
        with Session(engine) as session, session.begin():
            event = session.get(Event, event_id)
            assert event is not None
            event.notified_at = now
        told += 1
    return told


def _email(session: Session, event: Event, notify_email: str | None) -> Email | None:
    person = session.get(CandidateRecord, event.candidate_id)
    latest = session.exec(
        select(Enrollment)
        .where(Enrollment.candidate_id == event.candidate_id)
        .order_by(col(Enrollment.id).desc())
    ).first()
    if person is None or latest is None:
        return None
    sequence, _ = recall(session, latest.sequence_version)
    own = str(sequence.sender.get("email", ""))
    to = notify_email or own
    if not to:
        return None
    name = candidate_of(person).full_name or person.key
    what = "replied" if event.kind == EventKind.REPLY else "opted out"
    return Email(
        reference=f"notify-{event.id}",
        to=to,
        from_email=own or to,
        from_name="sequencer",
        subject=f"{name} {what} ({latest.sequence_name})",
        text=_body(person, name, what, event, latest),
    )


def _body(
    person: CandidateRecord, name: str, what: str, event: Event, enrollment: Enrollment
) -> str:
    lines = [
        f"{name} <{person.key}> {what} on {event.occurred_at:%Y-%m-%d %H:%M} UTC"
        f" by {event.channel or 'an unknown channel'}.",
        "",
        "Their sequences have stopped: nothing more is sent to them automatically.",
    ]
    if event.detail:
        lines += ["", "What they wrote:", "", *("> " + line for line in event.detail.splitlines())]
    lines += ["", f"See everything: sequencer status {person.key}"]
    return "\n".join(lines) + "\n"
