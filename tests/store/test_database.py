"""The database: migrations, and times that come back aware and in UTC on both engines."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from sequencer.store.database import engine_for
from sequencer.store.models import Suppression


def test_migrations_bring_an_empty_database_to_the_current_schema(database_url: str) -> None:
    engine = engine_for(database_url)
    tables = set(sa.inspect(engine).get_table_names())
    assert {"candidate", "enrollment", "send", "task", "suppression", "sequenceversion"} <= tables
    engine_for(database_url)  # a second start finds nothing to do


def test_times_come_back_aware_in_utc(database_url: str) -> None:
    engine = engine_for(database_url)
    berlin = datetime(2026, 3, 29, 3, 30, tzinfo=ZoneInfo("Europe/Berlin"))  # just after DST
    with Session(engine) as session:
        session.add(Suppression(address="a@example.com", reason="test", created_at=berlin))
        session.commit()
    with Session(engine) as session:
        stored = session.exec(select(Suppression)).one().created_at
    assert stored == berlin and stored.tzinfo is not None
    assert stored.astimezone(UTC).hour == 1


def test_naive_times_are_refused(database_url: str) -> None:
    engine = engine_for(database_url)
    with Session(engine) as session:
        session.add(
            Suppression(address="a@example.com", reason="t", created_at=datetime(2026, 1, 1))
        )
        with pytest.raises(sa.exc.StatementError, match="no time zone"):
            session.commit()


def test_sqlite_runs_in_wal_mode(tmp_path) -> None:
    engine = engine_for(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as connection:
        assert connection.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
