"""meeting_lists and meeting_links: meeting lists a person loaded, and the events added from them

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_lists",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", sa.String(1000), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("fellowship", sa.String(20), nullable=True),
        sa.Column("form", sa.String(10), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.Column("meetings", sa.Text(40_000_000), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("problems", sa.Text(40_000_000), nullable=False),
        sa.Column("by_appointment", sa.Integer(), nullable=False),
    )
    op.create_table(
        "meeting_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, unique=True
        ),
        sa.Column(
            "list_id", sa.Integer(), sa.ForeignKey("meeting_lists.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("slug", sa.String(300), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("notes_made", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("meeting_links")
    op.drop_table("meeting_lists")
