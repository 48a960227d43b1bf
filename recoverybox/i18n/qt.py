"""Put the person's language into the running Qt application: Qt's own strings (``qtbase_<lang>.qm``, shipped
with PySide6: the buttons of message boxes, the context menu of a text field), ours, and the locale every
date, time and number is written in. Called once, before the first widget is made; a change of the setting
applies at the next start (Settings says so)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from recoverybox import i18n

# ``translate("Context", "text")`` where a text is not said by its own class's ``self.tr`` (a module's function, a
# label table, a mixin). ``pyside6-lupdate`` extracts calls by this name; ``tr`` called on another object
# (``window.tr``) would be filed under the variable's name and never found again.
translate = QCoreApplication.translate

_installed: list[QTranslator] = []

# Where the catalog is missing (a build without lrelease) the app speaks English, and the log says so.
_LOCALES = {"es": "es_ES", "de": "de_DE"}


def install(app: QCoreApplication, setting: str | None, cache_dir: Path | None) -> str:
    """Install the translators for ``setting`` (or the system's language); returns the language spoken."""
    import logging

    uninstall(app)
    system = QLocale.system()
    language = i18n.choose(setting, list(system.uiLanguages()))
    i18n.use(language)
    if language in (i18n.ENGLISH, i18n.PSEUDO):
        locale = system
    else:
        # The system's own variant when it speaks this language (de_AT, es_MX), else the language's home locale.
        locale = system if system.name().startswith(language) else QLocale(_LOCALES[language])
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    if language not in (i18n.ENGLISH, i18n.PSEUDO):
        qt_own = QTranslator(app)
        if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)
    ours: Path | None
    if language == i18n.PSEUDO and cache_dir is not None and i18n.compiled_catalog(language) is None:
        from recoverybox.i18n.catalogs import write_pseudo  # made from the Spanish catalog's texts

        cache_dir.mkdir(parents=True, exist_ok=True)
        source = cache_dir / f"recoverybox_pseudo.{os.getpid()}.ts"  # this process's own: others may write theirs
        try:
            write_pseudo(source)
            i18n.compile_catalog(source, cache_dir / "recoverybox_pseudo.qm")
        finally:
            source.unlink(missing_ok=True)
        ours = cache_dir / "recoverybox_pseudo.qm"
    else:
        ours = i18n.compiled_catalog(language, cache_dir)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            translators.append(translator)
        else:
            logging.getLogger("recoverybox").warning("the %s catalog %s could not be loaded", language, ours)
    elif language != i18n.ENGLISH:
        logging.getLogger("recoverybox").warning("no %s catalog was found; speaking English", language)
    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)
    return language


def uninstall(app: QCoreApplication) -> None:
    """Take out what ``install`` put in (a test that speaks another language restores English so)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    i18n.use(i18n.ENGLISH)
