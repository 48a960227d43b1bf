"""check_ins: an index on day, for range queries and "since when" (the Progress view's "all" range)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("check_ins") as batch:
        batch.create_index("ix_check_ins_day", ["day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("check_ins") as batch:
        batch.drop_index("ix_check_ins_day")
