"""What `sequencer status` shows beside each enrollment, read for all of them at once: a
statement per table (sends, their delivery events, tasks, what the person did, what needs the
recruiter, consent changes, the suppression list), grouped by enrollment, send or person in
Python. Reading them once per enrollment took 30,001 statements and 11.7 s at 10,000
enrollments (issue 17); this takes the same seven statements for any number.

Rows are read as plain rows of the columns shown (no ORM objects): under cProfile at 5,000
enrollments, making ORM objects of the enrollments and people alone took 1.3 of 3.4 s. Each
row keeps its table's column names, so the code reads like the models'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from sequencer.people.addresses import addresses_of
from sequencer.reports.outside import OUTSIDE
from sequencer.store.models import (
    Attention,
    CandidateRecord,
    ConsentChange,
    Enrollment,
    Event,
    EventKind,
    Send,
    Suppression,
    Task,
)

Row = Any  # a result row: attribute access by column name, like the model it was read from

# What the person did, shown with each enrollment that was running when they did it.
CAME_BACK = (
    EventKind.REPLY,
    EventKind.AUTO_REPLY,
    EventKind.OPT_OUT,
    EventKind.OPT_IN,
    EventKind.BOUNCE,
)
SHOWN = (*CAME_BACK, EventKind.OUTCOME, *OUTSIDE)
# How a send fared, latest first in importance.
DELIVERY = (
    EventKind.CLICKED,
    EventKind.OPENED,
    EventKind.DELIVERED,
    EventKind.CALL,
    EventKind.BOUNCE,
    EventKind.FAILED,
    EventKind.ACCEPTED,
)


@dataclass(frozen=True)
class StatusRows:
    """Everything `status` shows beside the enrollments themselves, by who it belongs to."""

    sends: dict[int, list[Row]]  # by enrollment id, in id order
    deliveries: dict[int, str | None]  # by send id: how it fared (`DELIVERY`), or a call's ending
    tasks: dict[int, Row]  # by send id
    events: dict[int, list[Row]]  # by person id, `SHOWN` kinds, by time then id
    flags: dict[int, list[Row]]  # by person id, open ones, oldest first
    consent: dict[int, list[Row]]  # by person id, oldest first
    suppressed: dict[str, Row]  # by address

    def events_since(self, enrollment: Row) -> list[Row]:
        """What the person did since this enrollment started."""
        return [
            e
            for e in self.events.get(enrollment.candidate_id, [])
            if e.occurred_at >= enrollment.started_at
        ]

    def suppression_of(self, email: str | None, phone: str | None) -> Row | None:
        """The list's entry of one of these addresses; of the first in address order when
        both are listed (the order SQLite's unique index on the address gave before)."""
        listed = [a for a in addresses_of(email, phone) if a in self.suppressed]
        return self.suppressed[min(listed)] if listed else None


@dataclass(frozen=True)
class Person:
    """What status shows of a person: `CandidateRecord`'s fields by the same names."""

    id: int
    key: str
    email: str | None
    phone: str | None
    first_name: str | None
    last_name: str | None
    timezone: str | None
    email_undeliverable: str | None
    sms_consent: bool
    call_consent: bool


PERSON = [getattr(CandidateRecord, name) for name in Person.__dataclass_fields__]
# The columns shown or needed, no more: each datetime read costs, and a send's body can be long.
ENROLLMENT = [
    "id",
    "candidate_id",
    "sequence_name",
    "sequence_version",
    "status",
    "status_reason",
    "touches_sent",
    "next_step",
    "next_due_at",
    "not_before",
    "last_touch_at",
    "started_at",
    "follow_on",
    "follow_on_at",
    "check_back_on",
]
SEND = [
    "id",
    "enrollment_id",
    "step_id",
    "channel",
    "to",
    "status",
    "reason",
    "subject",
    "provider",
    "provider_id",
    "attempts",
    "sent_at",
]
TASK = ["id", "send_id", "kind", "status"]
EVENT = ["candidate_id", "kind", "channel", "occurred_at", "detail"]
FLAG = ["candidate_id", "enrollment_id", "reason"]
CONSENT = ["candidate_id", "channel", "given", "source", "at"]


def read_enrollments(session: Session, key: str | None) -> list[tuple[Row, Person]]:
    """Every enrollment (or those of the person with this normal-form key), by id, each with
    its person: one statement."""
    people = [column.label(f"person_{column.key}") for column in PERSON]
    query = sa.select(*_columns(Enrollment, ENROLLMENT), *people).join_from(
        Enrollment, CandidateRecord, col(Enrollment.candidate_id) == CandidateRecord.id
    )
    if key is not None:
        query = query.where(col(CandidateRecord.key) == key)
    return [
        (row, Person(*row[-len(people) :]))
        for row in session.connection().execute(query.order_by(col(Enrollment.id))).all()
    ]


def read_rows(session: Session, whose: list[Person] | None) -> StatusRows:
    """All of it for these people's enrollments, or everyone's (None): seven statements."""
    if whose == []:
        return StatusRows({}, {}, {}, {}, {}, {}, {})  # someone never enrolled: nothing to read
    people = None if whose is None else [p.id for p in whose]
    sends = sa.select(*_columns(Send, SEND))
    tasks = sa.select(*_columns(Task, TASK))
    if people is not None:
        sends = sends.where(col(Send.enrollment_id).in_(_enrollment_ids(people)))
        tasks = tasks.where(col(Task.send_id).in_(_send_ids(people)))
    return StatusRows(
        sends=_by(_rows(session, sends.order_by(col(Send.id))), "enrollment_id"),
        deliveries=_deliveries(session, people),
        tasks={t.send_id: t for t in _rows(session, tasks)},
        events=_by(_rows(session, _shown_events(people)), "candidate_id"),
        flags=_by(_rows(session, _open_flags(people)), "candidate_id"),
        consent=_by(_rows(session, _consent_changes(people)), "candidate_id"),
        suppressed={s.address: s for s in _rows(session, _suppressions(whose))},
    )


def _columns(model: Any, names: list[str]) -> list[sa.ColumnElement[Any]]:
    table: sa.Table = model.__table__
    return [table.c[name] for name in names]


def _rows(session: Session, query: sa.Select[*tuple[Any, ...]]) -> list[Row]:
    return list(session.connection().execute(query).all())


def _by(rows: Iterable[Row], key: str) -> dict[int, list[Row]]:
    grouped: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return dict(grouped)


def _enrollment_ids(people: list[int]) -> sa.Select[*tuple[Any, ...]]:
    return sa.select(col(Enrollment.id)).where(col(Enrollment.candidate_id).in_(people))


def _send_ids(people: list[int]) -> sa.Select[*tuple[Any, ...]]:
    return sa.select(col(Send.id)).where(col(Send.enrollment_id).in_(_enrollment_ids(people)))


def _deliveries(session: Session, people: list[int] | None) -> dict[int, str | None]:
    """Per send, the most telling of its delivery events; of several of one kind, the last."""
    query = sa.select(col(Event.send_id), col(Event.kind), col(Event.detail))
    if people is None:
        query = query.where(col(Event.send_id).is_not(None), col(Event.kind).in_(DELIVERY))
    else:
        # Their sends' events of every kind, sorted out below: asked for by kind as well,
        # SQLite walks the index on kind, through everyone's deliveries.
        query = query.where(col(Event.send_id).in_(_send_ids(people)))
    kinds: dict[int, dict[str, str | None]] = defaultdict(dict)
    for send_id, kind, detail in session.connection().execute(query.order_by(col(Event.id))).all():
        if send_id is not None and kind in DELIVERY:
            kinds[send_id][kind] = detail
    return {send_id: _fared(seen) for send_id, seen in kinds.items()}


def _fared(seen: dict[str, str | None]) -> str | None:
    best = next(kind for kind in DELIVERY if kind in seen)
    return seen[best] if best == EventKind.CALL else str(best)


def _shown_events(people: list[int] | None) -> sa.Select[*tuple[Any, ...]]:
    query = sa.select(*_columns(Event, EVENT)).where(
        col(Event.kind).in_(SHOWN), col(Event.candidate_id).is_not(None)
    )
    if people is not None:
        query = query.where(col(Event.candidate_id).in_(people))
    return query.order_by(col(Event.occurred_at), col(Event.id))


def _open_flags(people: list[int] | None) -> sa.Select[*tuple[Any, ...]]:
    query = sa.select(*_columns(Attention, FLAG)).where(col(Attention.resolved_at).is_(None))
    if people is not None:
        query = query.where(col(Attention.candidate_id).in_(people))
    return query.order_by(col(Attention.created_at), col(Attention.id))


def _consent_changes(people: list[int] | None) -> sa.Select[*tuple[Any, ...]]:
    query = sa.select(*_columns(ConsentChange, CONSENT))
    if people is not None:
        query = query.where(col(ConsentChange.candidate_id).in_(people))
    return query.order_by(col(ConsentChange.at), col(ConsentChange.id))


def _suppressions(whose: list[Person] | None) -> sa.Select[*tuple[Any, ...]]:
    """The whole list for everyone (one read, smaller than the people it names), or the
    entries of these people's addresses."""
    query = sa.select(col(Suppression.address), col(Suppression.reason))
    if whose is None:
        return query
    addresses = [a for p in whose for a in addresses_of(p.email, p.phone)]
    return query.where(col(Suppression.address).in_(addresses))
