"""Who is where, for the web app's Candidates pages: a search over everyone's enrollments
(by name, email or company; by sequence, state and owner), a page at a time, and one
person's page (details, consent, each enrollment with its touches and what came of them,
the next touch and why it waits, the audit log).

Built for 100,000 enrollments and more: every statement of the list is bounded (`find`),
and bench/web_pages_bench.py measures each page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, or_, select

from sequencer.people.addresses import addresses_of
from sequencer.reports.status import status
from sequencer.reports.today import Person, person_of
from sequencer.store.audit import entries_for
from sequencer.store.models import (
    AuditEntry,
    CandidateRecord,
    Enrollment,
    EnrollmentStatus,
    Event,
    EventKind,
    Send,
    SendStatus,
    SequenceVersion,
    Suppression,
)
from sequencer.store.suppression import entry_for

PAGE = 50
COUNTED = 10_000  # a count stops here: "10,000+" is as useful as the exact number, and bounded
FEW = 1_000  # people matching a search, up to which their ids are looked up by index
STATES = tuple(str(state) for state in EnrollmentStatus)


@dataclass(frozen=True)
class Search:
    """What the recruiter asked for; every field optional."""

    text: str = ""  # part of a name, an email or a company
    sequence: str | None = None
    state: str | None = None  # an EnrollmentStatus
    owner: str | None = None  # None: everyone's
    page: int = 1


@dataclass(frozen=True)
class Row:
    enrollment_id: int
    person: Person
    email: str | None
    company: str | None
    sequence: str
    state: str
    reason: str | None
    next_due_at: datetime | None
    owner: str | None


@dataclass(frozen=True)
class Found:
    rows: list[Row]
    total: int  # counted up to COUNTED; more: COUNTED + 1
    more: bool  # a page after this one
    search: Search

    @property
    def counted_all(self) -> bool:
        return self.total <= COUNTED

    @property
    def pages(self) -> int | None:
        """How many pages, when everything was counted."""
        return max(1, -(-self.total // PAGE)) if self.counted_all else None


def find(engine: sa.Engine, search: Search) -> Found:
    """The enrollments matching `search`, newest first, page `search.page` of them.

    Two or three statements, each bounded: the people whose name, key or company holds the
    text (when it is rare, their ids filter the enrollments through their index; when it is
    common, the text is matched on each enrollment's row as the newest are read), a count
    that stops past COUNTED, and the page."""
    where = _filters(search)
    with Session(engine) as session:
        text = search.text.strip()
        if text:
            matches = _text_matches(text, engine.dialect.name)
            few = select(CandidateRecord.id).where(matches).limit(FEW + 1)
            ids = list(session.exec(few))
            where.append(col(Enrollment.candidate_id).in_(ids) if len(ids) <= FEW else matches)
        chosen = (
            select(Enrollment, CandidateRecord)
            .join(CandidateRecord, col(Enrollment.candidate_id) == CandidateRecord.id)
            .where(*where)
        )
        counted = select(func.count()).select_from(
            chosen.with_only_columns(col(Enrollment.id)).limit(COUNTED + 1).subquery()
        )
        total = session.exec(counted).one()
        page = chosen.order_by(col(Enrollment.id).desc())
        page = page.offset((max(search.page, 1) - 1) * PAGE).limit(PAGE + 1)
        found = [_row(enrollment, record) for enrollment, record in session.exec(page)]
    return Found(found[:PAGE], total, len(found) > PAGE, search)


def _filters(search: Search) -> list[sa.ColumnElement[bool]]:
    where: list[sa.ColumnElement[bool]] = []
    if search.sequence:
        where.append(col(Enrollment.sequence_name) == search.sequence)
    if search.state:
        where.append(col(Enrollment.status) == search.state)
    if search.owner:
        where.append(col(Enrollment.owner) == search.owner)
    return where


def _text_matches(text: str, dialect: str) -> sa.ColumnElement[bool]:
    """Part of a name, an email or phone (the person's key), or a company, in any case
    (non-ASCII letters on SQLite: as typed). A % or _ is a character like any other."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    fields: list[Any] = [
        col(CandidateRecord.first_name),
        col(CandidateRecord.last_name),
        col(CandidateRecord.key),
        col(CandidateRecord.company),
    ]
    if " " in text:  # "Ana Riv": the whole name, built only when it is asked for
        first, last = CandidateRecord.first_name, CandidateRecord.last_name
        fields.append(func.coalesce(first, "") + " " + func.coalesce(last, ""))
    if dialect == "postgresql":
        return or_(*(field.ilike(pattern, escape="\\") for field in fields))
    # SQLite's LIKE ignores the case of ASCII letters by itself; its ILIKE would be lower()
    # on every row, three times the cost at 100,000 people.
    return or_(*(field.like(pattern, escape="\\") for field in fields))


def _row(enrollment: Enrollment, record: CandidateRecord) -> Row:
    return Row(
        enrollment_id=enrollment.id or 0,
        person=person_of(record),
        email=record.email,
        company=record.company,
        sequence=enrollment.sequence_name,
        state=str(enrollment.status),
        reason=enrollment.status_reason,
        next_due_at=enrollment.next_due_at,
        owner=enrollment.owner,
    )


def sequence_names(engine: sa.Engine) -> list[str]:
    """Every sequence anyone is or was enrolled in, for the filter: the stored versions'
    names (a few rows, where the enrollments would be all read)."""
    query = select(SequenceVersion.name).distinct().order_by(col(SequenceVersion.name))
    with Session(engine) as session:
        return list(session.exec(query))


# --- one person ------------------------------------------------------------------------------


def key_of(engine: sa.Engine, candidate_id: int) -> str | None:
    """The person's key (their email, else phone), which actions name them by; None: nobody."""
    with Session(engine) as session:
        record = session.get(CandidateRecord, candidate_id)
    return record.key if record else None


@dataclass(frozen=True)
class Touch:
    """One step's send, and everything that came of it, in order."""

    step: str
    channel: str | None
    to: str | None
    status: str  # as SendStatus, "sending" shown as in doubt
    reason: str | None
    subject: str | None
    at: datetime  # sent, else when it was taken up
    events: list[Event]


@dataclass(frozen=True)
class PersonPage:
    record: CandidateRecord
    person: Person
    opted_out: Suppression | None
    # `status` entries (next step, when, why it waits...), each with its "id" and "touches"
    enrollments: list[dict[str, Any]]
    audit: list[AuditEntry]
    came_back: list[Event]  # replies, opt-outs, bounces, outcomes: not about one send


def person_page(engine: sa.Engine, candidate_id: int) -> PersonPage | None:
    """Everything about one person, or None when there is nobody with this id."""
    with Session(engine) as session:
        record = session.get(CandidateRecord, candidate_id)
        if record is None:
            return None
        opted_out = entry_for(session, addresses_of(record.email, record.phone))
        audit = entries_for(session, candidate_id)
        events = _events(session, candidate_id)
        ids = list(
            session.exec(
                select(Enrollment.id)
                .where(Enrollment.candidate_id == candidate_id)
                .order_by(col(Enrollment.id))
            )
        )
        sends = _sends(session, candidate_id)
    enrollments = status(engine, record.key)  # in the same order: by enrollment id
    by_send: dict[int, list[Event]] = {}
    for event in events:
        if event.send_id is not None:
            by_send.setdefault(event.send_id, []).append(event)
    for enrollment_id, entry in zip(ids, enrollments, strict=True):
        entry["id"] = enrollment_id
        entry["touches"] = [
            _touch(send, by_send.get(send.id or -1, []))
            for send in sends
            if send.enrollment_id == enrollment_id
        ]
    came_back = [event for event in events if event.send_id is None or event.kind in PERSONAL]
    return PersonPage(record, person_of(record), opted_out, enrollments, audit, came_back)


# What the person (or the recruiter) did, shown apart from the delivery of one message.
PERSONAL = frozenset({EventKind.REPLY, EventKind.AUTO_REPLY, EventKind.OPT_OUT, EventKind.OUTCOME})


def _events(session: Session, candidate_id: int) -> list[Event]:
    query = select(Event).where(Event.candidate_id == candidate_id)
    return list(session.exec(query.order_by(col(Event.occurred_at), col(Event.id))))


def _sends(session: Session, candidate_id: int) -> list[Send]:
    owned = select(Enrollment.id).where(Enrollment.candidate_id == candidate_id)
    query = select(Send).where(col(Send.enrollment_id).in_(owned))
    return list(session.exec(query.order_by(col(Send.claimed_at), col(Send.id))))


def _touch(send: Send, events: list[Event]) -> Touch:
    return Touch(
        step=send.step_id,
        channel=send.channel,
        to=send.to,
        status="in doubt" if send.status == SendStatus.SENDING else str(send.status),
        reason=send.reason,
        subject=send.subject,
        at=send.sent_at or send.claimed_at,
        events=events,
    )
