"""events.sync_deleted_at: an event a calendar sync found deleted on the server is kept here, out of sight, with
its attendance and the rest of its local history, until the person brings it back (never deleted by a sync)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (not a batch copy of the table): the sync queue's triggers on events stay as they are.
    op.add_column("events", sa.Column("sync_deleted_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("sync_deleted_at")
