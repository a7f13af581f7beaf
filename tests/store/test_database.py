"""The database: migrations, and times that come back aware and in UTC on both engines."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from sequencer.store.database import alembic_config, engine_for, head_revision, stored_revisions
from sequencer.store.models import Suppression

NOW = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)


def test_migrations_bring_an_empty_database_to_the_current_schema(database_url: str) -> None:
    engine = engine_for(database_url)
    tables = set(sa.inspect(engine).get_table_names())
    assert {"candidate", "enrollment", "send", "task", "suppression", "sequenceversion"} <= tables
    engine_for(database_url)  # a second start finds nothing to do


def test_the_newest_migration_is_read_from_its_files_as_alembic_finds_it() -> None:
    # Every start compares it with the database's revision, without importing alembic.
    from alembic.script import ScriptDirectory

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_a_database_one_migration_behind_is_brought_up_to_date(database_url: str) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    newest = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert isinstance(newest.down_revision, str)
    older = sa.create_engine(database_url)
    with older.begin() as connection:
        command.upgrade(alembic_config(connection), newest.down_revision)
    assert stored_revisions(older) == [newest.down_revision]
    older.dispose()
    engine = engine_for(database_url)
    assert stored_revisions(engine) == [newest.revision]


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


def test_a_new_sqlite_database_is_readable_by_its_owner_only(tmp_path) -> None:
    # It holds every candidate's address and every message sent: under the usual umask
    # (022) SQLite would create it, and its -wal and -shm beside it, readable by everyone.
    path = tmp_path / "sequencer.db"
    before = os.umask(0o022)
    try:
        engine = engine_for(f"sqlite:///{path}")
        with Session(engine) as session:  # a write, so the -wal and -shm files exist
            session.add(Suppression(address="a@example.com", reason="t", created_at=NOW))
            session.commit()
        files = [path, path.with_name("sequencer.db-wal"), path.with_name("sequencer.db-shm")]
        assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {
            "sequencer.db": 0o600,
            "sequencer.db-wal": 0o600,
            "sequencer.db-shm": 0o600,
        }
        engine.dispose()
    finally:
        os.umask(before)


def test_an_existing_sqlite_database_keeps_the_mode_its_owner_gave_it(tmp_path) -> None:
    path = tmp_path / "shared.db"
    engine_for(f"sqlite:///{path}").dispose()
    path.chmod(0o640)  # shared with a group on purpose, say
    engine_for(f"sqlite:///{path}").dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
