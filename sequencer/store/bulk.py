"""Many rows written in one statement: `insert_rows` and `update_rows` (by id), for an import's
batches.

SQLite runs an executemany in C, a row at a time, fast. On PostgreSQL, psycopg sends an
executemany as one statement per row (pipelined, but each row's parameters are adapted and its
statement is prepared and sent on its own); here each column travels as one array instead and
the statement reads them back as a table with `unnest`: one statement per batch.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlmodel import Session

BY_ID = "record_id"  # the key of an update's row naming the row it changes


def insert_rows(session: Session, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """These rows added to `table`; every row has the same keys (its columns)."""
    if not rows:
        return
    if not _arrays(session):
        session.execute(sa.insert(table), list(rows))
        return
    names = list(rows[0])
    columns = _unnested(table, names, rows)
    session.execute(sa.insert(table).from_select(names, sa.select(*columns)))


def update_rows(session: Session, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """The rows of `table` whose id is each row's BY_ID given the row's other values, in order
    (when two name one row, the last one's values stay)."""
    if not rows:
        return
    if not _arrays(session):
        by_id = table.c.id == sa.bindparam(BY_ID)
        session.execute(sa.update(table).where(by_id), list(rows))
        return
    # One statement changes a row once: the last values for each, as one by one would leave.
    last = list({row[BY_ID]: row for row in rows}.values())
    names = [name for name in last[0] if name != BY_ID]
    source = sa.select(*_unnested(table, [BY_ID, *names], last, {BY_ID: table.c.id})).subquery()
    statement = (
        sa.update(table)
        .where(table.c.id == source.c[BY_ID])
        .values({name: source.c[name] for name in names})
    )
    session.execute(statement)


def _arrays(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _unnested(
    table: sa.Table,
    names: list[str],
    rows: Sequence[Mapping[str, Any]],
    like: Mapping[str, sa.Column[Any]] | None = None,
) -> list[sa.ColumnElement[Any]]:
    """The rows as columns of `unnest(array, array, ...)`, each typed as its column (`like`:
    the column a name that is not one of the table's is typed as)."""
    arrays, types = [], []
    for name in names:
        column = (like or {}).get(name, table.c.get(name))
        assert column is not None, f"{name} is not a column of {table.name}"
        values = [row[name] for row in rows]
        if isinstance(column.type, sa.JSON):
            # JSON goes as text and is cast back: an array of json is not what psycopg sends.
            values = [None if v is None else json.dumps(v) for v in values]
            arrays.append(sa.bindparam(None, values, type_=postgresql.ARRAY(sa.String)))
        else:
            arrays.append(sa.bindparam(None, values, type_=postgresql.ARRAY(column.type)))
        types.append(column.type)
    unnested = sa.func.unnest(*arrays).table_valued(*names).render_derived()
    return [
        (sa.cast(unnested.c[name], kind) if isinstance(kind, sa.JSON) else unnested.c[name]).label(
            name
        )
        for name, kind in zip(names, types, strict=True)
    ]
