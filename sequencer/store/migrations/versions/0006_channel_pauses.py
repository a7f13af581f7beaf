"""channel pauses

A provider that refuses our account (SendGrid 401/403, Twilio 20003, an SMTP login refused)
pauses that channel for every worker until a test call succeeds, instead of failing every
due step (`store.pauses`).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-09 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sequencer.store.models

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    utc = sequencer.store.models.UTCDateTime(timezone=True)
    op.create_table(
        "channelpause",
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("since", utc, nullable=False),
        sa.Column("next_check_at", utc, nullable=False),
        sa.Column("checks", sa.Integer(), nullable=False),
        sa.Column("lifted_at", utc, nullable=True),
        sa.PrimaryKeyConstraint("channel"),
    )


def downgrade() -> None:
    op.drop_table("channelpause")
