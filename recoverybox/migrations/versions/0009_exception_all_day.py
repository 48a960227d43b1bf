"""event_exceptions: an occurrence changed between all-day and timed (``all_day``), and an index on where
changed occurrences now start, so one moved outside its series' span is still found

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_exceptions") as batch_op:
        batch_op.add_column(sa.Column("all_day", sa.Boolean(), nullable=True))
    op.create_index("ix_event_exceptions_moved", "event_exceptions", ["start_local"])


def downgrade() -> None:
    op.drop_index("ix_event_exceptions_moved", table_name="event_exceptions")
    with op.batch_alter_table("event_exceptions") as batch_op:
        batch_op.drop_column("all_day")
