"""re-enrollment blocks, needs attention, erasures, consent history

Who may not be enrolled again and until when; what only the recruiter can settle; keyed
hashes of people erased at their request; where each consent came from.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 01:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sequencer.store.models

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    utc = sequencer.store.models.UTCDateTime(timezone=True)
    op.create_table(
        "reenrollmentblock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("until", utc, nullable=True),
        sa.Column("lifted_at", utc, nullable=True),
        sa.Column("lifted_by", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidate.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_reenrollmentblock_candidate_id", "reenrollmentblock", ["candidate_id"], unique=False
    )
    op.create_table(
        "attention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("resolved_at", utc, nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidate.id"]),
        sa.ForeignKeyConstraint(["enrollment_id"], ["enrollment.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_attention_candidate_id", "attention", ["candidate_id"], unique=False)
    op.create_index("ix_attention_enrollment_id", "attention", ["enrollment_id"], unique=False)
    op.create_index("ix_attention_resolved_at", "attention", ["resolved_at"], unique=False)
    op.create_table(
        "erasure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.Column("erased_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_erasure_digest", "erasure", ["digest"], unique=True)
    op.create_table(
        "consentchange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("at", utc, nullable=False),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidate.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_consentchange_candidate_id", "consentchange", ["candidate_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_consentchange_candidate_id", table_name="consentchange")
    op.drop_table("consentchange")
    op.drop_index("ix_erasure_digest", table_name="erasure")
    op.drop_table("erasure")
    op.drop_index("ix_attention_resolved_at", table_name="attention")
    op.drop_index("ix_attention_enrollment_id", table_name="attention")
    op.drop_index("ix_attention_candidate_id", table_name="attention")
    op.drop_table("attention")
    op.drop_index("ix_reenrollmentblock_candidate_id", table_name="reenrollmentblock")
    op.drop_table("reenrollmentblock")
