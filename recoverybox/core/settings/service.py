"""Reading and writing the settings declared in ``options``: typed, checked, one transaction a change."""

from __future__ import annotations

import copy
import json
from typing import Any

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.settings.options import OPTIONS, Option, Settings, check_setting
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import Setting


class SettingsService:
    """Read and write typed settings stored as JSON in the ``settings`` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        with self._db.reading() as session:
            row = session.get(Setting, key)
        return self._decode(option, None if row is None else row.value)

    def set(self, key: str, value: Any) -> Changes:
        return self.set_many({key: value})

    def set_many(self, values: dict[str, Any]) -> Changes:
        """Validate every value first, then store them all in one transaction."""
        for key, value in values.items():
            check_setting(key, value)
        with self._db.transaction() as session:
            for key, value in values.items():
                session.merge(Setting(key=key, value=json.dumps(value)))
        # A setting only the app remembers (where setup stopped, a note shown once) changes nothing on screen.
        shown = Area.SETTINGS if any(OPTIONS[key].page or OPTIONS[key].affects for key in values) else None
        return Changes(frozenset({shown}) if shown else frozenset(), keys=frozenset(values))

    def all(self) -> dict[str, Any]:
        """Every setting by its key, read in one query."""
        with self._db.reading() as session:
            stored = {row.key: row.value for row in session.query(Setting)}
        return {key: self._decode(option, stored.get(key)) for key, option in OPTIONS.items()}

    def read(self) -> Settings:
        """Every setting, typed (``read().week_start`` is an int), read in one query."""
        return Settings(**self.all())

    @staticmethod
    def _decode(option: Option, text: str | None) -> Any:
        if text is None:  # a copy: a caller changing its list must never change the declared default
            return copy.copy(option.default)
        try:
            value = json.loads(text)
        except ValueError:
            return copy.copy(option.default)
        if option.type is int and isinstance(value, bool):
            return copy.copy(option.default)
        return value if isinstance(value, option.type) else copy.copy(option.default)
