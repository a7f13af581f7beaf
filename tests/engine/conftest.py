"""The engine's tests need no database file: SQLite in memory (`engine_for("sqlite://")`
keeps one database per thread, and these tests run in one), PostgreSQL as everywhere else."""

from __future__ import annotations

import pytest


@pytest.fixture
def database_url(database_url: str) -> str:
    return "sqlite://" if database_url.startswith("sqlite") else database_url
