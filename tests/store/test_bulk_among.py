"""`among` finds exactly the rows whose value is one of many, whatever the values hold: the
quotes, backslashes, commas and braces PostgreSQL's array text must escape, or not."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlmodel import Session

from sequencer.store.among import among
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord

TABLE: sa.Table = CandidateRecord.__table__  # type: ignore[attr-defined]
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)

ODD = [
    'say "hi"@example.com',
    "back\\slash@example.com",
    "a,b@example.com",
    "{braces}@example.com",
    "NULL",
    "with space@example.com",
    "zoë@exämple.com",
    "",
]


def _stored(engine: sa.Engine, keys: list[str]) -> None:
    rows = [{"key": key, "extra": {}, "updated_at": NOW} for key in keys]
    with Session(engine) as session, session.begin():
        session.execute(sa.insert(TABLE), rows)


def _found(engine: sa.Engine, column: sa.Column[object], values: list[object]) -> list[object]:
    with Session(engine) as session:
        query = sa.select(TABLE.c.key).where(among(session, column, values))
        return sorted(session.execute(query).scalars())


def test_the_rows_with_one_of_the_values_are_found(database_url: str) -> None:
    engine = engine_for(database_url)
    _stored(engine, [*ODD, "plain@example.com", "other@example.com"])
    assert _found(engine, TABLE.c.key, [*ODD, "absent@example.com"]) == sorted(ODD)
    assert _found(engine, TABLE.c.key, ['say "hi"@example.com']) == ['say "hi"@example.com']
    assert _found(engine, TABLE.c.key, ["plain@example.com"]) == ["plain@example.com"]
    assert _found(engine, TABLE.c.key, []) == []


def test_ids_are_found_and_left_out(database_url: str) -> None:
    engine = engine_for(database_url)
    _stored(engine, ["a@example.com", "b@example.com", "c@example.com"])
    with Session(engine) as session:
        ids = dict(session.execute(sa.select(TABLE.c.key, TABLE.c.id)).all())
        two = [ids["a@example.com"], ids["c@example.com"]]
        left = sa.select(TABLE.c.key).where(sa.not_(among(session, TABLE.c.id, two)))
        assert list(session.execute(left).scalars()) == ["b@example.com"]
    assert _found(engine, TABLE.c.id, two) == ["a@example.com", "c@example.com"]
