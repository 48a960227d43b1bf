"""goal_weeks and goal_runs: stored goal aggregates, filled from the existing check-ins and attendance

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "goal_weeks",
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("monday", sa.Date(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("days_done", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goals.id"], name=op.f("fk_goal_weeks_goal_id_goals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("goal_id", "monday", name=op.f("pk_goal_weeks")),
    )
    op.create_table(
        "goal_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goals.id"], name=op.f("fk_goal_runs_goal_id_goals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_runs")),
    )
    op.create_index("ix_goal_runs_goal_last", "goal_runs", ["goal_id", "last_day"])
    op.create_index("ix_goal_runs_goal_length", "goal_runs", ["goal_id", "length"])
    # Fill them for the data already there, with the same code that keeps them in step afterwards.
    from recoverybox.core.goals.aggregates import rebuild_all

    rebuild_all(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_goal_runs_goal_length", table_name="goal_runs")
    op.drop_index("ix_goal_runs_goal_last", table_name="goal_runs")
    op.drop_table("goal_runs")
    op.drop_table("goal_weeks")
