"""send body

The words of each message as they were rendered and handed over (`Send.body`, and a
voicemail's `Send.script`), so a person's export (`sequencer export-person`) shows every
message sent to them in full: the providers keep no copy we can read back, and the outbox
holds only what it sent in development.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 01:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("send", sa.Column("body", sa.String(), nullable=True))
    op.add_column("send", sa.Column("script", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("send") as batch:
        batch.drop_column("script")
        batch.drop_column("body")
