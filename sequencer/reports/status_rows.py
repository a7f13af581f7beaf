"""What `sequencer status` shows beside each enrollment, read for all of them at once: a
statement per table (sends, their delivery events, tasks, what the person did, what needs the
recruiter, consent changes, the suppression list), grouped by enrollment, send or person in
Python. Reading them once per enrollment took 30,001 statements and 11.7 s at 10,000
enrollments (issue 17); this takes the same seven statements for any number.

Rows are read as named tuples of the columns shown, each field named as the model's: no ORM
objects, no SQLAlchemy rows (at 100,000 enrollments, reading a row's columns by name cost more
than fetching it). A stored time arrives as the text status shows (`utc_text`), made straight
from the text the database gives (`_StoredText`): turning it into an aware datetime and back
with `isoformat()` cost more than a second at 100,000 enrollments.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import Session, col

from sequencer.people.addresses import addresses_of
from sequencer.reports.event_kinds import OUTSIDE
from sequencer.spec.outline import StepIds, step_ids
from sequencer.store.models import (
    Attention,
    CandidateRecord,
    ConsentChange,
    Enrollment,
    Event,
    EventKind,
    Send,
    SequenceVersion,
    Suppression,
    Task,
    UTCDateTime,
)

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

Moment = str  # a stored time as status shows it: `utc_text`
R = TypeVar("R", bound=tuple[Any, ...])


class EnrollmentRow(NamedTuple):
    id: int
    candidate_id: int
    sequence_name: str
    sequence_version: str
    status: str
    status_reason: str | None
    touches_sent: int
    next_step: int
    next_due_at: Moment | None
    not_before: Moment | None
    last_touch_at: Moment | None
    started_at: Moment
    follow_on: str | None
    follow_on_at: Moment | None
    check_back_on: date | None


class Person(NamedTuple):
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


class SendRow(NamedTuple):
    id: int
    enrollment_id: int
    step_id: str
    channel: str | None
    to: str | None
    status: str
    reason: str | None
    subject: str | None
    provider: str | None
    provider_id: str | None
    attempts: int
    sent_at: Moment | None


class TaskRow(NamedTuple):
    id: int
    send_id: int
    kind: str
    status: str


class EventRow(NamedTuple):
    candidate_id: int
    kind: str
    channel: str | None
    occurred_at: Moment
    detail: str | None


class FlagRow(NamedTuple):
    candidate_id: int
    enrollment_id: int | None
    reason: str


class ConsentRow(NamedTuple):
    candidate_id: int
    channel: str
    given: bool
    source: str
    at: Moment


class SuppressionRow(NamedTuple):
    address: str
    reason: str


@dataclass(frozen=True)
class StatusRows:
    """Everything `status` shows beside the enrollments themselves, by who it belongs to."""

    sends: dict[int, list[SendRow]]  # by enrollment id, in id order
    deliveries: dict[int, str | None]  # by send id: how it fared (`DELIVERY`), or a call's ending
    tasks: dict[int, TaskRow]  # by send id
    events: dict[int, list[EventRow]]  # by person id, `SHOWN` kinds, by time then id
    flags: dict[int, list[FlagRow]]  # by person id, open ones, oldest first
    consent: dict[int, list[ConsentRow]]  # by person id, oldest first
    suppressed: dict[str, SuppressionRow]  # by address

    def events_since(self, enrollment: EnrollmentRow) -> list[EventRow]:
        """What the person did since this enrollment started (`utc_text` compares as time)."""
        events = self.events.get(enrollment.candidate_id)
        if not events:  # most people: nothing came back
            return []
        started = enrollment.started_at
        return [e for e in events if e.occurred_at >= started]

    def suppression_of(self, email: str | None, phone: str | None) -> SuppressionRow | None:
        """The list's entry of one of these addresses; of the first in address order when
        both are listed (the order SQLite's unique index on the address gave before)."""
        listed = [a for a in addresses_of(email, phone) if a in self.suppressed]
        return self.suppressed[min(listed)] if listed else None


def utc_text(stored: str | datetime | None) -> Moment | None:
    """A stored time as `datetime.isoformat()` writes it in UTC, from what the driver gives:
    UTC text as SQLite stores it (`2026-11-24 17:00:00.000000`; `_StoredText` has PostgreSQL
    write the same), or a datetime.

    Two of these texts compare as their times do: the same layout throughout, and where one
    has microseconds and the other none, the `+` of the offset sorts before the `.`."""
    if stored is None:
        return None
    if type(stored) is str and len(stored) == 26 and stored[10] == " " and stored[19] == ".":
        seconds = stored[11:19] if stored.endswith(".000000") else stored[11:]
        return f"{stored[:10]}T{seconds}+00:00"  # SQLAlchemy's layout for SQLite, read as is
    moment = datetime.fromisoformat(stored) if isinstance(stored, str) else stored
    if moment.tzinfo is None:  # stored in UTC without saying so (`UTCDateTime`)
        return moment.isoformat() + "+00:00"
    return moment.astimezone(UTC).isoformat()


class _UTCText(sa.types.UserDefinedType[str]):
    """A time column read as `utc_text`: the driver's value, skipping `UTCDateTime`."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return "TIMESTAMP"  # never used: only read through `_StoredText`

    def result_processor(self, dialect: sa.Dialect, coltype: object) -> Any:
        return utc_text


class _StoredText(FunctionElement[str]):
    """A stored time as SQLite keeps it, UTC text (`2026-11-24 17:00:00.000000`), on every
    database: PostgreSQL writes it with `to_char`, which psycopg hands over as it is. As an
    aware datetime, turned into text here, it cost 1 s of CPU at 100,000 enrollments."""

    type = _UTCText()
    inherit_cache = True


@compiles(_StoredText)
def _as_stored(element: _StoredText, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(_StoredText, "postgresql")
def _as_sqlite_stores_it(element: _StoredText, compiler: Any, **kw: Any) -> str:
    moment = compiler.process(element.clauses, **kw)
    return f"to_char({moment} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"


def read_enrollments(session: Session, key: str | None) -> list[tuple[EnrollmentRow, Person]]:
    """Every enrollment (or those of the person with this normal-form key), by id, each with
    its person: one statement."""
    people = [getattr(CandidateRecord, name).label(f"person_{name}") for name in Person._fields]
    query = sa.select(*_columns(Enrollment, EnrollmentRow), *people).join_from(
        Enrollment, CandidateRecord, col(Enrollment.candidate_id) == CandidateRecord.id
    )
    if key is not None:
        query = query.where(col(CandidateRecord.key) == key)
    split = len(EnrollmentRow._fields)
    return [
        (EnrollmentRow._make(row[:split]), Person._make(row[split:]))
        for row in _execute(session, query.order_by(col(Enrollment.id)))
    ]


# Versions never change: each one's steps are read once per process.
_steps_of: dict[str, StepIds] = {}


def read_steps(session: Session, versions: set[str]) -> dict[str, StepIds]:
    """The step ids of each of these sequence versions, in order, from their stored YAML."""
    unread = sorted(versions - _steps_of.keys())
    if unread:
        version, source = col(SequenceVersion.version), col(SequenceVersion.source)
        for name, text in _execute(session, sa.select(version, source).where(version.in_(unread))):
            _steps_of[name] = step_ids(text)
    if missing := versions - _steps_of.keys():
        raise LookupError(f"sequence version {min(missing)} is not in the database")
    return {version: _steps_of[version] for version in versions}


def read_rows(session: Session, whose: list[Person] | None) -> StatusRows:
    """All of it for these people's enrollments, or everyone's (None): eight statements."""
    if whose == []:
        return StatusRows({}, {}, {}, {}, {}, {}, {})  # someone never enrolled: nothing to read
    people = None if whose is None else [p.id for p in whose]
    sends = sa.select(*_columns(Send, SendRow))
    tasks = sa.select(*_columns(Task, TaskRow))
    if people is not None:
        sends = sends.where(col(Send.enrollment_id).in_(_enrollment_ids(people)))
        tasks = tasks.where(col(Task.send_id).in_(_send_ids(people)))
    return StatusRows(
        sends=_by(_read(session, sends.order_by(col(Send.id)), SendRow), "enrollment_id"),
        deliveries=_deliveries(session, people),
        tasks={t.send_id: t for t in _read(session, tasks, TaskRow)},
        events=_by(_read(session, _shown_events(people), EventRow), "candidate_id"),
        flags=_by(_read(session, _open_flags(people), FlagRow), "candidate_id"),
        consent=_by(_read(session, _consent_changes(people), ConsentRow), "candidate_id"),
        suppressed={s.address: s for s in _read(session, _suppressions(whose), SuppressionRow)},
    )


def _columns(model: Any, row: type[tuple[Any, ...]]) -> list[sa.ColumnElement[Any]]:
    """The model's columns of a row type's fields, times read as `utc_text`."""
    table: sa.Table = model.__table__
    columns = [table.c[name] for name in row._fields]  # type: ignore[attr-defined]
    return [_StoredText(c).label(c.key) if isinstance(c.type, UTCDateTime) else c for c in columns]


def _execute(session: Session, query: sa.Select[*tuple[Any, ...]]) -> Sequence[Any]:
    """Every row at once: iterating over the result fetches them one call at a time."""
    return session.connection().execute(query).all()


def _read(session: Session, query: sa.Select[*tuple[Any, ...]], row: type[R]) -> list[R]:
    return list(map(row._make, _execute(session, query)))  # type: ignore[attr-defined]


def _by(rows: list[R], field: str) -> dict[int, list[R]]:
    """Rows grouped by one of their fields (an id), each group in the rows' order."""
    at = rows[0]._fields.index(field) if rows else 0  # type: ignore[attr-defined]
    grouped: dict[int, list[R]] = defaultdict(list)
    for row in rows:
        grouped[row[at]].append(row)
    return dict(grouped)


def _enrollment_ids(people: list[int]) -> sa.Select[*tuple[Any, ...]]:
    return sa.select(col(Enrollment.id)).where(col(Enrollment.candidate_id).in_(people))


def _send_ids(people: list[int]) -> sa.Select[*tuple[Any, ...]]:
    return sa.select(col(Send.id)).where(col(Send.enrollment_id).in_(_enrollment_ids(people)))


def _deliveries(session: Session, people: list[int] | None) -> dict[int, str | None]:
    """Per send, the most telling of its delivery events (`DELIVERY`); for a call, how the
    last one ended. The database ranks them, a row per send: folding every event in Python
    cost a second at 100,000 enrollments."""
    rank = sa.case({kind: n for n, kind in enumerate(_KINDS)}, value=col(Event.kind))
    query = sa.select(col(Event.send_id), sa.func.min(rank)).where(_of_sends(people))
    best = _execute(session, query.group_by(col(Event.send_id)))
    fared: dict[int, str | None] = {s: _KINDS[r] for s, r in best if r is not None}
    calls = sa.select(col(Event.send_id), col(Event.kind), col(Event.detail)).where(
        _of_sends(people)
    )
    if people is None:  # everyone's calls alone (one person's sends have few events)
        calls = calls.where(col(Event.kind) == EventKind.CALL)
    ended = {  # each send's last call
        send_id: detail
        for send_id, kind, detail in _execute(session, calls.order_by(col(Event.id)))
        if kind == EventKind.CALL
    }
    for send_id, ending in ended.items():
        if fared.get(send_id) == EventKind.CALL:
            fared[send_id] = ending
    return fared


_KINDS = [kind.value for kind in DELIVERY]  # as stored: plain text, for the JSON writer


def _of_sends(people: list[int] | None) -> sa.ColumnElement[bool]:
    """Events about sends, of every kind (a kind not ranked is ranked None): everyone's, or
    these people's. Asked for by kind as well, SQLite walks its index on kind (and sorts for
    the grouping) instead of the one on send, and spent a third more CPU ranking at 100,000
    enrollments; PostgreSQL's plan is the same either way."""
    if people is None:
        return col(Event.send_id).is_not(None)
    return col(Event.send_id).in_(_send_ids(people))


def _shown_events(people: list[int] | None) -> sa.Select[*tuple[Any, ...]]:
    query = sa.select(*_columns(Event, EventRow)).where(
        col(Event.kind).in_(SHOWN), col(Event.candidate_id).is_not(None)
    )
    if people is not None:
        query = query.where(col(Event.candidate_id).in_(people))
    return query.order_by(col(Event.occurred_at), col(Event.id))


def _open_flags(people: list[int] | None) -> sa.Select[*tuple[Any, ...]]:
    query = sa.select(*_columns(Attention, FlagRow)).where(col(Attention.resolved_at).is_(None))
    if people is not None:
        query = query.where(col(Attention.candidate_id).in_(people))
    return query.order_by(col(Attention.created_at), col(Attention.id))


def _consent_changes(people: list[int] | None) -> sa.Select[*tuple[Any, ...]]:
    query = sa.select(*_columns(ConsentChange, ConsentRow))
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
