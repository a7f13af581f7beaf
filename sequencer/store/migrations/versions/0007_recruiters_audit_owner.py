"""recruiters, sign-in failures, the audit log, and who owns an enrollment

The web app (`sequencer.web`) signs recruiters in (`recruiter`, argon2id hashes only),
slows down guessing (`loginfailure`, shared by every daemon), writes every action to
`auditentry`, and shows each recruiter their own people first (`enrollment.owner`).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 22:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import sequencer.store.models

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    utc = sequencer.store.models.UTCDateTime(timezone=True)
    op.create_table(
        "recruiter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("password_hash", sa.String(), nullable=False),
        sa.Column("admin", sa.Boolean(), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_recruiter_email", "recruiter", ["email"], unique=True)
    op.create_table(
        "loginfailure",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_at", utc, nullable=False),
        sa.Column("locked_until", utc, nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "auditentry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", utc, nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidate.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_auditentry_at", "auditentry", ["at"])
    op.create_index("ix_auditentry_candidate_id", "auditentry", ["candidate_id"])
    with op.batch_alter_table("enrollment") as batch:
        batch.add_column(sa.Column("owner", sa.String(), nullable=True))
        batch.create_index("ix_enrollment_owner", ["owner"])


def downgrade() -> None:
    with op.batch_alter_table("enrollment") as batch:
        batch.drop_index("ix_enrollment_owner")
        batch.drop_column("owner")
    op.drop_table("auditentry")
    op.drop_table("loginfailure")
    op.drop_table("recruiter")
