"""What came back, with what each reply says: its label, how sure the reading is, the date it
names, the person's new text, and whether it was settled (applied at once, or by a recruiter)
or waits for one, with the suggestion. `sequencer replies` and the web app's Today page show it.

Three queries whatever the number of replies: the events with their readings and people, the
sends they answer, and the people's enrollments (for the sequence and its owner).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from sequencer.reports.terminal import Block, Table
from sequencer.reports.wording import full_name, plural
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    Event,
    EventKind,
    ReplyReading,
    Send,
)

CAME_BACK = (EventKind.REPLY, EventKind.AUTO_REPLY, EventKind.OPT_OUT, EventKind.BOUNCE)
SHORT_TEXT = 60  # characters of a reply a table shows; the JSON has it whole


@dataclass(frozen=True)
class ReplyRow:
    """One thing that came back. `label` is None for a reply no reading was kept for."""

    event_id: int
    kind: str  # reply, auto_reply, opt_out, bounce
    channel: str | None
    received: datetime  # when it arrived, UTC
    person: str | None  # their key; None: it matched nobody
    name: str
    sequence: str | None  # the sequence it answers, else their latest
    owner: str | None  # the recruiter who enrolled them there
    text: str  # their new text: quotes and signature removed
    pending: bool = False  # waits for the recruiter to decide
    label: str | None = None
    confidence: float | None = None
    language: str | None = None
    named_date: date | None = None
    decided_at: datetime | None = None
    decided_by: str | None = None  # "auto", a recruiter's email, "cli"
    decision: str | None = None
    referred_email: str | None = None
    referred_name: str | None = None

    @property
    def suggestion(self) -> str:
        """What the reading suggests, in words ("" when there is no reading)."""
        return suggestion(self.label, self.named_date, self.referred_email, self.referred_name)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.event_id,
            "at": _iso(self.received),
            "kind": self.kind,
            "channel": self.channel,
            "candidate": self.person,
            "name": self.name or None,
            "sequence": self.sequence,
            "owner": self.owner,
            "label": self.label,
            "confidence": self.confidence,
            "language": self.language,
            "date": self.named_date.isoformat() if self.named_date else None,
            "text": self.text,
            "suggestion": self.suggestion or None,
            "pending": self.pending,
            "decided_at": _iso(self.decided_at) if self.decided_at else None,
            "decided_by": self.decided_by,
            "decision": self.decision,
            "referral": (
                {"email": self.referred_email, "name": self.referred_name}
                if self.referred_email or self.referred_name
                else None
            ),
        }


def replies(
    engine: sa.Engine,
    pending_only: bool = False,
    owner: str | None = None,
    since: datetime | None = None,
) -> list[ReplyRow]:
    """What came back, newest first, matched to someone or not. `pending_only`: the replies
    that wait for a recruiter; `owner`: only about people that recruiter enrolled."""
    waiting = waits_for_recruiter().label("waiting")
    query = (
        select(Event, ReplyReading, CandidateRecord, waiting)
        .join(ReplyReading, col(ReplyReading.event_id) == Event.id, isouter=True)
        .join(CandidateRecord, col(CandidateRecord.id) == Event.candidate_id, isouter=True)
        .where(col(Event.kind).in_(CAME_BACK))
    )
    if pending_only:
        query = query.where(waiting)
    if since is not None:
        query = query.where(col(Event.occurred_at) >= since)
    query = query.order_by(col(Event.occurred_at).desc(), col(Event.id).desc())
    with Session(engine) as session:
        found = list(session.exec(query).all())
        where = _enrollments(session, [e for e, _, _, _ in found])
    rows = [
        _row(event, reading, person, where.get(event.id), bool(pending))
        for event, reading, person, pending in found
    ]
    return [row for row in rows if owner is None or row.owner == owner]


def waits_for_recruiter(reply: Any = Event) -> sa.ColumnElement[bool]:
    """A reply waits for the recruiter when its reading is not settled; or, when it has no
    reading (the reader failed, or it came before readings), until an outcome is recorded
    for the person: a reply that could not be read must still reach the recruiter.

    `reply` is the Event entity (or an alias of it) the query selects, joined to
    ReplyReading. The outcome is looked up by the person's index, not the kind's: `kind ||
    ''` keeps SQLite's planner (which has no statistics) off the kind index, through which
    it would read every outcome ever recorded (bench/web_pages_bench.py)."""
    outcome = aliased(Event)
    decided_since = (
        select(outcome.id)
        .where(col(outcome.candidate_id) == col(reply.candidate_id))
        .where(col(outcome.kind).concat("") == EventKind.OUTCOME)
        .where(col(outcome.occurred_at) >= col(reply.occurred_at))
        .exists()
    )
    unread = sa.and_(col(ReplyReading.event_id).is_(None), ~decided_since)
    unsettled = sa.and_(
        col(ReplyReading.event_id).is_not(None), col(ReplyReading.decided_at).is_(None)
    )
    # A reply from nobody we know is listed, but there is nobody to decide anything about.
    from_someone = sa.and_(col(reply.kind) == EventKind.REPLY, col(reply.candidate_id).is_not(None))
    return sa.and_(from_someone, sa.or_(unread, unsettled))


def _enrollments(session: Session, events: list[Event]) -> dict[int | None, Enrollment]:
    """Each event's enrollment: the one whose send it answers, else its person's latest."""
    send_ids = {e.send_id for e in events if e.send_id is not None}
    people = {e.candidate_id for e in events if e.candidate_id is not None}
    if not people:
        return {}
    enrollments = list(
        session.exec(
            select(Enrollment)
            .where(col(Enrollment.candidate_id).in_(people))
            .order_by(col(Enrollment.id))
        )
    )
    by_id = {e.id: e for e in enrollments}
    latest = {e.candidate_id: e for e in enrollments}  # ordered by id: the last one wins
    sends = session.exec(select(Send.id, Send.enrollment_id).where(col(Send.id).in_(send_ids)))
    answered = {send: by_id.get(enrollment) for send, enrollment in sends}
    found = {}
    for event in events:
        enrollment = answered.get(event.send_id) or latest.get(event.candidate_id or -1)
        if enrollment is not None:
            found[event.id] = enrollment
    return found


def _row(
    event: Event,
    reading: ReplyReading | None,
    person: CandidateRecord | None,
    enrollment: Enrollment | None,
    pending: bool,
) -> ReplyRow:
    assert event.id is not None
    kept = reading if reading is not None and reading.label else None
    return ReplyRow(
        event_id=event.id,
        kind=str(event.kind),
        channel=event.channel,
        received=event.occurred_at,
        person=person.key if person else None,
        name=full_name(person.first_name, person.last_name) if person else "",
        sequence=enrollment.sequence_name if enrollment else None,
        owner=enrollment.owner if enrollment else None,
        text=(kept.text if kept and kept.text else event.detail) or "",
        pending=pending,
        label=kept.label if kept else None,
        confidence=kept.confidence if kept else None,
        language=kept.language if kept else None,
        named_date=kept.named_date if kept else None,
        decided_at=reading.decided_at if reading else None,
        decided_by=reading.decided_by if reading else None,
        decision=reading.decision if reading else None,
        referred_email=kept.referred_email if kept else None,
        referred_name=kept.referred_name if kept else None,
    )


# --- in words ---------------------------------------------------------------------------------

_SAYS = {
    "interested": "interested",
    "question": "a question: answer it",
    "not_now": "not now",
    "not_interested": "not interested",
    "opt_out": "opt out",
    "referral": "points to someone else",
    "wrong_person": "wrong person",
    "accepted_elsewhere": "accepted another role",
    "out_of_office": "out of office",
    "bounce": "bounced",
}


def suggestion(
    label: str | None, named: date | None, referred_email: str | None, referred_name: str | None
) -> str:
    """A reading in words: "not now, until 2027-04-01"; a referral names whom to add."""
    if not label:
        return ""
    says = _SAYS.get(label, label)
    if label == "not_now":
        return f"{says}, until {named}" if named else f"{says} (no date named)"
    if label == "out_of_office" and named:
        return f"{says} until {named}"
    if label == "referral" and (referred_email or referred_name):
        address = f"<{referred_email}>" if referred_email else None
        whom = " ".join(part for part in (referred_name, address) if part)
        return f"{says}: add {whom} as a new candidate?"
    return says


def reply_blocks(rows: list[ReplyRow], pending_only: bool = False) -> list[Block]:
    """`replies` for a person to read: a table, one row per reply with the start of its text."""
    if not rows:
        return [Block("No reply waits for you." if pending_only else "Nothing came back.")]
    table = Table(
        ("#", "when (UTC)", "who", "kind", "reading", "sure", "settled", "text"),
        [_table_row(row) for row in rows],
        whole=("who",),
    )
    waiting = sum(row.pending for row in rows)
    notes = [f"{plural(waiting, 'reply waits', 'replies wait')} for you."] if waiting else []
    if waiting:
        notes.append(
            "Settle one: sequencer replies decide ID OUTCOME [--until YYYY-MM-DD] "
            "(outcomes as for `sequencer mark`)."
        )
    title = "Replies waiting for you" if pending_only else "What came back, newest first"
    return [Block(title, tables=[table], notes=notes)]


def _table_row(row: ReplyRow) -> tuple[str, ...]:
    who = row.person or "unmatched (no person with this address or thread)"
    if row.person and row.name:
        who = f"{row.name} <{row.person}>"
    words = " ".join(row.text.split())
    short = f"{words[:SHORT_TEXT]}{'…' if len(words) > SHORT_TEXT else ''}"
    settled = (
        "waits for you"
        if row.pending
        else (f"{row.decision} ({row.decided_by})" if row.decision else "")
    )
    return (
        str(row.event_id),
        f"{row.received:%Y-%m-%d %H:%M}",
        who,
        f"{row.kind} {row.channel or ''}".strip(),
        row.suggestion or ("could not be read" if row.kind == "reply" else ""),
        f"{row.confidence:.2f}" if row.confidence is not None else "",
        settled,
        short,
    )


def _iso(moment: datetime) -> str:
    return moment.isoformat()
