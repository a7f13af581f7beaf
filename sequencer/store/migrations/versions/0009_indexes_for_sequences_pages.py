"""indexes for the Sequences pages

The Sequences pages count people per sequence, version and state, for everyone or for one
recruiter's people. Without these, the count reads every enrollment row; each index holds
every column the count reads, so it never visits the table.

The funnel remembers its counts per block of send ids and checks each block's sends sent
(`reports.funnel._stamps`): PostgreSQL reads those from (status, id) alone, where with the
status index it visits every send of the block (7 ms a block of 8,192 instead of 1 ms).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 23:40:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_enrollment_sequence_version_status": (
        "enrollment",
        ["sequence_name", "sequence_version", "status"],
    ),
    "ix_enrollment_owner_sequence_version_status": (
        "enrollment",
        ["owner", "sequence_name", "sequence_version", "status"],
    ),
    "ix_send_status_id": ("send", ["status", "id"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _) in reversed(INDEXES.items()):
        op.drop_index(name, table_name=table)
