"""urges, plan, favourites, review rating

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 02:37:44.765280
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "favourite_reflections",
        sa.Column("reflection_id", sa.Integer(), nullable=False),
        sa.Column("starred_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("reflection_id", name=op.f("pk_favourite_reflections")),
    )
    op.create_table(
        "plan_sections",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_plan_sections")),
    )
    op.create_table(
        "urges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=False),
        sa.Column("trigger", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("helped", sa.Text(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.CheckConstraint("intensity BETWEEN 0 AND 10", name=op.f("ck_urges_intensity")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_urges")),
    )
    with op.batch_alter_table("urges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_urges_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_urges_day"), ["day"], unique=False)

    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rating", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reflection_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.drop_column("reflection_id")
        batch_op.drop_column("rating")

    with op.batch_alter_table("urges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_urges_day"))
        batch_op.drop_index(batch_op.f("ix_urges_at"))

    op.drop_table("urges")
    op.drop_table("plan_sections")
    op.drop_table("favourite_reflections")
