"""check-back: the day a person asked to hear back, and when they asked

A not-now pauses an enrollment until the day they named; on that day the sequence's
check_back goes out instead of the step they were at (engine.enrollment).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 01:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sequencer.store.models

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    utc = sequencer.store.models.UTCDateTime(timezone=True)
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("check_back_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("check_back_asked_at", utc, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_column("check_back_asked_at")
        batch_op.drop_column("check_back_on")
