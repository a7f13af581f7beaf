"""What a recruiter acts on this morning (the web app's Today page): tasks due, replies waiting
for their decision, and what needs their attention (a provider refusing our account, what the
engine asked them to settle (`store.attention`: a step that failed and holds its sequence, a
LinkedIn task nobody sent with no other channel, someone nothing reached), sends in doubt or
that failed, addresses that bounced), each with what to do about it.

`owner` narrows everything about people to the enrollments that recruiter owns (None:
everyone's); a paused channel concerns everybody. `now` is passed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, or_, select

from sequencer.reports.replies import suggestion, waits_for_recruiter
from sequencer.reports.wording import full_name
from sequencer.store.attention import open_flags
from sequencer.store.models import Attention as Flag
from sequencer.store.models import (
    CandidateRecord,
    Enrollment,
    Event,
    EventKind,
    ReplyReading,
    Send,
    SendStatus,
    Task,
    TaskStatus,
)
from sequencer.store.pauses import paused_channels

Reply = sa.orm.aliased(Event)  # the reply, beside the outcome events recorded after it

# How far back a failure or a bounce is still news. Older ones are on the person's page.
RECENT = timedelta(days=14)
# At most this many of each kind on the page, the oldest first; one more is read, to say
# that there are more (do these first).
SHOWN = 50


@dataclass(frozen=True)
class Person:
    id: int
    key: str
    name: str
    zone: str | None

    @property
    def named(self) -> str:
        return self.name or self.key


def person_of(record: CandidateRecord) -> Person:
    assert record.id is not None
    return Person(
        record.id, record.key, full_name(record.first_name, record.last_name), record.timezone
    )


@dataclass(frozen=True)
class TaskDue:
    id: int
    kind: str  # "linkedin" or "call"
    to: str  # the profile URL, or the number to call
    body: str  # the message to paste, or what to say
    step: str
    sequence: str
    person: Person
    due_at: datetime
    expires_at: datetime | None


@dataclass(frozen=True)
class Attention:
    kind: str  # "paused channel", "needs you", "failed", "in doubt", "bounced"
    title: str
    what_happened: str
    what_to_do: str
    at: datetime
    person: Person | None = None
    severe: bool = False
    flag_id: int | None = None  # a "needs you" entry, which the recruiter marks resolved


def tasks_due(engine: sa.Engine, owner: str | None) -> list[TaskDue]:
    """Open LinkedIn and call tasks, the longest waiting first. A task is due once it
    exists: the sequence waits for it."""
    query = (
        select(Task, Send, Enrollment, CandidateRecord)
        .join(Send, col(Task.send_id) == Send.id)
        .join(Enrollment, col(Send.enrollment_id) == Enrollment.id)
        .join(CandidateRecord, col(Enrollment.candidate_id) == CandidateRecord.id)
        .where(Task.status == TaskStatus.OPEN)
        .order_by(col(Task.created_at), col(Task.id))
        .limit(SHOWN + 1)
    )
    if owner is not None:
        query = query.where(Enrollment.owner == owner)
    with Session(engine) as session:
        rows = session.exec(query).all()
    return [
        TaskDue(
            id=task.id or 0,
            kind=task.kind,
            to=task.to,
            body=task.body,
            step=send.step_id,
            sequence=enrollment.sequence_name,
            person=person_of(record),
            due_at=task.created_at,
            expires_at=task.expires_at,
        )
        for task, send, enrollment, record in rows
    ]


@dataclass(frozen=True)
class ReplyWaiting:
    event_id: int
    person: Person
    channel: str | None
    received_at: datetime
    text: str  # the new text of the reply: its quoted history and signature left out
    label: str | None  # what the reading made of it (None: not read)
    confidence: float | None
    named_date: date | None  # the day a not-now or an out-of-office named
    suggestion: str  # the reading in words, naming whom a referral suggests adding


def replies_waiting(engine: sa.Engine, owner: str | None) -> list[ReplyWaiting]:
    """Replies nobody has decided on yet, the oldest first (`reports.replies` says when a
    reply waits), with the owner filter and the limit in SQL."""
    query = (
        select(Reply, CandidateRecord, ReplyReading)
        .join(CandidateRecord, col(Reply.candidate_id) == CandidateRecord.id)
        .join(ReplyReading, col(ReplyReading.event_id) == Reply.id, isouter=True)
        .where(waits_for_recruiter(Reply))
        .order_by(col(Reply.occurred_at), col(Reply.id))
        .limit(SHOWN + 1)
    )
    if owner is not None:
        query = query.where(_owns(owner, engine.dialect.name))
    with Session(engine) as session:
        rows = session.exec(query).all()
    return [_waiting(event, record, reading) for event, record, reading in rows]


def _waiting(event: Event, record: CandidateRecord, reading: ReplyReading | None) -> ReplyWaiting:
    return ReplyWaiting(
        event_id=event.id or 0,
        person=person_of(record),
        channel=event.channel,
        received_at=event.occurred_at,
        text=(reading.text if reading and reading.text else event.detail) or "",
        label=reading.label if reading and reading.label else None,
        confidence=reading.confidence if reading and reading.label else None,
        named_date=reading.named_date if reading else None,
        suggestion=suggestion(
            reading.label, reading.named_date, reading.referred_email, reading.referred_name
        )
        if reading
        else "",
    )


def _owns(owner: str, dialect: str) -> sa.ColumnElement[bool]:
    """The person is in one of `owner`'s enrollments, looked up per person by the
    candidate_id index. On SQLite, which keeps no statistics, `owner || ''` keeps the planner
    off the owner index: through it each person would read all the owner's enrollments (two
    minutes for Today at 100,000 enrollments instead of 50 ms). PostgreSQL plans from its
    statistics, and the same expression there would hide the index it does want (0.9 s).
    Both measured with bench/web_pages_bench.py."""
    owned = col(Enrollment.owner).concat("") if dialect == "sqlite" else col(Enrollment.owner)
    mine = select(Enrollment.id).where(
        col(Enrollment.candidate_id) == CandidateRecord.id, owned == owner
    )
    return mine.exists()


def attention(engine: sa.Engine, owner: str | None, now: datetime) -> list[Attention]:
    """Everything that needs a person to look, the account-wide problems first."""
    with Session(engine) as session:
        flags = _flags(session, owner)
        sends = _troubled_sends(session, owner, now)
        bounces = _bounces(session, owner, now)
    return [*_paused(engine), *flags, *sends, *bounces]


def _flags(session: Session, owner: str | None) -> list[Attention]:
    """What the engine asked the recruiter to settle, the oldest first, until resolved."""
    flags = open_flags(session)
    people = {f.candidate_id for f in flags}
    records = session.exec(select(CandidateRecord).where(col(CandidateRecord.id).in_(people)))
    by_id = {r.id: r for r in records}
    if owner is not None:
        mine = select(Enrollment.candidate_id).where(
            Enrollment.owner == owner, col(Enrollment.candidate_id).in_(people)
        )
        people = set(session.exec(mine))
    shown = [f for f in flags if f.candidate_id in people][:SHOWN]
    return [_flag(f, person_of(by_id[f.candidate_id])) for f in shown]


def _flag(entry: Flag, person: Person) -> Attention:
    return Attention(
        kind="needs you",
        title=f"{person.named} needs you",
        what_happened=entry.reason,
        what_to_do="Settle it, then mark it resolved.",
        at=entry.created_at,
        person=person,
        severe=True,
        flag_id=entry.id,
    )


def _paused(engine: sa.Engine) -> list[Attention]:
    return [
        Attention(
            kind="paused channel",
            title=f"{p.provider} refuses our account: nothing goes out by {p.channel}",
            what_happened=p.reason,
            what_to_do=(
                f"Fix the {p.provider} setting named above and restart the daemon. Messages wait,"
                f" due, and go once a test call succeeds (the next at {p.next_check_at:%H:%M} UTC)."
            ),
            at=p.since,
            severe=True,
        )
        for p in paused_channels(engine).values()
    ]


def _troubled_sends(session: Session, owner: str | None, now: datetime) -> list[Attention]:
    """Sends the provider refused for good lately (but for those that held their enrollment
    for the recruiter: their flag says so, until resolved), and sends handed over but never
    confirmed that nobody is working on (their lease lapsed)."""
    flagged = select(Flag.id).where(
        col(Flag.enrollment_id) == Enrollment.id, col(Flag.created_at) >= Send.claimed_at
    )
    failed = sa.and_(
        col(Send.status) == SendStatus.FAILED,
        col(Send.claimed_at) >= now - RECENT,
        ~flagged.exists(),
    )
    lapsed = or_(col(Enrollment.lease_until).is_(None), col(Enrollment.lease_until) < now)
    in_doubt = sa.and_(col(Send.status) == SendStatus.SENDING, lapsed)
    query = (
        select(Send, Enrollment, CandidateRecord)
        .join(Enrollment, col(Send.enrollment_id) == Enrollment.id)
        .join(CandidateRecord, col(Enrollment.candidate_id) == CandidateRecord.id)
        .where(or_(failed, in_doubt))
        .order_by(col(Send.claimed_at).desc())
        .limit(SHOWN)
    )
    if owner is not None:
        query = query.where(Enrollment.owner == owner)
    return [_send_attention(*row) for row in session.exec(query)]


def _send_attention(send: Send, enrollment: Enrollment, record: CandidateRecord) -> Attention:
    person = person_of(record)
    where = f"{enrollment.sequence_name}, step {send.step_id}, {send.channel} to {send.to}"
    if send.status == SendStatus.SENDING:
        return Attention(
            kind="in doubt",
            title=f"Not known whether {person.named} got it",
            what_happened=f"{where}: handed to {send.provider or 'the provider'}, never confirmed.",
            what_to_do=(
                "It is not sent again, so nobody gets it twice. Check the provider's activity"
                " log for this address; its events settle it by themselves when they arrive."
            ),
            at=send.claimed_at,
            person=person,
        )
    return Attention(
        kind="failed",
        title=f"A message to {person.named} failed",
        what_happened=f"{where}: {send.reason or 'refused by the provider'}.",
        what_to_do=(
            "The sequence went on without it. Check the address on their page; if it is"
            " wrong, correct it in a CSV and import it again."
        ),
        at=send.claimed_at,
        person=person,
        severe=True,
    )


def _bounces(session: Session, owner: str | None, now: datetime) -> list[Attention]:
    """People whose email bounced lately (hard bounces: `email_undeliverable` is set)."""
    query = (
        select(Event, CandidateRecord)
        .join(CandidateRecord, col(Event.candidate_id) == CandidateRecord.id)
        .where(Event.kind == EventKind.BOUNCE, col(Event.occurred_at) >= now - RECENT)
        .where(col(CandidateRecord.email_undeliverable).is_not(None))
        .order_by(col(Event.occurred_at).desc())
        .limit(SHOWN)
    )
    if owner is not None:
        query = query.where(_owns(owner, session.get_bind().dialect.name))
    return [
        Attention(
            kind="bounced",
            title=f"{record.email} does not exist",
            what_happened=f"{event.detail or record.email_undeliverable}.",
            what_to_do=(
                "Email steps fall back to another channel or are skipped. Find a working"
                " address and import it, or reach them another way."
            ),
            at=event.occurred_at,
            person=person_of(record),
        )
        for event, record in session.exec(query)
    ]
