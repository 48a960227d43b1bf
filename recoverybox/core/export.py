"""Export everything (JSON with a versioned schema, CSV a table) and import a JSON export into an empty store."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, func, insert, select

from recoverybox import __version__
from recoverybox.core.files import write_text_whole, write_whole
from recoverybox.core.models import Base, UTCDateTime
from recoverybox.core.validation import ValidationError
from recoverybox.migrations import HEAD

FORMAT = "recoverybox-export"
FORMAT_VERSION = 1


def _encode(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _decode(column, value):
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        moment = datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def export_data(db) -> dict:
    """Every table's rows, in a stable order, with the format and schema versions."""
    tables = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(select(table).order_by(*order)).mappings().all()
            tables[table.name] = [{key: _encode(value) for key, value in row.items()} for row in rows]
    return {"format": FORMAT, "version": FORMAT_VERSION, "schema": HEAD, "app_version": __version__, "tables": tables}


def write_json(db, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    return write_text_whole(
        directory / "recoverybox-export.json", json.dumps(export_data(db), ensure_ascii=False, indent=1)
    )


def write_csv(db, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    data = export_data(db)
    for table in Base.metadata.sorted_tables:

        def write(temp: Path, table=table) -> None:
            with open(temp, "w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=[c.name for c in table.columns])
                writer.writeheader()
                writer.writerows(data["tables"][table.name])

        written.append(write_whole(directory / f"{table.name}.csv", write))
    return written


def import_json(db, path: Path) -> dict[str, int]:
    """Load an export into an empty database, all in one transaction. Returns rows per table."""
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError("file", f"This export cannot be read ({exc}).") from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ValidationError("file", "This is not a RecoveryBox export file.")
    if payload.get("version") != FORMAT_VERSION:
        raise ValidationError("file", "This export was made by a newer RecoveryBox. Please update the app first.")
    with db.engine.connect() as conn:
        if any(
            conn.execute(select(func.count()).select_from(t)).scalar()
            for t in Base.metadata.sorted_tables
            if t.name != "settings"
        ):
            raise ValidationError("file", "Import into an empty data folder only, so nothing is mixed or overwritten.")
    counts = {}
    tables = payload.get("tables", {})
    with db.engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            rows = tables.get(table.name, [])
            if table.name == "settings":
                conn.execute(table.delete())
            columns = {c.name: c for c in table.columns}
            clean = []
            for number, row in enumerate(rows, start=1):
                unknown = set(row) - set(columns)
                if unknown:
                    raise ValidationError("file", f"The export has unknown columns in {table.name}: {sorted(unknown)}.")
                if table.name == "settings":
                    _check_setting_row(number, row)
                clean.append({name: _decode(columns[name], value) for name, value in row.items()})
            if clean:
                conn.execute(insert(table), clean)
            counts[table.name] = len(clean)
    return counts


def _check_setting_row(number: int, row: dict) -> None:
    """A setting from a file is held to the same rules as one chosen in the Settings dialog."""
    from recoverybox.core.settings import check_setting

    key = row.get("key")
    try:
        value = json.loads(row.get("value"))
    except (TypeError, ValueError):
        raise ValidationError("file", f"settings, row {number} ({key}): the value is not readable.") from None
    try:
        check_setting(key, value)
    except ValidationError as error:
        raise ValidationError("file", f"settings, row {number} ({key}): {error.message}") from None
