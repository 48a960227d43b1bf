"""Help › About: the version, what the app is for, that nothing leaves the computer, and the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from recoverybox.i18n.qt import translate


def about(parent: QWidget, data_dir: Path) -> None:
    QMessageBox.about(parent, translate("MainWindow", "About RecoveryBox"), about_text(data_dir))


def about_text(data_dir: Path) -> str:
    from PySide6.QtCore import QCoreApplication

    from recoverybox import __version__

    return QCoreApplication.translate(
        "MainWindow",
        "<h3>RecoveryBox {version}</h3>"
        "<p>A planner for your recovery: meetings, goals, journal and reminders.</p>"
        "<p>Everything stays on this computer. No account, no tracking, and no network connection except "
        "fetching a meeting list from a web address you type, when you ask.</p>"
        "<p>Your data folder: {folder}</p>",
    ).format(version=__version__, folder=data_dir)
