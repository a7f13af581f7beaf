"""`among(session, column, values)`: `column IN values` for thousands of values, bound as one
parameter.

An import asks about a few thousand addresses, keys and ids per batch. Written as
`IN (:v1, ..., :v3300)`, SQLAlchemy renders and binds each value on every execution, and
PostgreSQL plans the long list: 245 ms for 3,300 values against 26 ms as one array, 24 ms
against 7 on SQLite (`bench/import_enroll_bench.py`). So the values travel as one parameter:
an array on PostgreSQL (`= ANY`), a JSON list on SQLite, read as a table by `json_each`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlmodel import Session


def among(session: Session, column: Any, values: Iterable[Any]) -> sa.ColumnElement[bool]:
    """`column IN values` (no value: false), for the database `session` is bound to."""
    wanted = list(values)
    if session.get_bind().dialect.name == "postgresql":
        element = sa.Integer if isinstance(column.type, sa.Integer) else sa.String
        array = sa.bindparam(None, wanted, type_=postgresql.ARRAY(element))
        result: sa.ColumnElement[bool] = column == sa.any_(array)
        return result
    table = sa.func.json_each(json.dumps(wanted)).table_valued("value")
    result = column.in_(sa.select(table.c.value))
    return result
