"""The File menu's work: calendars in and out, the printable week, backups, restore and full export.

Kept apart from ``main_window`` so the window stays about navigation; every action here reports through
the window's status bar and dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from recoverybox.ui.ops.perform import perform
from recoverybox.ui.widgets import plain

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services
    from recoverybox.ui.ops.operation import Operation
    from recoverybox.ui.session.data_session import DataSession
    from recoverybox.ui.session.front import Front

SKIPPED_SHOWN = 5  # events left out by an import, named in its summary; the rest under Show Details


class DataActions(QObject):
    """File menu actions for one main window."""

    def __init__(self, window: Front, session: DataSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session

    @property
    def services(self) -> Services:
        """The open data's services (the File menu's data actions are off while none is open)."""
        services = self.session.services
        if services is None:
            raise RuntimeError("no data is open")
        return services

    def ask_import_ics(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import calendar"), "", self.tr("Calendar (*.ics)"))
        if path:
            self.import_ics(path)

    def import_ics(self, path: str) -> Operation:
        services = self.services

        from recoverybox.ui.ops.words import import_counts, import_notes

        def imported(summary) -> None:
            counts = import_counts(summary.created, summary.updated)
            self.window.statusBar().showMessage(counts, 8000)
            notes = import_notes(summary, most=SKIPPED_SHOWN, gap="\n\n")
            if notes:
                title = (
                    self.tr("Imported, but some events were left out")
                    if summary.skipped
                    else self.tr("Imported, with a few things read differently")
                )
                box = QMessageBox(QMessageBox.Icon.Information, title, counts + "\n\n" + notes, parent=self.window)
                if len(summary.skipped) > SKIPPED_SHOWN:  # the whole list, under "Show Details…"
                    box.setDetailedText(import_notes(summary, most=len(summary.skipped)))
                box.exec()

        return perform(
            self.window,
            lambda report: services.ics.import_file(path, report),
            title=self.tr("Importing the calendar…"),
            on_done=imported,
            failure_title=self.tr("Nothing was imported"),
        )

    def readable_ok(self) -> bool:
        from recoverybox.ui.dialogs.protection_dialogs import readable_ok

        return readable_ok(self.window, self.services.protected)

    def ask_export_ics(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not self.readable_ok():
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export calendar"), "recoverybox.ics", self.tr("Calendar (*.ics)")
        )
        if path:
            self.export_ics(path)

    def export_ics(self, path: str) -> Operation:
        services = self.services
        return perform(
            self.window,
            lambda report: services.ics.export_file(path, report=report),
            title=self.tr("Writing the calendar…"),
            on_done=lambda count: self.window.statusBar().showMessage(
                self.tr("Exported %n event(s) to {path}.", "", count).format(path=path), 8000
            ),
            failure_title=self.tr("Not exported"),
        )

    def ask_export_pdf(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from recoverybox.core.goals.stats import monday_of

        if not self.readable_ok():
            return
        week: Any = self.window.view("week")
        monday = week.monday if week is not None else monday_of(self.services.today())
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export week as PDF"), f"week-{monday.isoformat()}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_week_pdf(path, monday)

    def export_week_pdf(self, path: str, monday) -> Operation:
        from recoverybox.ui.printing.week_pdf import write_week_pdf

        services = self.services
        return perform(
            self.window,
            lambda report: write_week_pdf(path, services, monday),
            title=self.tr("Drawing the week…"),
            on_done=lambda _written: self.window.statusBar().showMessage(
                self.tr("Saved the plan to {path}.").format(path=path), 8000
            ),
            failure_title=self.tr("The week was not saved"),
        )

    def backup_now(self) -> None:
        path = self.session.backup_service().backup_now(
            self.services.today(), label=self.services.clock.now().strftime("%H%M%S")
        )
        self.window.statusBar().showMessage(self.tr("Backed up to {path}.").format(path=path), 8000)

    def ask_restore(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore a backup"),
            str(self.window.app_paths.backup_dir),
            self.tr("RecoveryBox data (*.sqlite3)"),
        )
        if path:
            self.restore_from(path)

    def restore_from(self, path: str) -> Operation | None:
        """Replace the data with a backup (after checking it); the current data is kept aside, not deleted.

        None if the backup was refused or the person said no; otherwise the running restore, after which
        the data (restored, or unchanged if the restore failed) opens again."""
        from pathlib import Path

        from recoverybox.core.storage.backup import check_database

        problem = check_database(Path(path), self.session.key)
        if problem is not None:
            plain.warning(self.window, self.tr("Not restored"), problem)
            return None
        answer = plain.question(
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
            return None
        self.window.flush_views()
        now = self.services.clock.now().astimezone().replace(tzinfo=None)
        self.window.close_data()
        service = self.session.backup_service()

        def restored(_kept) -> None:
            self.window.load()
            self.window.statusBar().showMessage(self.tr("Backup restored."), 8000)

        operation = perform(
            self.window,
            lambda report: service.restore(Path(path), now),
            title=self.tr("Restoring the backup…"),
            on_done=restored,
            failure_title=self.tr("Not restored"),
            cancellable=False,  # files are being swapped: it finishes, or fails and leaves the data as it was
        )
        # A failed restore (a full disk, say) left the data as it was: open it again.
        operation.failed.connect(lambda _error: self.window.load(), Qt.ConnectionType.QueuedConnection)
        return operation

    def ask_export_all(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not self.readable_ok():
            return
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export all my data to a folder"))
        if folder:
            self.export_all(folder)

    def export_all(self, folder: str) -> Operation:
        from pathlib import Path

        services = self.services
        return perform(
            self.window,
            lambda report: services.export_everything(Path(folder), report),
            title=self.tr("Exporting everything…"),
            on_done=lambda _none: self.window.statusBar().showMessage(
                self.tr("Exported everything to {folder}.").format(folder=folder), 8000
            ),
            failure_title=self.tr("Not everything was exported"),
        )

    def ask_import_json(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Load a RecoveryBox export"), "", self.tr("RecoveryBox export (*.json)")
        )
        if path:
            self.import_json(path)

    def import_json(self, path: str) -> Operation:
        """Load a JSON export into this (empty) data folder, all or nothing."""
        from pathlib import Path

        services = self.services

        def loaded(done) -> None:
            rows = sum(done.counts.values())
            self.window.statusBar().showMessage(self.tr("Loaded %n row(s) from the export.", "", rows), 8000)

        return perform(
            self.window,
            lambda report: services.load_export(Path(path), report),
            title=self.tr("Loading the export…"),
            on_done=loaded,
            failure_title=self.tr("Nothing was loaded"),
        )
