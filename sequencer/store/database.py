"""The database: engine, schema migrations, and the few named queries the rest uses.

SQLite by default (a file in the working directory, WAL so the daemon and the CLI can share it);
the same code runs on PostgreSQL (`SEQUENCER_DATABASE_URL=postgresql+psycopg://...`).
"""

from __future__ import annotations

import sqlite3
import time
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
    if engine.dialect.name == "postgresql":
        sa.event.listen(engine, "begin", _begin_postgresql)
    migrate(engine)
    return engine


REPLAYABLE = "sequencer_replayable"


def replayable(engine: sa.Engine) -> sa.Engine:
    """The same database, for transactions a power cut may undo without harm, so their
    commit does not wait for the disk: the dispatcher's claims (a lost claim is claimed
    again) and its records of the provider's answer (a lost record leaves the send in
    doubt, and the provider's events settle it). The transaction that hands a send over
    must reach the disk before the provider is called, and it does: a durable commit
    writes out every commit before it too. A killed process loses neither kind."""
    return engine.execution_options(**{REPLAYABLE: True})


def _begin_immediate(connection: sa.Connection) -> None:
    # Every transaction takes SQLite's write lock at its start, not at its first write. A
    # transaction that reads a row and then writes it (claim, record, a webhook halting
    # someone) cannot then overwrite what another committed in between: the lost update
    # that FOR UPDATE prevents on PostgreSQL. Transactions are short, and the rest wait
    # their turn (busy_timeout).
    sync = "NORMAL" if connection.get_execution_options().get(REPLAYABLE) else "FULL"
    if connection.info.get("synchronous") != sync:  # a pooled connection keeps its setting
        connection.exec_driver_sql(f"PRAGMA synchronous={sync}")
        connection.info["synchronous"] = sync
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_postgresql(connection: sa.Connection) -> None:
    if connection.get_execution_options().get(REPLAYABLE):
        connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")


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
