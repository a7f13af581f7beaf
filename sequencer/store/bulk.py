"""Many rows written at once: `insert_rows` and `update_rows` (by id), for an import's batches.

SQLite runs an executemany in C, a row at a time, fast; what costs is SQLAlchemy's work for
each row around it (its parameters built and each value converted, ~60% of the time). So the
rows go to the driver as tuples, each value converted by its column type's own converter (the
same text, JSON and dates SQLAlchemy would write), one pass over each column.

On PostgreSQL, psycopg sends an executemany as one statement per row, and an array parameter
(`unnest`, used here before) is written out element by element in Python, each escaped. So the
rows go in with COPY, psycopg's row writer in C: straight into the table for an insert, into
a temporary table for an update, which then changes the table in one statement.
`tests/store/test_bulk.py` checks both store what SQLAlchemy's own statements store.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

if TYPE_CHECKING:  # only named in annotations: `status` starts without SQLModel
    from sqlmodel import Session

BY_ID = "record_id"  # the key of an update's row naming the row it changes


@contextmanager
def no_collection_pauses() -> Iterator[None]:
    """Python's cycle collector off while many rows are read and written: it walks every
    object made so far, again and again as hundreds of thousands of rows, tuples and dicts are
    made (none in a cycle). `status` at 30,000 enrollments spent a third of its time in it
    (`bench/status_bench.py`); an import of 100,000 rows 1.1 s of its 5.5 s of CPU, its row
    checkers (forked with it off) 0.9 s more, for 16 MB more memory at most
    (`bench/import_enroll_bench.py`). It is the process's: in the web app, the other threads
    go without it for the seconds of an upload's import too. Back as it was afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def insert_rows(session: Session, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """These rows added to `table`; every row has the same keys (its columns)."""
    if not rows:
        return
    if not _arrays(session):
        _executemany(session, sa.insert(table), table, list(rows[0]), rows)
        return
    _copy(session, table, table.name, list(rows[0]), rows)


def update_rows(session: Session, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """The rows of `table` whose id is each row's BY_ID given the row's other values, in order
    (when two name one row, the last one's values stay)."""
    if not rows:
        return
    if not _arrays(session):
        by_id = table.c.id == sa.bindparam(BY_ID)
        _executemany(session, sa.update(table).where(by_id), table, list(rows[0]), rows)
        return
    # One statement changes a row once: the last values for each, as one by one would leave.
    last = list({row[BY_ID]: row for row in rows}.values())
    names = [name for name in last[0] if name != BY_ID]
    quote = session.get_bind().dialect.identifier_preparer.quote
    target, source = quote(table.name), "bulk_update_rows"
    listed = ", ".join(quote(name) for name in names)
    # A table of the new values, typed as the table's columns, gone at the end of the
    # transaction (dropped below already, so that a second batch can make it again).
    connection = session.connection()
    connection.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {source} ON COMMIT DROP AS "
        f"SELECT id AS {BY_ID}, {listed} FROM {target} WITH NO DATA"
    )
    _copy(session, table, source, [BY_ID, *names], last)
    changes = ", ".join(f"{quote(name)} = {source}.{quote(name)}" for name in names)
    connection.exec_driver_sql(
        f"UPDATE {target} SET {changes} FROM {source} WHERE {target}.id = {source}.{BY_ID}"
    )
    connection.exec_driver_sql(f"DROP TABLE {source}")


def _arrays(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _executemany(
    session: Session,
    statement: sa.Insert | sa.Update,
    table: sa.Table,
    names: list[str],
    rows: Sequence[Mapping[str, Any]],
) -> None:
    """The statement run once per row, the rows handed to the driver as tuples of values
    converted as SQLAlchemy converts them."""
    dialect = session.get_bind().dialect
    compiled = statement.compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(names):
        # A column the rows leave out that SQLAlchemy fills in (a default): its own way.
        session.execute(statement, list(rows))
        return
    columns = [
        _converted(
            [row[name] for row in rows], table.c.id if name == BY_ID else table.c[name], dialect
        )
        for name in order
    ]
    session.connection().exec_driver_sql(str(compiled), list(zip(*columns, strict=True)))


def _converted(values: list[Any], column: sa.Column[Any], dialect: sa.Dialect) -> list[Any]:
    """The values as the driver is given them for this column (SQLAlchemy's own converter)."""
    convert: Callable[[Any], Any] | None = column.type.dialect_impl(dialect).bind_processor(dialect)
    if convert is None:
        return values
    out, last, done = [], object(), None
    for value in values:
        # A batch's rows often share one value (the time of the import): converted once.
        if value is not last:
            last, done = value, convert(value)
        out.append(done)
    return out


def _copy(
    session: Session,
    table: sa.Table,
    into: str,
    names: list[str],
    rows: Sequence[Mapping[str, Any]],
) -> None:
    """The rows written into the table named `into` with PostgreSQL's COPY, in this session's
    transaction; each value converted as for a column of `table` of its name."""
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    columns = [
        _copied(
            [row[name] for row in rows], table.c.id if name == BY_ID else table.c[name], dialect
        )
        for name in names
    ]
    driver = session.connection().connection.driver_connection
    assert driver is not None
    statement = f"COPY {quote(into)} ({', '.join(map(quote, names))}) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for values in zip(*columns, strict=True):
            copy.write_row(values)


def _copied(values: list[Any], column: sa.Column[Any], dialect: sa.Dialect) -> list[Any]:
    """The values as COPY is given them for this column: JSON as its text; a type of ours
    (a TypeDecorator, e.g. aware datetimes in UTC) through its own conversion."""
    kind = column.type
    if isinstance(kind, sa.JSON):
        return [None if value is None else json.dumps(value) for value in values]
    convert = kind.bind_processor(dialect) if isinstance(kind, sa.TypeDecorator) else None
    return values if convert is None else [convert(value) for value in values]
