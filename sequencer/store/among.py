"""`among(session, column, values)`: `column IN values` for thousands of values, bound as one
parameter.

An import asks about a few thousand addresses, keys and ids per batch. Written as
`IN (:v1, ..., :v3300)`, SQLAlchemy renders and binds each value on every execution, and
PostgreSQL plans the long list: 245 ms for 3,300 values against 26 ms as one array, 24 ms
against 7 on SQLite (`bench/import_enroll_bench.py`). So the values travel as one parameter:
an array on PostgreSQL (`= ANY`), a JSON list on SQLite, read as a table by `json_each`.

On PostgreSQL the array travels as its text, `{"a","b"}`, written here in one join: psycopg's
list dumper writes each element in Python, 13% of an import's CPU. psycopg sends a str
untyped, and PostgreSQL reads an untyped `= ANY` parameter as an array of the column's type,
once. (Not a cast in the statement: `CAST(:text AS VARCHAR[])` is evaluated again for every
row a scan reads, and an import of 100,000 rows cost the server 9 s more that way.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import UserDefinedType
from sqlmodel import Session


def among(session: Session, column: Any, values: Iterable[Any]) -> sa.ColumnElement[bool]:
    """`column IN values` (no value: false), for the database `session` is bound to."""
    wanted = list(values)
    if session.get_bind().dialect.name == "postgresql":
        integers = isinstance(column.type, sa.Integer)
        text = _integers_text(wanted) if integers else _strings_text(wanted)
        array = sa.bindparam(None, text, type_=_ArrayText())
        result: sa.ColumnElement[bool] = column == sa.any_(array)
        return result
    table = sa.func.json_each(json.dumps(wanted)).table_valued("value")
    result = column.in_(sa.select(table.c.value))
    return result


class _ArrayText(UserDefinedType[str]):
    """A parameter holding an array's text, bound as it is: no conversion, no cast."""

    cache_ok = True

    def get_col_spec(self, **_: Any) -> str:
        return "TEXT"


def _integers_text(values: list[Any]) -> str:
    return "{" + ",".join(map(str, map(int, values))) + "}"


def _strings_text(values: list[str]) -> str:
    """Each string quoted, a quote or a backslash in one escaped by a backslash."""
    if not values:
        return "{}"
    if any('"' in value or "\\" in value for value in values):
        values = [value.replace("\\", "\\\\").replace('"', '\\"') for value in values]
    return '{"' + '","'.join(values) + '"}'
