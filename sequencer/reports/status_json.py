"""`sequencer status --json`: an entry per enrollment, from every row read at once. Apart from
`status.py`'s words and tables (and Rich, which draws them), so that the JSON imports only
what it uses; `status.py` builds its blocks on the same reads."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from sequencer.errors import SequencerError
from sequencer.reports.indented_json import items_streamed
from sequencer.reports.status_entries import entry
from sequencer.reports.status_rows import (
    EnrollmentRow,
    Person,
    StatusRows,
    read_enrollments,
    read_rows,
    read_steps,
)
from sequencer.spec.outline import StepIds
from sequencer.store.bulk import no_collection_pauses
from sequencer.store.database import reads_only

Enrolled = tuple[EnrollmentRow, Person, StepIds]  # an enrollment, its person, its steps' ids


def status(engine: sa.Engine, key: str | None = None) -> list[dict[str, Any]]:
    """One entry per enrollment (of one person when `key` is an email), newest last: the
    JSON of `status --json`, times in UTC."""
    with no_collection_pauses():
        return list(_entries(engine, key))


def status_json(engine: sa.Engine, key: str | None = None) -> Iterator[bytes]:
    """`json.dumps(status(engine, key), indent=2)`, encoded, in pieces to write as they are
    made: at 100,000 enrollments the text is 150 MB, never held whole."""
    with no_collection_pauses():
        yield from items_streamed(_entries(engine, key))


def _entries(engine: sa.Engine, key: str | None) -> Iterator[dict[str, Any]]:
    """Every row read at once, the session closed, then the entries built one at a time."""
    with reads_only(engine).connect() as connection:
        enrollments = enrolled(connection, key)
        rows = rows_for(connection, enrollments, key)
    return (entry(rows, *row) for row in enrollments)


def rows_for(
    connection: sa.Connection, enrollments: list[Enrolled], key: str | None, for_text: bool = False
) -> StatusRows:
    """Everything shown beside these enrollments: everyone's, or one person's (`for_text`:
    what plain status shows, `read_rows`)."""
    whose = None if key is None else [row[1] for row in enrollments]
    return read_rows(connection, whose, for_text)


def enrolled(connection: sa.Connection, key: str | None) -> list[Enrolled]:
    """Every enrollment, or those of the person with this address (none imported: an
    error that says so)."""
    if key is None:
        rows = read_enrollments(connection, None)
    else:
        from sequencer.people.addresses import normal_address

        rows = read_enrollments(connection, normal_address(key))
        if not rows and not _imported(connection, key):
            raise SequencerError(
                "nobody imported with this address: check its spelling, or "
                "`sequencer import FILE.csv` first"
            )
    steps = read_steps(connection, {e.sequence_version for e, _ in rows})
    return [(e, p, steps[e.sequence_version]) for e, p in rows]


def _imported(connection: sa.Connection, key: str) -> bool:
    """Whether someone was imported with this address: the people table and the address
    rules (email-validator, SQLModel's ORM), for one person only."""
    from sqlmodel import Session

    from sequencer.store.people import people_at

    with Session(bind=connection) as session:
        return bool(people_at(session, [key]))
