"""Full-text search of the journal with SQLite FTS5: words in an entry's text, gratitude or trigger names.

``journal_fts`` holds one row per entry (rowid = the entry's id), kept in step by session events in the
same transaction as the entry; bulk inserts (the demo, a JSON import) call ``rebuild``. Its tokenizer folds
case and accents, so "cafe" finds "Café". Each word typed matches a word that starts with it.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, TextClause, event, select, text
from sqlalchemy.orm import Session, sessionmaker

from recoverybox.core.storage.models import JournalEntry, Trigger, journal_entry_triggers

TABLE = "journal_fts"
CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "text, gratitude, triggers, tokenize = 'unicode61 remove_diacritics 2')"
)
INSERT = text(f"INSERT INTO {TABLE} (rowid, text, gratitude, triggers) VALUES (:id, :text, :gratitude, :triggers)")
MARK_START, MARK_END = "\x02", "\x03"  # around each matched word in a snippet
WORD = re.compile(r"\w+", re.UNICODE)


def create(conn: Connection) -> None:
    """Make the index (if missing) and fill it from the entries already there."""
    conn.exec_driver_sql(CREATE)
    rebuild(conn)


def rebuild(conn: Connection) -> None:
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    names = (
        select(journal_entry_triggers.c.entry_id, Trigger.name)
        .join(Trigger, Trigger.id == journal_entry_triggers.c.trigger_id)
        .order_by(journal_entry_triggers.c.entry_id)
    )
    triggers: dict[int, list[str]] = {}
    for entry_id, name in conn.execute(names):
        triggers.setdefault(entry_id, []).append(name)
    rows = [
        {
            "id": entry_id,
            "text": body or "",
            "gratitude": gratitude or "",
            "triggers": " ".join(triggers.get(entry_id, [])),
        }
        for entry_id, body, gratitude in conn.execute(
            select(JournalEntry.id, JournalEntry.text, JournalEntry.gratitude)
        )
    ]
    if rows:
        conn.execute(
            INSERT,
            rows,
        )


def match_query(search: str) -> str | None:
    """An FTS5 query for what a person typed: every word, each as a prefix; None if it holds no word.

    Each word is quoted, so FTS5's own syntax (AND, NEAR, quotes, *) typed by a person is only text."""
    words = WORD.findall(search)
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def matching_ids(search: str) -> TextClause | None:
    """A SELECT of the ids of entries matching ``search`` (for ``IN``); None when nothing can match."""
    query = match_query(search)
    if query is None:
        return None
    return text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :query").bindparams(query=query)


def snippets(session: Session, search: str, ids: list[int]) -> dict[int, str]:
    """{entry id: a short extract around the match, each matched word between MARK_START and MARK_END}."""
    query = match_query(search)
    if query is None or not ids:
        return {}
    rows = session.execute(
        text(
            f"SELECT rowid, snippet({TABLE}, -1, :start, :end, '…', 6) FROM {TABLE} "
            f"WHERE {TABLE} MATCH :query AND rowid IN ({','.join(str(int(i)) for i in ids)})"
        ),
        {"start": MARK_START, "end": MARK_END, "query": query},
    )
    return dict(rows.all())


# ---- kept in step with the entries ---------------------------------------------------------------------
def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "after_flush", _after_flush)


def _after_flush(session: Session, _context: object) -> None:
    changed = [obj for obj in (*session.new, *session.dirty) if isinstance(obj, JournalEntry)]
    gone = [obj.id for obj in session.deleted if isinstance(obj, JournalEntry) and obj.id is not None]
    if not changed and not gone:
        return
    conn = session.connection()
    for entry_id in gone + [obj.id for obj in changed]:
        conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :id"), {"id": entry_id})
    for obj in changed:
        conn.execute(
            INSERT,
            {
                "id": obj.id,
                "text": obj.text or "",
                "gratitude": obj.gratitude or "",
                "triggers": " ".join(t.name for t in obj.triggers),
            },
        )
