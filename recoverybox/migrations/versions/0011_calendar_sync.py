"""calendar sync: the account, each event's resource on the server, and the queue of local changes (kept by
triggers, so every way an event changes, from the views, an import, a restore or the command line, is queued);
events.conflict_of marks a conflict copy

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# (An upsert from a SELECT needs its WHERE, even "WHERE 1", so that its ON is not read as a join's.)
QUEUE = (
    "INSERT INTO sync_queue (uid, seq) SELECT {uid}, 1 {source} WHERE {where} "
    "ON CONFLICT (uid) DO UPDATE SET seq = seq + 1"
)
WHEN = "WHEN EXISTS (SELECT 1 FROM sync_account)"
TRIGGERS = {
    # An event itself: its UID, new and (when a UID changes, or on delete) old.
    "sync_event_insert": f"AFTER INSERT ON events {WHEN} BEGIN {QUEUE.format(uid='NEW.uid', source='', where=1)}; END",
    "sync_event_update": f"AFTER UPDATE ON events {WHEN} BEGIN {QUEUE.format(uid='NEW.uid', source='', where=1)}; "
    f"{QUEUE.format(uid='OLD.uid', source='', where='OLD.uid != NEW.uid')}; END",
    "sync_event_delete": f"AFTER DELETE ON events {WHEN} BEGIN {QUEUE.format(uid='OLD.uid', source='', where=1)}; END",
}
for table in ("event_exceptions", "reminders"):  # a changed occurrence or reminder changes its event
    for change, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        queue = QUEUE.format(uid="events.uid", source="FROM events", where=f"events.id = {row}.event_id")
        TRIGGERS[f"sync_{table}_{change}"] = f"AFTER {change.upper()} ON {table} {WHEN} BEGIN {queue}; END"


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("conflict_of", sa.String(255), nullable=True))
    op.create_table(
        "sync_account",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("server_url", sa.String(1000), nullable=False),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("calendar_url", sa.String(1000), nullable=False),
        sa.Column("calendar_name", sa.String(200), nullable=False),
        sa.Column("sync_token", sa.String(1000), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
    )
    op.create_table(
        "sync_resources",
        sa.Column("uid", sa.String(255), primary_key=True),
        sa.Column("href", sa.String(1000), nullable=False, unique=True),
        sa.Column("etag", sa.String(300), nullable=True),
        sa.Column("fingerprint", sa.String(64), nullable=True),
    )
    op.create_table(
        "sync_queue",
        sa.Column("uid", sa.String(255), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("sync_queue")
    op.drop_table("sync_resources")
    op.drop_table("sync_account")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("conflict_of")
