"""attendance and journal_entries: covering indexes for the Progress view's charts, so their counts and
means over years of history read only the index, and for the journal list's newest-first pages

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_attendance_chart", "attendance", ["status", "day", "event_id"])
    op.create_index("ix_journal_entries_chart", "journal_entries", ["day", "mood", "craving"])
    op.create_index("ix_journal_entries_order", "journal_entries", ["day", "created_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_journal_entries_order", table_name="journal_entries")
    op.drop_index("ix_journal_entries_chart", table_name="journal_entries")
    op.drop_index("ix_attendance_chart", table_name="attendance")
