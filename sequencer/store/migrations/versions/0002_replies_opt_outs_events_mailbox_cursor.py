"""replies, opt-outs, events, mailbox cursor

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 02:23:14.030143
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sequencer.store.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "mailboxcursor",
        sa.Column("mailbox", sa.String(), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("polled_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("mailbox"),
    )
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=True),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("send_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(), nullable=True),
        sa.Column("occurred_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("received_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("notified_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
        ),
        sa.ForeignKeyConstraint(
            ["send_id"],
            ["send.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_candidate_id"), ["candidate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_notified_at"), ["notified_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_send_id"), ["send_id"], unique=False)

    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email_undeliverable", sa.String(), nullable=True))

    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "not_before", sequencer.store.models.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.add_column(sa.Column("follow_on", sa.String(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "follow_on_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:

    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_column("follow_on_at")
        batch_op.drop_column("follow_on")
        batch_op.drop_column("not_before")

    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.drop_column("email_undeliverable")

    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_send_id"))
        batch_op.drop_index(batch_op.f("ix_event_notified_at"))
        batch_op.drop_index(batch_op.f("ix_event_kind"))
        batch_op.drop_index(batch_op.f("ix_event_candidate_id"))

    op.drop_table("event")
    op.drop_table("mailboxcursor")
