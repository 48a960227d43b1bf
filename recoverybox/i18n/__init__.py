"""The person's language: which one (their choice in Settings, else the system's), and where its catalogs and
content files are. Qt-free, so the command line and core can ask too; ``recoverybox.i18n.install`` puts the
translators into a running Qt application.

Catalogs: ``resources/i18n/recoverybox_<lang>.ts`` (Qt Linguist, extracted with ``pyside6-lupdate``), compiled to
``.qm`` when the wheel or bundle is built (``setup.py``, ``packaging/``). A source checkout compiles them on first
use into the cache folder (``compiled_catalog``), so an editable install speaks every language too.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
from pathlib import Path

from recoverybox.resources import resource_path

SYSTEM = "system"
ENGLISH = "en"
# The languages RecoveryBox speaks, each named in itself (a person looking for theirs reads it that way).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "de": "Deutsch"}
TRANSLATED = ("es", "de")
# For tests and translators: every text accented and 40% longer ("[Ŵééķ ·····]"); never offered in Settings.
PSEUDO = "pseudo"
ENV = "RECOVERYBOX_LANGUAGE"  # overrides the setting (tests, and anyone checking a translation)

_current = ENGLISH


def current() -> str:
    """The language this run speaks (set once at start by ``use``)."""
    return _current


def use(language: str) -> None:
    global _current
    _current = language


def choose(setting: str | None, system_languages: list[str]) -> str:
    """The language to speak: the environment's override, the person's setting, else the first of the system's
    UI languages (``de-AT``, ``es_MX``, ``de``) we have, else English."""
    wanted = os.environ.get(ENV) or setting or SYSTEM
    if wanted == PSEUDO or wanted in LANGUAGES:
        return wanted
    for name in system_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


KEY_FILE = "protection.json"  # core.protection's key file (its name only: that module is not imported at start)


def stored_setting(data_dir: Path, db_file: Path) -> str:
    """The language setting, read before anything opens the data: from the key file's lock-page copy when the
    data is protected (the database cannot be read without the key), else from the settings table with sqlite3.
    "system" if it cannot be read (new data, a damaged file: the ordinary opening says what is wrong)."""
    key_file = data_dir / KEY_FILE
    if key_file.exists():
        with contextlib.suppress(OSError, ValueError, AttributeError, TypeError):
            value = json.loads(key_file.read_text(encoding="utf-8")).get("lock_screen", {}).get("language")
            return value if isinstance(value, str) else SYSTEM
        return SYSTEM
    if not db_file.exists():
        return SYSTEM
    with contextlib.suppress(sqlite3.Error, ValueError, TypeError):
        conn = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row else SYSTEM
        return value if isinstance(value, str) else SYSTEM
    return SYSTEM


def catalog_source(language: str) -> Path:
    return resource_path("i18n", f"recoverybox_{language}.ts")


def compiled_catalog(language: str, cache_dir: Path | None = None) -> Path | None:
    """Our ``.qm`` for ``language``: the one the build made, or (a source checkout) one compiled from the ``.ts``
    into ``cache_dir`` when it is missing or older than its source. None when there is none. English has one
    too: the plural forms of the texts that count ("%n day(s)" → "1 day", "2 days")."""
    built = resource_path("i18n", f"recoverybox_{language}.qm")
    source = catalog_source(language)
    if built.is_file() and (not source.is_file() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.is_file() or cache_dir is None:
        return built if built.is_file() else None
    target = cache_dir / f"recoverybox_{language}.qm"
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        cache_dir.mkdir(parents=True, exist_ok=True)
        compile_catalog(source, target)
        return target
    return None


def compile_catalog(source: Path, target: Path) -> None:
    """``lrelease`` (shipped with PySide6) from ``source`` (.ts) to ``target`` (.qm); raises on failure. Written
    beside and then renamed: another RecoveryBox starting at the same moment never loads half a catalog."""
    import PySide6

    tool = Path(PySide6.__file__).resolve().parent / "lrelease"
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        subprocess.run(
            [str(tool), "-silent", "-removeidentical", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def content_path(name: str, language: str | None = None) -> Path:
    """A content file (reflections, coping tools) in ``language`` (this run's by default) when we wrote one in
    it, else the English one: ``resources/<lang>/<name>`` beside ``resources/<name>``."""
    language = language or _current
    if language not in (ENGLISH, PSEUDO):
        own = resource_path(language, name)
        if own.is_file():
            return own
    return resource_path(name)
