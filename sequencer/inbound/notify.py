"""Telling the recruiter: a person replied, opted out or booked a meeting, by email to the
sequence's sender (or SEQUENCER_NOTIFY_EMAIL), through the same email channel as everything
else, so with no credentials it lands in the outbox. Sent by the dispatch pass, not by the
webhook: a provider waiting for our 200 must not wait for an email to go out.

A notice that cannot go out (the provider refuses, the outbox's disk is full) stays to be
told, and its recipient backs off: no try before 1, 2, 4 ... minutes, at most an hour, have
passed since the last failure, and that recipient's other notices wait with it. Each failure
is a WARNING with its reason; `status` shows the recipient (`store.notices.failing`); passes
count "recruiter notices failed"."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from sequencer.channels import ChannelError, Email, EmailSender
from sequencer.store.models import CandidateRecord, Enrollment, Event, EventKind, ReplyReading
from sequencer.store.notices import Backoff, backoffs, failed, recovered, untold
from sequencer.store.people import candidate_of
from sequencer.store.versions import recall

log = logging.getLogger(__name__)

BATCH = 100  # notices read per pass; the rest wait for the next
LONGEST_WAIT = timedelta(hours=1)


def notify_recruiters(
    engine: sa.Engine, sender: EmailSender, notify_email: str | None, now: datetime
) -> Counter[str]:
    """One email per reply or opt-out not yet told, to `notify_email` (when set) or the
    sequence's sender, unless that recipient is backing off; what happened, by outcome
    ("recruiters told", "recruiter notices failed")."""
    with Session(engine) as session:
        emails = [(e.id, _email(session, e, notify_email)) for e in untold(session, BATCH)]
        waits = backoffs(session)
    outcomes: Counter[str] = Counter()
    for event_id, email in emails:
        if email is not None and not _may_try(waits.get(email.to), now):
            continue  # backing off: told once the wait is over
        if email is not None and not _sent(engine, sender, email, waits, now):
            outcomes["recruiter notices failed"] += 1
            continue
        _told(engine, event_id, now)
        outcomes["recruiters told"] += 1
    return outcomes


def wait_after(tries: int) -> timedelta:
    """1, 2, 4 ... minutes after the 1st, 2nd, 3rd ... failure in a row; at most an hour."""
    return min(timedelta(minutes=2 ** min(tries - 1, 6)), LONGEST_WAIT)


def _may_try(backoff: Backoff | None, now: datetime) -> bool:
    return backoff is None or backoff.retry_at <= now


def _sent(
    engine: sa.Engine, sender: EmailSender, email: Email, waits: dict[str, Backoff], now: datetime
) -> bool:
    """Hand `email` over; on failure, back its recipient off (`waits` follows)."""
    try:
        sender.send_email(email)
    except ChannelError as exc:
        waits[email.to] = _failed(engine, email, exc, now)
        return False
    if email.to in waits:
        _recovered(engine, waits.pop(email.to))
    return True


def _failed(engine: sa.Engine, email: Email, exc: ChannelError, now: datetime) -> Backoff:
    with Session(engine) as session, session.begin():
        backoff = failed(session, email.to, str(exc), now, wait_after)
    wait = backoff.retry_at - now
    log.warning(
        "recruiter notice to %s not sent (try %d since %s): %s; next try in %s",
        email.to,
        backoff.tries,
        f"{backoff.since:%Y-%m-%d %H:%M} UTC",
        exc,
        _minutes(wait),
        extra={
            "to": email.to,
            "reference": email.reference,
            "tries": backoff.tries,
            "retry_at": backoff.retry_at,
            "reason": str(exc),
        },
    )
    return backoff


def _recovered(engine: sa.Engine, backoff: Backoff) -> None:
    with Session(engine) as session, session.begin():
        recovered(session, backoff.to)
    log.info(
        "recruiter notices go out again after %d failed tries since %s",
        backoff.tries,
        f"{backoff.since:%Y-%m-%d %H:%M} UTC",
        extra={"to": backoff.to, "tries": backoff.tries},
    )


def _told(engine: sa.Engine, event_id: int | None, now: datetime) -> None:
    with Session(engine) as session, session.begin():
        event = session.get(Event, event_id)
        assert event is not None
        event.notified_at = now


def _minutes(wait: timedelta) -> str:
    minutes = round(wait / timedelta(minutes=1))
    return f"{minutes} minute{'' if minutes == 1 else 's'}"


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
    what = _WHAT.get(event.kind, "opted out")
    return Email(
        reference=f"notify-{event.id}",
        to=to,
        from_email=own or to,
        from_name="sequencer",
        subject=f"{name} {what} ({latest.sequence_name})",
        text=_body(person, name, what, event, latest, session.get(ReplyReading, event.id)),
    )


_WHAT = {EventKind.REPLY: "replied", EventKind.MEETING_BOOKED: "booked a meeting"}


def _body(
    person: CandidateRecord,
    name: str,
    what: str,
    event: Event,
    enrollment: Enrollment,
    reading: ReplyReading | None,
) -> str:
    lines = [
        f"{name} <{person.key}> {what} on {event.occurred_at:%Y-%m-%d %H:%M} UTC"
        f" by {event.channel or 'an unknown channel'}.",
        "",
        *_understood(event, reading),
    ]
    wrote = reading.text if reading and reading.text else event.detail
    if wrote:
        lines += ["", "What they wrote:", "", *("> " + line for line in wrote.splitlines())]
    lines += ["", f"See everything: sequencer status {person.key}"]
    return "\n".join(lines) + "\n"


def _understood(event: Event, reading: ReplyReading | None) -> list[str]:
    """What we read in it, and whether that was applied or waits for the recruiter."""
    stopped = "Their sequences have stopped: nothing more is sent to them automatically."
    if reading is None or not reading.label:
        return [stopped]
    said = reading.label.replace("_", " ")
    if reading.named_date:
        said += f" (date: {reading.named_date})"
    lines = [f"We read it as: {said}, {reading.confidence:.0%} sure."]
    if reading.referred_email or reading.referred_name:
        whom = " ".join(p for p in (reading.referred_name, reading.referred_email) if p)
        lines.append(f"They point to {whom}: add them as a new candidate if you wish.")
    if reading.decided_at is not None:
        return [*lines, f"Applied automatically: {reading.decision}."]
    return [
        *lines,
        stopped,
        f"To apply it: sequencer replies decide {event.id} OUTCOME (see sequencer replies).",
    ]
