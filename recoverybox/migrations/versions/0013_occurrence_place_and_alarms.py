"""event_exceptions.location and .reminders: a changed occurrence's own place, and its own alarms (minutes
before, comma-separated; NULL: the series' place and reminders), as calendar files give them

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (not a batch copy of the table): the sync queue's triggers on the table stay as they are.
    op.add_column("event_exceptions", sa.Column("location", sa.String(500), nullable=True))
    op.add_column("event_exceptions", sa.Column("reminders", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event_exceptions") as batch:
        batch.drop_column("reminders")
        batch.drop_column("location")
