"""The databases tests run on: a SQLite file, or a schema of its own on the local PostgreSQL."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def postgres_up() -> bool:
    try:
        with sa.create_engine(PG_SERVER).connect():
            return True
    except sa.exc.OperationalError:
        return False


def start_postgres() -> None:
    """The project's machines run PostgreSQL; start it if a previous run stopped it."""
    versions = sorted(Path("/etc/postgresql").glob("*")) if Path("/etc/postgresql").is_dir() else []
    for version in versions:
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version.name, "main", "start"],
            check=False,
            capture_output=True,
        )


@contextmanager
def postgres_schema() -> Iterator[str]:
    """The URL of a fresh, empty schema, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_SERVER)
    with admin.begin() as connection:
        connection.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        # Commits don't wait for the server's disk (each would, ~2-5 ms): losing the last
        # commits when the *server* crashes is not what any test checks, and the project's
        # own code sets nothing that this changes. `-c` is libpq's per-session setting.
        yield f"{PG_SERVER}?options=-csearch_path%3D{schema}%20-csynchronous_commit%3Doff"
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
