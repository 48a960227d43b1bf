"""Export everything (JSON with a versioned schema, CSV a table) and import a JSON export into an empty store."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, func, insert, select

from recoverybox import __version__
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.base.work import Report, tell
from recoverybox.core.storage.files import write_text_whole, write_whole
from recoverybox.core.storage.models import stored_tables
from recoverybox.migrations import HEAD

if TYPE_CHECKING:
    from recoverybox.core.storage.db import Database

FORMAT = "recoverybox-export"
FORMAT_VERSION = 1


def _encode(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def export_data(db: Database, report: Report | None = None) -> dict[str, Any]:
    """Every table's rows, in a stable order, with the format and schema versions."""
    tables: dict[str, list[dict[str, object]]] = {}
    every = stored_tables()
    with db.engine.connect() as conn:
        for done, table in enumerate(every):
            tell(report, done, len(every))
            order = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(select(table).order_by(*order)).mappings().all()
            tables[table.name] = [{key: _encode(value) for key, value in row.items()} for row in rows]
    return {"format": FORMAT, "version": FORMAT_VERSION, "schema": HEAD, "app_version": __version__, "tables": tables}


def write_json(db: Database, directory: Path, report: Report | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    return write_text_whole(
        directory / "recoverybox-export.json", json.dumps(export_data(db, report), ensure_ascii=False, indent=1)
    )


def write_everything(db: Database, directory: Path, report: Report | None = None) -> None:
    """The JSON export in ``directory`` and the CSV tables in ``directory/csv`` (File › Export all)."""
    write_json(db, directory, lambda done, total: tell(report, done, 2 * total))
    write_csv(db, directory / "csv", lambda done, total: tell(report, total + done, 2 * total))
    tell(report, 1, 1)


def write_csv(db: Database, directory: Path, report: Report | None = None) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    data = export_data(db, report)
    for table in stored_tables():

        def write(temp: Path, table: Table = table) -> None:
            with open(temp, "w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=[c.name for c in table.columns])
                writer.writeheader()
                writer.writerows(data["tables"][table.name])

        written.append(write_whole(directory / f"{table.name}.csv", write))
    return written


MAX_IMPORT_BYTES = 256 * 1024 * 1024


def import_json(db: Database, path: Path, report: Report | None = None) -> dict[str, int]:
    """Load an export into an empty database, all or nothing, every row checked first. Returns rows per table."""
    from sqlalchemy.exc import IntegrityError

    from recoverybox.core.export.import_checks import checked_tables, load_payload

    try:
        size = Path(path).stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP("errors", "This file is {value} MB, far larger than any export of ours."),
                value=size // 2**20,
            )
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("errors", "This export cannot be read ({exc})."), exc=exc
        ) from None
    payload = load_payload(text)
    if payload.get("format") != FORMAT:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "This is not a RecoveryBox export file."))
    if payload.get("version") != FORMAT_VERSION:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors",
                "This export was made by a newer RecoveryBox. Please update the app first.",
            ),
        )
    tables = checked_tables(payload)
    with db.engine.connect() as conn:
        if any(
            conn.execute(select(func.count()).select_from(t)).scalar() for t in stored_tables() if t.name != "settings"
        ):
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Import into an empty data folder only, so nothing is mixed or overwritten.",
                ),
            )
    counts = {}
    try:
        with db.engine.begin() as conn:
            every = stored_tables()
            for done, table in enumerate(every):
                tell(report, done, len(every))
                rows = tables[table.name]
                if table.name == "settings":
                    conn.execute(table.delete())
                if rows:
                    conn.execute(insert(table), rows)
                counts[table.name] = len(rows)
            from recoverybox.core.goals.aggregates import rebuild_all

            rebuild_all(conn)
            from recoverybox.core.journal import search as journal_search

            journal_search.rebuild(conn)
            tell(report, len(every), len(every))
    except IntegrityError as exc:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors",
                "{name}: some rows repeat a unique value or refer to rows that are not there ({orig}).",
            ),
            name=table.name,
            orig=exc.orig,
        ) from None
    return counts
