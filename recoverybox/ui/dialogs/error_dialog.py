"""Uncaught exceptions in the GUI: logged, then shown as a friendly dialog instead of a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from recoverybox.i18n.qt import translate

log = logging.getLogger("recoverybox.errors")


def install() -> None:
    """Replace ``sys.excepthook`` for the life of the GUI."""
    sys.excepthook = _on_uncaught


def _on_uncaught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    # Only the exception type and the code location go to the log: messages may quote what was typed.
    frames = "".join(traceback.format_tb(tb))
    log.error("uncaught %s\n%s", kind.__name__, frames)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("errors", "Something went wrong"))
    box.setText(translate("errors", "Sorry, something went wrong inside RecoveryBox. Your saved data is safe."))
    box.setInformativeText(
        translate("errors", "What you were doing may not have finished. Details were written to the log file.")
    )
    box.setDetailedText(f"{kind.__name__}\n{frames}")
    box.exec()
