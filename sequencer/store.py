"""The database: engine, schema migrations, and the few named queries the rest uses.

SQLite by default (a file in the working directory, WAL so the daemon and the CLI can share it);
the same code runs on PostgreSQL (`SEQUENCER_DATABASE_URL=postgresql+psycopg://...`).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlmodel import create_engine

MIGRATIONS = Path(__file__).parent / "migrations"


def engine_for(url: str) -> sa.Engine:
    """An engine with the schema up to date."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _begin_immediate)
    migrate(engine)
    return engine


READ_ONLY = "sequencer_read_only"


def _begin_immediate(connection: sa.Connection) -> None:
    # Every transaction takes SQLite's write lock at its start, not at its first write. A
    # transaction that reads a row and then writes it (claim, record, a webhook halting
    # someone) cannot then overwrite what another committed in between: the lost update
    # that FOR UPDATE prevents on PostgreSQL. Transactions are short, and the rest wait
    # their turn (busy_timeout). Only `reading` transactions, which never write, skip it.
    read_only = connection.get_execution_options().get(READ_ONLY)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


@contextmanager
def reading(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A connection for a quick read that writes nothing: on SQLite it does not wait for,
    or hold up, the writers (WAL gives it a snapshot)."""
    with engine.connect() as connection:  # closing it ends the transaction
        yield connection.execution_options(**{READ_ONLY: True})


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    # A busy timeout waits for a writer instead of failing at once; foreign keys are off by
    # default in SQLite; WAL lets readers (status, preview) work while the daemon writes.
    connection.isolation_level = None  # pysqlite's own BEGIN would come too late
    cursor = connection.cursor()
    for pragma in ("busy_timeout=30000", "foreign_keys=ON"):
        cursor.execute(f"PRAGMA {pragma}")
    _switch_to_wal(cursor)
    cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    # WAL is stored in the file, so only the first connection to a new database switches it.
    # The switch needs the file to itself, and SQLite refuses it at once, without the busy
    # timeout, while another daemon starting at the same moment holds the write lock to
    # migrate: so ask again until that daemon is done.
    deadline = time.monotonic() + 30
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def alembic_config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


MIGRATION_LOCK = 7_263_411  # any number, the same in every daemon


def migrate(engine: sa.Engine) -> None:
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several daemons starting at once: one migrates, the others wait, then find
            # nothing left to do. (SQLite's BEGIN IMMEDIATE already makes them take turns.)
            connection.execute(
                sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
            )
        command.upgrade(alembic_config(connection), "head")
