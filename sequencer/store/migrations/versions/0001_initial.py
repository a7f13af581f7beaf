"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 01:39:25.007954
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sequencer.store.models

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("first_name", sa.String(), nullable=True),
        sa.Column("last_name", sa.String(), nullable=True),
        sa.Column("timezone", sa.String(), nullable=True),
        sa.Column("linkedin_url", sa.String(), nullable=True),
        sa.Column("company", sa.String(), nullable=True),
        sa.Column("current_company_domain", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("preferred_channel", sa.String(), nullable=True),
        sa.Column("sms_consent", sa.Boolean(), nullable=False),
        sa.Column("call_consent", sa.Boolean(), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("state", sa.String(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("updated_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_candidate_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidate_key"), ["key"], unique=True)
        batch_op.create_index(batch_op.f("ix_candidate_phone"), ["phone"], unique=False)

    op.create_table(
        "sequenceversion",
        sa.Column("version", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("templates", sa.JSON(), nullable=False),
        sa.Column("created_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("version"),
    )
    with op.batch_alter_table("sequenceversion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sequenceversion_name"), ["name"], unique=False)

    op.create_table(
        "suppression",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("created_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("suppression", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suppression_address"), ["address"], unique=True)

    op.create_table(
        "enrollment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("sequence_name", sa.String(), nullable=False),
        sa.Column("sequence_version", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("status_reason", sa.String(), nullable=True),
        sa.Column("started_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("next_step", sa.Integer(), nullable=False),
        sa.Column("next_due_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "last_touch_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("touches_sent", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
        ),
        sa.ForeignKeyConstraint(
            ["sequence_version"],
            ["sequenceversion.version"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enrollment_candidate_id"), ["candidate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_enrollment_next_due_at"), ["next_due_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_enrollment_sequence_name"), ["sequence_name"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_enrollment_status"), ["status"], unique=False)

    op.create_table(
        "send",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=True),
        sa.Column("to", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("provider", sa.String(), nullable=True),
        sa.Column("provider_id", sa.String(), nullable=True),
        sa.Column("message_id", sa.String(), nullable=True),
        sa.Column("subject", sa.String(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("enrollment_id", "step_id"),
    )
    with op.batch_alter_table("send", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_send_enrollment_id"), ["enrollment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_send_message_id"), ["message_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_send_provider_id"), ["provider_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_send_status"), ["status"], unique=False)

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("send_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("to", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("created_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_at", sequencer.store.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["send_id"],
            ["send.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("send_id"),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_status"), ["status"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_status"))

    op.drop_table("task")
    with op.batch_alter_table("send", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_send_status"))
        batch_op.drop_index(batch_op.f("ix_send_provider_id"))
        batch_op.drop_index(batch_op.f("ix_send_message_id"))
        batch_op.drop_index(batch_op.f("ix_send_enrollment_id"))

    op.drop_table("send")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_status"))
        batch_op.drop_index(batch_op.f("ix_enrollment_sequence_name"))
        batch_op.drop_index(batch_op.f("ix_enrollment_next_due_at"))
        batch_op.drop_index(batch_op.f("ix_enrollment_candidate_id"))

    op.drop_table("enrollment")
    with op.batch_alter_table("suppression", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suppression_address"))

    op.drop_table("suppression")
    with op.batch_alter_table("sequenceversion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sequenceversion_name"))

    op.drop_table("sequenceversion")
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_candidate_phone"))
        batch_op.drop_index(batch_op.f("ix_candidate_key"))
        batch_op.drop_index(batch_op.f("ix_candidate_email"))

    op.drop_table("candidate")
