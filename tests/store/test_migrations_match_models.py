"""The migrations build exactly the tables the models describe: a column added to a model
without its migration (or the other way round) would work in tests that create tables from
the models and fail on a real database upgraded by `migrate`."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import sequencer.store.models  # noqa: F401  (the tables, registered on SQLModel.metadata)
from sequencer.store.database import engine_for, migrate


def test_a_migrated_database_has_every_table_and_column_the_models_name(tmp_path: Path) -> None:
    engine = engine_for(f"sqlite:///{tmp_path / 'upgraded.db'}")
    migrate(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []
