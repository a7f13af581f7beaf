"""sender pace

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 03:23:55.437483
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sequencer.store.models

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "senderpace",
        sa.Column("sender", sa.String(), nullable=False),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("next_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("sender"),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("slot_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_column("slot_at")
    op.drop_table("senderpace")
