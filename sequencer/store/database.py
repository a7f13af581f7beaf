"""The database: engine, schema migrations, and the few named queries the rest uses.

SQLite by default (a file in the working directory, WAL so the daemon and the CLI can share it);
the same code runs on PostgreSQL (`SEQUENCER_DATABASE_URL=postgresql+psycopg://...`). A
database that cannot be used (locked past the wait, unreachable, refusing the login) is a
DatabaseError, its URL's password masked: the CLI prints it as one line, the daemon logs it.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from sequencer.errors import DatabaseError

if TYPE_CHECKING:  # alembic is imported only to migrate: 0.1 s of every command's start
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


WAIT_SECONDS = 30.0  # the default of SEQUENCER_DATABASE_WAIT_SECONDS


def engine_for(url: str, wait_seconds: float = WAIT_SECONDS, existing: bool = False) -> sa.Engine:
    """An engine with the schema up to date. It waits up to `wait_seconds` for the database
    (a SQLite lock another process holds, a PostgreSQL server to answer), then raises a
    DatabaseError, as it does for every failure to reach or lock the database later on.
    `existing`: for a command that only reads, which must not create a SQLite file."""
    # hide_parameters: an error's message (and so a logged traceback) names the statement but
    # never its values, which are addresses and message texts.
    # SQLAlchemy's own create_engine (SQLModel's is the same function): a command that only
    # reads, such as `status`, starts without SQLModel, pydantic's models and the ORM.
    engine = sa.create_engine(
        url, connect_args=_connect_args(sa.make_url(url), wait_seconds), hide_parameters=True
    )
    sa.event.listen(engine, "handle_error", _translate(engine.url, wait_seconds))
    if engine.dialect.name == "sqlite":
        if existing:
            _must_exist(engine.url.database)
        _create_private(engine.url.database)
        sa.event.listen(engine, "connect", _sqlite_pragmas(wait_seconds))
        sa.event.listen(engine, "begin", _begin_immediate)
    if engine.dialect.name == "postgresql":
        sa.event.listen(engine, "begin", _begin_postgresql)
    migrate(engine)
    return engine


def _connect_args(url: sa.URL, wait_seconds: float) -> dict[str, Any]:
    # libpq waits for an unreachable host as long as TCP does (minutes) unless told; it
    # counts whole seconds, 2 at the least.
    if url.get_backend_name() == "postgresql":
        return {"connect_timeout": max(2, math.ceil(wait_seconds))}
    return {}


def _must_exist(database: str | None) -> None:
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    if not Path(database).exists():
        shown = database if os.path.dirname(database) else f"./{database}"
        raise DatabaseError(
            f"no database at {shown} yet: run `sequencer import` first,"
            " or set SEQUENCER_DATABASE_URL"
        )


def _translate(url: sa.URL, wait_seconds: float) -> Callable[[sa.ExceptionContext], None]:
    """The engine's errors that say the database cannot be used become one DatabaseError
    sentence; the rest (a deadlock that claim retries, a constraint) stay as they are."""

    def translate(context: sa.ExceptionContext) -> None:
        error = context.original_exception
        if url.get_backend_name() == "sqlite" and _locked(error):
            raise DatabaseError(_locked_sentence(url, wait_seconds)) from error
        if context.connection is None or context.is_disconnect:  # connecting, or lost
            raise DatabaseError(_unreachable_sentence(url, error)) from error

    return translate


def _locked(error: BaseException) -> bool:
    return isinstance(error, sqlite3.OperationalError) and "locked" in str(error)


def _locked_sentence(url: sa.URL, wait_seconds: float) -> str:
    return (
        f"the database {url.database} is locked: another process (a daemon, an import) has"
        f" held it for more than {wait_seconds:g} s; try again once it is done, or wait"
        " longer with SEQUENCER_DATABASE_WAIT_SECONDS"
    )


def _unreachable_sentence(url: sa.URL, error: BaseException) -> str:
    reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
    if url.password:  # a driver could quote it; none is known to, but never print it
        reason = reason.replace(str(url.password), "***")
    if url.get_backend_name() == "sqlite":
        return (
            f"cannot open the database {url.database}: {reason}; check that its folder"
            " exists and is writable, or set SEQUENCER_DATABASE_URL"
        )
    return (
        f"cannot reach the database at {url.render_as_string(hide_password=True)}: {reason};"
        " check that the server runs there and that SEQUENCER_DATABASE_URL is right"
    )


def _create_private(database: str | None) -> None:
    """Create a new SQLite file owner-only (0600), whatever the umask: it holds every
    candidate's address and every message sent. SQLite gives the -wal and -shm files it
    makes beside it the same mode. An existing file keeps the mode its owner gave it."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    # There already, or not creatable (no such folder): SQLite says so in its own words.
    with contextlib.suppress(OSError):
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.chmod(database, 0o600)  # os.open's mode passes through the umask


REPLAYABLE = "sequencer_replayable"


def replayable(engine: sa.Engine) -> sa.Engine:
    """The same database, for transactions a power cut may undo without harm, so their
    commit does not wait for the disk: the dispatcher's claims (a lost claim is claimed
    again) and its records of the provider's answer (a lost record leaves the send in
    doubt, and the provider's events settle it). The transaction that hands a send over
    must reach the disk before the provider is called, and it does: a durable commit
    writes out every commit before it too. A killed process loses neither kind."""
    return engine.execution_options(**{REPLAYABLE: True})


READS_ONLY = "sequencer_reads_only"


def reads_only(engine: sa.Engine) -> sa.Engine:
    """The same database, for transactions that only read (`status`): on SQLite they take
    no write lock (WAL gives them a snapshot), so a long report neither waits for the
    daemon's writes nor holds them back."""
    return engine.execution_options(**{READS_ONLY: True})


def _begin_immediate(connection: sa.Connection) -> None:
    # Every transaction takes SQLite's write lock at its start, not at its first write. A
    # transaction that reads a row and then writes it (claim, record, a webhook halting
    # someone) cannot then overwrite what another committed in between: the lost update
    # that FOR UPDATE prevents on PostgreSQL. Transactions are short, and the rest wait
    # their turn (busy_timeout). A transaction that only reads needs none of it.
    if connection.get_execution_options().get(READS_ONLY):
        connection.exec_driver_sql("BEGIN")
        return
    sync = "NORMAL" if connection.get_execution_options().get(REPLAYABLE) else "FULL"
    if connection.info.get("synchronous") != sync:  # a pooled connection keeps its setting
        connection.exec_driver_sql(f"PRAGMA synchronous={sync}")
        connection.info["synchronous"] = sync
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_postgresql(connection: sa.Connection) -> None:
    if connection.get_execution_options().get(REPLAYABLE):
        connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")


def _sqlite_pragmas(wait_seconds: float) -> Callable[[Any, Any], None]:
    def on_connect(connection: Any, _record: Any) -> None:
        # A busy timeout waits for a writer instead of failing at once; foreign keys are off
        # by default in SQLite; WAL lets readers (status, preview) work while the daemon
        # writes; secure_delete overwrites deleted rows with zeros, so a person forgotten at
        # their request is gone from the file (`store.erasure.scrub_files` empties the WAL).
        connection.isolation_level = None  # pysqlite's own BEGIN would come too late
        cursor = connection.cursor()
        busy = f"busy_timeout={round(wait_seconds * 1000)}"
        for pragma in (busy, "foreign_keys=ON", "secure_delete=ON"):
            cursor.execute(f"PRAGMA {pragma}")
        _switch_to_wal(cursor, wait_seconds)
        cursor.close()

    return on_connect


def _switch_to_wal(cursor: Any, wait_seconds: float) -> None:
    # WAL is stored in the file, so only the first connection to a new database switches it.
    # The switch needs the file to itself, and SQLite refuses it at once, without the busy
    # timeout, while another daemon starting at the same moment holds the write lock to
    # migrate: so ask again until that daemon is done.
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def alembic_config(connection: sa.Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


MIGRATION_LOCK = 7_263_411  # any number, the same in every daemon


def migrate(engine: sa.Engine) -> None:
    """The schema brought to the newest migration. A database already there (every start but
    the first after an upgrade) is told by its stored revision, without importing alembic."""
    if head_revision() is not None and stored_revisions(engine) == [head_revision()]:
        return
    from alembic import command

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several daemons starting at once: one migrates, the others wait, then find
            # nothing left to do. (SQLite's BEGIN IMMEDIATE already makes them take turns.)
            connection.execute(
                sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
            )
        command.upgrade(alembic_config(connection), "head")


def stored_revisions(engine: sa.Engine) -> list[str]:
    """The revisions alembic recorded in the database: none in a new one."""
    with reads_only(engine).connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return []
        return list(connection.scalars(sa.text("SELECT version_num FROM alembic_version")))


# `revision = "0012"` and `down_revision = "0011"` (or None) in a migration's file, as its
# template writes them, with or without a type and in either quotes.
_REVISION = re.compile(
    r"""^(down_)?revision(?:: [^=]+)? = (?:None|"([^"]*)"|'([^']*)')\s*$""", re.MULTILINE
)


@functools.cache
def head_revision() -> str | None:
    """The newest migration's revision, read from the files in migrations/versions as
    alembic would find it: the one no other revises. None when that is not one plain
    answer (a merge, a line written otherwise): then `migrate` asks alembic itself."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = {
            down: double or single
            for down, double, single in _REVISION.findall(path.read_text(encoding="utf-8"))
        }
        if not found.get("") or "down_" not in found:
            return None
        revisions.add(found[""])
        revised.add(found["down_"])
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None
