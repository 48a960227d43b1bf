"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 01:47:54.848775
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("best_times", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("fellowship", sa.String(length=20), nullable=True),
        sa.Column("location", sa.String(length=500), nullable=True),
        sa.Column("online_url", sa.String(length=500), nullable=True),
        sa.Column("tz", sa.String(length=64), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("start_local", sa.DateTime(), nullable=False),
        sa.Column("end_local", sa.DateTime(), nullable=False),
        sa.Column("start_utc", sa.DateTime(), nullable=False),
        sa.Column("end_utc", sa.DateTime(), nullable=False),
        sa.Column("rrule", sa.Text(), nullable=True),
        sa.Column("series_end_utc", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("uid", name=op.f("uq_events_uid")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_range", ["start_utc", "series_end_utc"], unique=False)

    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("area", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("linked_event_kind", sa.String(length=20), nullable=True),
        sa.Column("remind_at", sa.String(length=5), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("paused_on", sa.Date(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('daily', 'weekly_count', 'measured')", name=op.f("ck_goals_kind")),
        sa.CheckConstraint("status IN ('active', 'paused', 'archived')", name=op.f("ck_goals_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("craving", sa.Integer(), nullable=True),
        sa.Column("hungry", sa.Boolean(), nullable=False),
        sa.Column("angry", sa.Boolean(), nullable=False),
        sa.Column("lonely", sa.Boolean(), nullable=False),
        sa.Column("tired", sa.Boolean(), nullable=False),
        sa.Column("gratitude", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.CheckConstraint("craving IS NULL OR craving BETWEEN 0 AND 10", name=op.f("ck_journal_entries_craving")),
        sa.CheckConstraint("mood IS NULL OR mood BETWEEN 1 AND 10", name=op.f("ck_journal_entries_mood")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entries")),
    )
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_entries_day"), ["day"], unique=False)

    op.create_table(
        "reminder_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reminder_key", sa.String(length=100), nullable=False),
        sa.Column("due_utc", sa.DateTime(), nullable=False),
        sa.Column("shown_at", sa.DateTime(), nullable=True),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("snooze_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_log")),
        sa.UniqueConstraint("reminder_key", "due_utc", name=op.f("uq_reminder_log_reminder_key")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "sobriety_clocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("daily_cost", sa.Float(), nullable=True),
        sa.Column("daily_minutes", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sobriety_clocks")),
    )
    op.create_table(
        "triggers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80, collation="NOCASE"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_triggers")),
        sa.UniqueConstraint("name", name=op.f("uq_triggers_name")),
    )
    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("original_start_local", sa.DateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.CheckConstraint("status IN ('attended', 'missed')", name=op.f("ck_attendance_status")),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_attendance_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("event_id", "original_start_local", name=op.f("uq_attendance_event_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_event_id"), ["event_id"], unique=False)

    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goals.id"], name=op.f("fk_check_ins_goal_id_goals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
        sa.UniqueConstraint("goal_id", "day", name=op.f("uq_check_ins_goal_id")),
    )
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_check_ins_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "event_exceptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("original_start_local", sa.DateTime(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("start_local", sa.DateTime(), nullable=True),
        sa.Column("end_local", sa.DateTime(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_exceptions_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_exceptions")),
        sa.UniqueConstraint("event_id", "original_start_local", name=op.f("uq_event_exceptions_event_id")),
    )
    with op.batch_alter_table("event_exceptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_exceptions_event_id"), ["event_id"], unique=False)

    op.create_table(
        "journal_entry_triggers",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("trigger_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entries.id"],
            name=op.f("fk_journal_entry_triggers_entry_id_journal_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trigger_id"],
            ["triggers.id"],
            name=op.f("fk_journal_entry_triggers_trigger_id_triggers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "trigger_id", name=op.f("pk_journal_entry_triggers")),
    )
    with op.batch_alter_table("journal_entry_triggers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_entry_triggers_trigger_id"), ["trigger_id"], unique=False)

    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("offset_minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("offset_minutes BETWEEN 0 AND 10080", name=op.f("ck_reminders_offset")),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_reminders_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders")),
        sa.UniqueConstraint("event_id", "offset_minutes", name=op.f("uq_reminders_event_id")),
    )
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminders_event_id"), ["event_id"], unique=False)

    op.create_table(
        "sobriety_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clock_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("started_time", sa.String(length=5), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clock_id"],
            ["sobriety_clocks.id"],
            name=op.f("fk_sobriety_periods_clock_id_sobriety_clocks"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sobriety_periods")),
    )
    with op.batch_alter_table("sobriety_periods", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sobriety_periods_clock_id"), ["clock_id"], unique=False)

    op.create_table(
        "milestone_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("celebrated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["sobriety_periods.id"],
            name=op.f("fk_milestone_log_period_id_sobriety_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone_log")),
        sa.UniqueConstraint("period_id", "days", name=op.f("uq_milestone_log_period_id")),
    )
    with op.batch_alter_table("milestone_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestone_log_period_id"), ["period_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("milestone_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_log_period_id"))

    op.drop_table("milestone_log")
    with op.batch_alter_table("sobriety_periods", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sobriety_periods_clock_id"))

    op.drop_table("sobriety_periods")
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminders_event_id"))

    op.drop_table("reminders")
    with op.batch_alter_table("journal_entry_triggers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entry_triggers_trigger_id"))

    op.drop_table("journal_entry_triggers")
    with op.batch_alter_table("event_exceptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_exceptions_event_id"))

    op.drop_table("event_exceptions")
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_ins_goal_id"))

    op.drop_table("check_ins")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_event_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_day"))

    op.drop_table("attendance")
    op.drop_table("triggers")
    op.drop_table("sobriety_clocks")
    op.drop_table("settings")
    op.drop_table("reminder_log")
    with op.batch_alter_table("journal_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entries_day"))

    op.drop_table("journal_entries")
    op.drop_table("goals")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_range")

    op.drop_table("events")
    op.drop_table("contacts")
