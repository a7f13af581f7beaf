"""`insert_rows` and `update_rows` write what SQLAlchemy's own insert and update write: the
same stored text for every kind of column (dates, JSON, booleans, empty cells), read back raw
from the database so that a value stored in another format shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from sequencer.store.bulk import BY_ID, insert_rows, update_rows
from sequencer.store.database import engine_for
from sequencer.store.models import CandidateRecord

TABLE: sa.Table = CandidateRecord.__table__  # type: ignore[attr-defined]
NOW = datetime(2026, 11, 23, 9, 30, 15, 123456, tzinfo=UTC)


def person(n: int, tag: str) -> dict[str, Any]:
    """Every stored column but the id, some empty, dates and JSON among them."""
    return {
        "key": f"{tag}{n}@example.com",
        "email": f"{tag}{n}@Example.com",
        "phone": f"+1212555{n:04d}" if n % 2 else None,
        "first_name": "Zoë" if n % 3 else None,
        "last_name": None,
        "timezone": "Europe/Berlin",
        "linkedin_url": None,
        "company": "Acme, Inc.",
        "current_company_domain": None,
        "title": "Staff\tEngineer \\ R&D, 100%" if n % 2 else "Staff Engineer",  # COPY escapes
        "preferred_channel": "sms" if n % 4 == 0 else None,
        "sms_consent": bool(n % 2),
        "call_consent": n % 3 == 0,
        "country": "DE",
        "state": None,
        "extra": {"recent_project": "the 'data' platform", "met_at": "KubeCon ✓"} if n % 2 else {},
        "updated_at": NOW + timedelta(minutes=n % 2),
    }


def stored(engine: sa.Engine, tag: str) -> list[tuple[Any, ...]]:
    """The raw stored values of one tag's people, email first (all but the id and the key)."""
    names = [column.name for column in TABLE.columns if column.name not in ("id", "key")]
    # Untyped text: the values as the driver reads them, converted by nothing of ours.
    query = sa.text(f"SELECT {', '.join(names)} FROM candidate WHERE key LIKE :tag ORDER BY key")
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(query, {"tag": f"{tag}%"})]


def test_inserted_rows_are_stored_as_sqlalchemy_stores_them(database_url: str) -> None:
    engine = engine_for(database_url)
    with Session(engine) as session, session.begin():
        insert_rows(session, TABLE, [person(n, "bulk") for n in range(12)])
        session.execute(sa.insert(TABLE), [person(n, "orm") for n in range(12)])
    ours = stored(engine, "bulk")
    assert len(ours) == 12
    assert [row[1:] for row in ours] == [row[1:] for row in stored(engine, "orm")]


def test_updated_rows_are_stored_as_sqlalchemy_stores_them_the_last_values_kept(
    database_url: str,
) -> None:
    engine = engine_for(database_url)
    with Session(engine) as session, session.begin():
        insert_rows(session, TABLE, [person(n, t) for t in ("bulk", "orm") for n in range(6)])
    ids = {}
    with engine.connect() as connection:
        for record_id, key in connection.execute(sa.select(TABLE.c.id, TABLE.c.key)):
            ids[key] = record_id
    later = NOW + timedelta(days=1)

    def changed(n: int, tag: str, name: str) -> dict[str, Any]:
        values = {**person(n + 1, tag), "key": f"{tag}{n}@example.com", "updated_at": later}
        return {BY_ID: ids[f"{tag}{n}@example.com"], **values, "first_name": name}

    with Session(engine) as session, session.begin():
        # Row 0 is named twice: the second values stay, as one update after another leaves.
        ours = [changed(0, "bulk", "first"), *(changed(n, "bulk", "Ann") for n in range(6))]
        update_rows(session, TABLE, ours)
        by_id = TABLE.c.id == sa.bindparam(BY_ID)
        theirs = [changed(n, "orm", "Ann") for n in range(6)]
        session.execute(sa.update(TABLE).where(by_id), theirs)
    assert stored(engine, "bulk")[0][2] == "Ann"  # first_name
    assert [row[1:] for row in stored(engine, "bulk")] == [row[1:] for row in stored(engine, "orm")]
