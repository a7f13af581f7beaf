"""What `sequencer status` shows beside each enrollment, read for all of them at once: a
statement per table (sends, their delivery events, tasks, what the person did, what needs the
recruiter, consent changes, the suppression list), grouped by enrollment, send or person in
Python. Reading them once per enrollment took 30,001 statements and 11.7 s at 10,000
enrollments (issue 17); this takes the same seven statements for any number.

Rows are read with SQLAlchemy Core alone, from `status_tables`' stand-ins of the models'
tables, as named tuples of the columns shown, each field named as the model's: no ORM
objects, no SQLAlchemy rows (at 100,000 enrollments, reading a row's columns by name cost more
than fetching it). A stored time arrives as the text status shows (`utc_text`), made straight
from the text the database gives (`_StoredText`): turning it into an aware datetime and back
with `isoformat()` cost more than a second at 100,000 enrollments.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import chain
from typing import Any, NamedTuple, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from sequencer.people.addresses import addresses_of
from sequencer.reports.status_tables import (
    ATTENTION,
    CALL,
    CANDIDATE,
    CONSENT_CHANGE,
    DELIVERY,
    ENROLLMENT,
    EVENT,
    SEND,
    SEQUENCE_VERSION,
    SHOWN,
    SUPPRESSION,
    TASK,
)
from sequencer.spec.outline import StepIds, step_ids

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


def read_enrollments(
    connection: sa.Connection, key: str | None
) -> list[tuple[EnrollmentRow, Person]]:
    """Every enrollment (or those of the person with this normal-form key), by id, each with
    its person: one statement."""
    people = [CANDIDATE.c[name].label(f"person_{name}") for name in Person._fields]
    query = sa.select(*_columns(ENROLLMENT, EnrollmentRow), *people).join_from(
        ENROLLMENT, CANDIDATE, ENROLLMENT.c.candidate_id == CANDIDATE.c.id
    )
    if key is not None:
        query = query.where(CANDIDATE.c.key == key)
    split = len(EnrollmentRow._fields)
    return [
        (EnrollmentRow._make(row[:split]), Person._make(row[split:]))
        for row in _execute(connection, query.order_by(ENROLLMENT.c.id))
    ]


# Versions never change: each one's steps are read once per process.
_steps_of: dict[str, StepIds] = {}


def read_steps(connection: sa.Connection, versions: set[str]) -> dict[str, StepIds]:
    """The step ids of each of these sequence versions, in order, from their stored YAML."""
    unread = sorted(versions - _steps_of.keys())
    if unread:
        version, source = SEQUENCE_VERSION.c.version, SEQUENCE_VERSION.c.source
        for name, text in _execute(
            connection, sa.select(version, source).where(version.in_(unread))
        ):
            _steps_of[name] = step_ids(text)
    if missing := versions - _steps_of.keys():
        raise LookupError(f"sequence version {min(missing)} is not in the database")
    return {version: _steps_of[version] for version in versions}


# Fields of a send plain status does not show (`status._send_rows`): read as None there. At
# 100,000 enrollments they were a fifth of the time spent reading its sends.
NOT_IN_TEXT = ("to", "subject", "provider_id", "attempts")


def read_rows(
    connection: sa.Connection, whose: list[Person] | None, for_text: bool = False
) -> StatusRows:
    """All of it for these people's enrollments, or everyone's (None): eight statements.
    `for_text`: what plain status shows, seven: sends without `NOT_IN_TEXT`, and no consent
    changes (it shows one person's, read with their other consent)."""
    if whose == []:
        return StatusRows({}, {}, {}, {}, {}, {}, {})  # someone never enrolled: nothing to read
    people = None if whose is None else [p.id for p in whose]
    sends = sa.select(*_columns(SEND, SendRow, NOT_IN_TEXT if for_text else ()))
    tasks = sa.select(*_columns(TASK, TaskRow))
    if people is not None:
        sends = sends.where(SEND.c.enrollment_id.in_(_enrollment_ids(people)))
        tasks = tasks.where(TASK.c.send_id.in_(_send_ids(people)))
    return StatusRows(
        sends=_by(_read(connection, sends.order_by(SEND.c.id), SendRow), "enrollment_id"),
        deliveries=_deliveries(connection, people),
        tasks={t.send_id: t for t in _read(connection, tasks, TaskRow)},
        events=_by(_read(connection, _shown_events(people), EventRow), "candidate_id"),
        flags=_by(_read(connection, _open_flags(people), FlagRow), "candidate_id"),
        consent={}
        if for_text
        else _by(_read(connection, _consent_changes(people), ConsentRow), "candidate_id"),
        suppressed={s.address: s for s in _read(connection, _suppressions(whose), SuppressionRow)},
    )


def _columns(
    table: sa.TableClause, row: type[tuple[Any, ...]], unread: tuple[str, ...] = ()
) -> list[sa.ColumnElement[Any]]:
    """The table's columns of a row type's fields, times read as `utc_text`; NULL for the
    `unread` ones."""
    return [_column(table, name, unread) for name in row._fields]  # type: ignore[attr-defined]


def _column(table: sa.TableClause, name: str, unread: tuple[str, ...]) -> sa.ColumnElement[Any]:
    column = table.c[name]
    if name in unread:
        return sa.null().label(name)
    return _StoredText(column).label(name) if isinstance(column.type, sa.DateTime) else column


def _execute(connection: sa.Connection, query: sa.Select[*tuple[Any, ...]]) -> Iterator[Any]:
    """The rows, fetched a few thousand at a time: one by one, each was a call of its own;
    all at once, the driver's rows, SQLAlchemy's and the named tuples made of them were all
    held together (plain status at 100,000 enrollments peaked at 400 MB, now 350 MB; the
    same time)."""
    return chain.from_iterable(connection.execute(query).partitions(_FETCHED))


_FETCHED = 5_000  # rows a fetch


def _read(connection: sa.Connection, query: sa.Select[*tuple[Any, ...]], row: type[R]) -> list[R]:
    return list(map(row._make, _execute(connection, query)))  # type: ignore[attr-defined]


def _by(rows: list[R], field: str) -> dict[int, list[R]]:
    """Rows grouped by one of their fields (an id), each group in the rows' order."""
    at = rows[0]._fields.index(field) if rows else 0  # type: ignore[attr-defined]
    grouped: dict[int, list[R]] = defaultdict(list)
    for row in rows:
        grouped[row[at]].append(row)
    return dict(grouped)


def _enrollment_ids(people: list[int]) -> sa.Select[*tuple[Any, ...]]:
    return sa.select(ENROLLMENT.c.id).where(ENROLLMENT.c.candidate_id.in_(people))


def _send_ids(people: list[int]) -> sa.Select[*tuple[Any, ...]]:
    return sa.select(SEND.c.id).where(SEND.c.enrollment_id.in_(_enrollment_ids(people)))


def _deliveries(connection: sa.Connection, people: list[int] | None) -> dict[int, str | None]:
    """Per send, the most telling of its delivery events (`DELIVERY`); for a call, how the
    last one ended. The database ranks them, a row per send: folding every event in Python
    cost a second at 100,000 enrollments."""
    rank = sa.case({kind: n for n, kind in enumerate(DELIVERY)}, value=EVENT.c.kind)
    query = sa.select(EVENT.c.send_id, sa.func.min(rank)).where(_of_sends(people))
    best = _execute(connection, query.group_by(EVENT.c.send_id))
    fared: dict[int, str | None] = {s: DELIVERY[r] for s, r in best if r is not None}
    calls = sa.select(EVENT.c.send_id, EVENT.c.kind, EVENT.c.detail).where(_of_sends(people))
    if people is None:  # everyone's calls alone (one person's sends have few events)
        calls = calls.where(EVENT.c.kind == CALL)
    ended = {  # each send's last call
        send_id: detail
        for send_id, kind, detail in _execute(connection, calls.order_by(EVENT.c.id))
        if kind == CALL
    }
    for send_id, ending in ended.items():
        if fared.get(send_id) == CALL:
            fared[send_id] = ending
    return fared


def _of_sends(people: list[int] | None) -> sa.ColumnElement[bool]:
    """Events about sends, of every kind (a kind not ranked is ranked None): everyone's, or
    these people's. Asked for by kind as well, SQLite walks its index on kind (and sorts for
    the grouping) instead of the one on send, and spent a third more CPU ranking at 100,000
    enrollments; PostgreSQL's plan is the same either way."""
    if people is None:
        return EVENT.c.send_id.is_not(None)
    return EVENT.c.send_id.in_(_send_ids(people))


def _shown_events(people: list[int] | None) -> sa.Select[*tuple[Any, ...]]:
    query = sa.select(*_columns(EVENT, EventRow)).where(
        EVENT.c.kind.in_(SHOWN), EVENT.c.candidate_id.is_not(None)
    )
    if people is not None:
        query = query.where(EVENT.c.candidate_id.in_(people))
    return query.order_by(EVENT.c.occurred_at, EVENT.c.id)


def _open_flags(people: list[int] | None) -> sa.Select[*tuple[Any, ...]]:
    query = sa.select(*_columns(ATTENTION, FlagRow)).where(ATTENTION.c.resolved_at.is_(None))
    if people is not None:
        query = query.where(ATTENTION.c.candidate_id.in_(people))
    return query.order_by(ATTENTION.c.created_at, ATTENTION.c.id)


def _consent_changes(people: list[int] | None) -> sa.Select[*tuple[Any, ...]]:
    query = sa.select(*_columns(CONSENT_CHANGE, ConsentRow))
    if people is not None:
        query = query.where(CONSENT_CHANGE.c.candidate_id.in_(people))
    return query.order_by(CONSENT_CHANGE.c.at, CONSENT_CHANGE.c.id)


def _suppressions(whose: list[Person] | None) -> sa.Select[*tuple[Any, ...]]:
    """The whole list for everyone (one read, smaller than the people it names), or the
    entries of these people's addresses."""
    query = sa.select(SUPPRESSION.c.address, SUPPRESSION.c.reason)
    if whose is None:
        return query
    addresses = [a for p in whose for a in addresses_of(p.email, p.phone)]
    return query.where(SUPPRESSION.c.address.in_(addresses))
