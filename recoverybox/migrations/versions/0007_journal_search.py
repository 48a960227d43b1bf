"""journal_fts: an SQLite FTS5 index of the journal, filled from the entries already there

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from recoverybox.core.journal import search as journal_search

    journal_search.create(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS journal_fts")
