"""`status` reads its tables through stand-ins that import no models (`status_tables`): each
must name what the models do, so that a renamed column, a changed type or a new kind of
event cannot make status read the wrong thing, or miss it, without a test saying so."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

import sequencer.store.models  # noqa: F401  (every table in SQLModel.metadata)
from sequencer.reports import status_tables
from sequencer.reports.event_kinds import OUTSIDE
from sequencer.store.models import EventKind, SendStatus, UTCDateTime
from sequencer.store.notices import PREFIX


def test_each_stand_in_column_is_its_models_column_read_as_the_same_python_type() -> None:
    models = SQLModel.metadata.tables
    for stand_in in status_tables.TABLES:
        table = models[stand_in.name]
        for column in stand_in.c:
            model = table.c[column.key]
            where = f"{stand_in.name}.{column.key}"
            assert _read_as(column.type) is _read_as(model.type), where
            # A time is read as `utc_text` (`status_rows._columns`) exactly when the model
            # keeps it as a UTC time.
            is_time = isinstance(model.type, UTCDateTime)
            assert isinstance(column.type, sa.DateTime) == is_time, where


def test_the_kinds_and_states_status_looks_for_are_the_models() -> None:
    kinds = {kind.value for kind in EventKind}
    for named in (status_tables.SHOWN, status_tables.DELIVERY, status_tables.CAME_BACK):
        assert set(named) <= kinds
    assert tuple(kind.value for kind in OUTSIDE) == status_tables.OUTSIDE
    assert EventKind.CALL == status_tables.CALL
    assert SendStatus.SENDING == status_tables.SENDING
    assert SendStatus.WAITING == status_tables.WAITING
    assert PREFIX == status_tables.NOTICE_BACKOFF


def _read_as(column_type: Any) -> type:
    """The Python type a column's values are read as (a decorated type's, its base's)."""
    if isinstance(column_type, sa.TypeDecorator):
        column_type = column_type.impl_instance
    return column_type.python_type  # type: ignore[no-any-return]
