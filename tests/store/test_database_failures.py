"""The engine's failures to use the database are DatabaseError sentences, whatever the query
that met them; the errors the code handles itself (a deadlock, a constraint) stay as they are."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from sequencer.errors import DatabaseError
from sequencer.ops.metrics import Metrics
from sequencer.store.database import engine_for
from sequencer.store.models import Suppression
from sequencer.store.pauses import paused_channels

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[str, sqlite3.Connection]]:
    """A SQLite database (schema made) and another connection, ready to take its write lock."""
    url = f"sqlite:///{tmp_path / 'team.db'}"
    engine_for(url).dispose()
    holder = sqlite3.connect(tmp_path / "team.db", isolation_level=None)
    yield url, holder
    holder.close()


def test_a_lock_met_by_any_query_is_a_database_error(held: tuple[str, sqlite3.Connection]) -> None:
    url, holder = held
    engine = engine_for(url, wait_seconds=0.2)
    holder.execute("BEGIN IMMEDIATE")
    locked = pytest.raises(DatabaseError, match=r"team\.db is locked: .* more than 0\.2 s")
    with locked, Session(engine) as session:
        session.add(Suppression(address="a@example.com", reason="t", created_at=NOW))
        session.commit()


def test_a_constraint_is_still_the_engines_own_error(tmp_path: Path) -> None:
    engine = engine_for(f"sqlite:///{tmp_path / 'x.db'}")
    row = {"address": "a@example.com", "reason": "t", "created_at": NOW}
    with Session(engine) as session:
        session.add(Suppression(**row))
        session.commit()
    with pytest.raises(sa.exc.IntegrityError), Session(engine) as session:
        session.add(Suppression(**row))
        session.commit()


def test_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match=r"cannot open the database .*check that its folder"):
        engine_for(f"sqlite:///{tmp_path / 'no' / 'such' / 'x.db'}")


def test_an_existing_database_is_opened_even_for_reading_only(
    held: tuple[str, sqlite3.Connection],
) -> None:
    url, _ = held
    engine_for(url, existing=True).dispose()


def test_in_memory_sqlite_needs_no_file() -> None:
    engine_for("sqlite://", existing=True).dispose()


def test_metrics_say_the_database_is_down_while_it_is_locked(
    held: tuple[str, sqlite3.Connection],
) -> None:
    url, holder = held
    engine = engine_for(url, wait_seconds=0.2)
    holder.execute("BEGIN IMMEDIATE")
    assert "sequencer_database_up 0.0" in Metrics(engine, lambda: NOW).exposition()


def test_the_dispatchers_look_at_paused_channels_does_not_wait_for_a_writer(
    held: tuple[str, sqlite3.Connection],
) -> None:
    # Each chunk a pass sends reads the paused channels: a read, which on SQLite needs no
    # write lock, so it neither queues behind a webhook's write nor holds one back.
    url, holder = held
    engine = engine_for(url, wait_seconds=0.2)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert paused_channels(engine) == {}
    finally:
        holder.execute("ROLLBACK")
