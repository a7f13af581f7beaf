"""The database: engine, schema migrations, and the few named queries the rest uses.

SQLite by default (a file in the working directory, WAL so the daemon and the CLI can share it);
the same code runs on PostgreSQL (`SEQUENCER_DATABASE_URL=postgresql+psycopg://...`).
"""

from __future__ import annotations

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
    migrate(engine)
    return engine


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    # WAL lets readers (status, preview) work while the daemon writes; foreign keys are off by
    # default in SQLite; a busy timeout waits for a writer instead of failing at once.
    cursor = connection.cursor()
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "busy_timeout=5000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def alembic_config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: sa.Engine) -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
