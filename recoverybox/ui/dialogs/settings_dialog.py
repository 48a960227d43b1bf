"""Settings: one tab per page of the settings table (``ui/settings/``), and Sync; every change is checked by core
and saved together on OK."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from recoverybox.ui.dialogs.field_errors import FieldErrors
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.settings.background_page import BackgroundPage
from recoverybox.ui.settings.editors import words
from recoverybox.ui.settings.look_page import LookPage
from recoverybox.ui.settings.page import OptionsPage, PageContext
from recoverybox.ui.settings.privacy_page import PrivacyPage
from recoverybox.ui.settings.reminders_page import RemindersPage
from recoverybox.ui.settings.safety_page import SafetyPage
from recoverybox.ui.spacing import room_for_window

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services

PAGES: tuple[type[OptionsPage], ...] = (RemindersPage, BackgroundPage, LookPage, SafetyPage, PrivacyPage)


class SettingsDialog(QDialog):
    """Edits ``services.settings``; every change is validated by core and saved together on OK."""

    def __init__(
        self, services: Services, data_dir: str, parent: QWidget | None = None, privacy: Any = None, sync: Any = None
    ) -> None:
        super().__init__(parent)
        self.privacy = privacy  # the window's AppLock: turning protection on, off, changing it
        self.setWindowTitle(self.tr("Settings"))
        self.services = services
        self.errors = FieldErrors()
        self.tabs = QTabWidget()
        context = PageContext(services, data_dir, privacy, self.errors, services.settings.all())
        self.pages = [page(context) for page in PAGES]
        for page in self.pages:
            self.tabs.addTab(page, words(page.TITLE))
            if isinstance(page, PrivacyPage):
                page.action_requested.connect(self._on_privacy)
        if sync is not None:
            from recoverybox.ui.sync.settings_page import SyncSettingsPage

            self.sync_page = SyncSettingsPage(services, sync)
            self.tabs.addTab(self.sync_page, self.tr("S&ync"))
        self.errors.label_for("general", self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.errors.labels["general"])
        layout.addWidget(buttons)
        align_forms(self)
        # Every tab's name in sight (no scroll arrows on the tab bar), with large text too, within the screen.
        room = room_for_window(self).width()
        self.setMinimumWidth(min(max(680, self.tabs.tabBar().sizeHint().width() + 40), room))

    def field(self, key: str) -> QWidget:
        """The editor of setting ``key``, on whichever page shows it."""
        return next(page.field(key) for page in self.pages if key in page.editors)

    def page(self, kind: type[OptionsPage]) -> OptionsPage:
        return next(page for page in self.pages if isinstance(page, kind))

    def chosen(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for page in self.pages:
            values.update(page.values())
        return values

    def _on_ok(self) -> None:
        if self._save():
            self.accept()

    def _save(self) -> bool:
        """Check and store every setting here; False (with the reason shown) if one is not right."""
        if any([page.problem() for page in self.pages]):  # each says why beneath itself; all are checked
            return False
        values = self.chosen()
        for page in self.pages:
            problem = page.check(values)
            if problem is not None:
                self.errors.show(problem, "general")
                return False
        done = perform(
            self, lambda: self.services.settings.set_many(values), on_problem=self.errors.on_problem(self, "general")
        )
        if done is None:
            return False
        for page in self.pages:
            page.saved()
        return True

    def _on_privacy(self, action: str) -> None:
        """Save what was changed here, close, then let the window convert or change (it closes the data)."""
        from PySide6.QtCore import QTimer

        if not self._save():
            return
        self.accept()
        work = {
            "on": self.privacy.ask_turn_on,
            "off": self.privacy.ask_turn_off,
            "change": self.privacy.ask_change,
            "recovery": self.privacy.ask_new_recovery_key,
        }[action]
        QTimer.singleShot(0, work)


def align_forms(top: QWidget) -> None:
    """Every form in ``top`` (each tab's, and those nested in them) on one grid: the label column as wide as
    the widest label of all, so fields start at the same place on every page."""
    forms = top.findChildren(QFormLayout)
    labels: list[QLabel] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.text():
                labels.append(label)
    widest = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(widest)
