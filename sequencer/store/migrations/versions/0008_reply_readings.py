"""reply readings

What the reply understanding made of each reply (`inbound.intent`): label, confidence,
language, the date it names, the new text; and who decided what to do with it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 22:25:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sequencer.store.models

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    utc = sequencer.store.models.UTCDateTime(timezone=True)
    op.create_table(
        "replyreading",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("named_date", sa.Date(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("decided_at", utc, nullable=True),
        sa.Column("decided_by", sa.String(), nullable=True),
        sa.Column("decision", sa.String(), nullable=True),
        sa.Column("referred_email", sa.String(), nullable=True),
        sa.Column("referred_name", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"]),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_index("ix_replyreading_label", "replyreading", ["label"])
    op.create_index("ix_replyreading_decided_at", "replyreading", ["decided_at"])


def downgrade() -> None:
    op.drop_table("replyreading")
