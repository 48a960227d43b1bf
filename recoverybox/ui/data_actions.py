"""The File menu's work: calendars in and out, the printable week, backups, restore and full export.

Kept apart from ``main_window`` so the window stays about navigation; every action here reports through
the window's status bar and dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox


class DataActions(QObject):
    """File menu actions for one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._backup_job = None

    def _on_import_ics(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import calendar"), "", self.tr("Calendar (*.ics)"))
        if path:
            self.import_ics(path)

    def import_ics(self, path: str) -> None:
        from recoverybox.core.validation import ValidationError

        try:
            summary = self.window.services.ics.import_file(path)
        except ValidationError as error:
            QMessageBox.warning(self.window, self.tr("Nothing was imported"), error.message)
            return
        self.window._on_data_changed()
        for view in self.window._views.values():
            view.mark_stale()
        self.window.statusBar().showMessage(
            self.tr("Imported {new} new and updated {old} event(s).").format(new=summary.created, old=summary.updated),
            8000,
        )
        if summary.left_out:
            QMessageBox.information(self.window, self.tr("Imported, with a few left out"), summary.left_out_text())

    def _on_export_ics(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export calendar"), "recoverybox.ics", self.tr("Calendar (*.ics)")
        )
        if path:
            from recoverybox.core.validation import ValidationError

            try:
                count = self.window.services.ics.export_file(path)
            except ValidationError as error:
                QMessageBox.warning(self.window, self.tr("Not exported"), error.message)
                return
            self.window.statusBar().showMessage(
                self.tr("Exported {n} event(s) to {path}.").format(n=count, path=path), 8000
            )

    def _on_export_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from recoverybox.core.stats import monday_of

        week = self.window.view("week")
        monday = week.monday if week is not None else monday_of(self.window.services.today())
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export week as PDF"), f"week-{monday.isoformat()}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_week_pdf(path, monday)

    def export_week_pdf(self, path: str, monday) -> bool:
        from recoverybox.core.validation import ValidationError
        from recoverybox.ui.week_pdf import write_week_pdf

        try:
            write_week_pdf(path, self.window.services, monday)
        except ValidationError as error:
            QMessageBox.warning(self.window, self.tr("The week was not saved"), error.message)
            return False
        self.window.statusBar().showMessage(self.tr("Saved the plan to {path}.").format(path=path), 8000)
        return True

    def backup_service(self):
        from recoverybox.core.backup import BackupService

        return BackupService(self.window.app_paths.db_file, self.window.app_paths.backup_dir)

    def start_daily_backup(self) -> None:
        """The day's first backup, off the GUI thread (the sqlite backup API uses its own connection)."""
        from PySide6.QtCore import QRunnable, QThreadPool

        values = self.window.services.settings.all()
        today = self.window.services.today()
        service = self.backup_service()

        class DailyBackup(QRunnable):
            def run(self) -> None:
                try:
                    service.daily(today, values["backup_daily"], values["backup_weekly"])
                except Exception:  # a failed backup must never take the app down; it is logged
                    import logging

                    logging.getLogger("recoverybox.backup").exception("daily backup failed")

        self._backup_job = DailyBackup()
        self._backup_job.setAutoDelete(False)
        QThreadPool.globalInstance().start(self._backup_job)

    def backup_now(self) -> None:
        path = self.backup_service().backup_now(
            self.window.services.today(), label=self.window.services.clock.now().strftime("%H%M%S")
        )
        self.window.statusBar().showMessage(self.tr("Backed up to {path}.").format(path=path), 8000)

    def _on_restore(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore a backup"),
            str(self.window.app_paths.backup_dir),
            self.tr("RecoveryBox data (*.sqlite3)"),
        )
        if path:
            self.restore_from(path)

    def restore_from(self, path: str) -> bool:
        """Replace the data with a backup (after checking it); the current data is kept aside, not deleted."""
        from pathlib import Path

        from recoverybox.core.backup import check_database

        problem = check_database(Path(path))
        if problem is not None:
            QMessageBox.warning(self.window, self.tr("Not restored"), problem)
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore this backup?"),
            self.tr(
                "Your data will be replaced by this backup. The current data is kept in the data folder "
                "under a new name, so nothing is lost."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.window.flush_views()
        now = self.window.services.clock.now().astimezone().replace(tzinfo=None)
        self.window._close_data()
        from recoverybox.core.validation import ValidationError

        try:
            self.backup_service().restore(Path(path), now)
        except ValidationError as error:  # a full disk, say: the data stayed as it was; open it again
            self.window.load()
            QMessageBox.warning(self.window, self.tr("Not restored"), error.message)
            return False
        self.window.load()
        self.window.statusBar().showMessage(self.tr("Backup restored."), 8000)
        return True

    def _on_export_all(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from recoverybox.core.export import write_csv, write_json

        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export all my data to a folder"))
        if folder:
            from recoverybox.core.validation import ValidationError

            try:
                write_json(self.window.services.db, Path(folder))
                write_csv(self.window.services.db, Path(folder) / "csv")
            except (ValidationError, OSError) as error:
                message = getattr(error, "message", None) or str(error)
                QMessageBox.warning(self.window, self.tr("Not everything was exported"), message)
                return
            self.window.statusBar().showMessage(self.tr("Exported everything to {folder}.").format(folder=folder), 8000)
