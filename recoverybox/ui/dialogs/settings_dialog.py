"""Settings: reminders and quiet hours, calendar, appearance, the crisis line, and where the data lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.validation import ValidationError
from recoverybox.ui.dialogs.event_dialog import OFFSET_CHOICES
from recoverybox.ui.dialogs.field_errors import FieldErrors
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.spacing import room_for_window
from recoverybox.ui.widgets.crisis_fields import CrisisFields
from recoverybox.ui.widgets.typed_fields import TimeField

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services

REMINDER_KINDS = (
    ("remind_events", "Before events (meetings, therapy, self-care)"),
    ("remind_morning", "Morning reflection and pledge"),
    ("remind_evening", "Evening check-in"),
    ("remind_goals", "Goal nudges (“if not done by …”)"),
    ("remind_milestones", "Milestone celebrations"),
)
THEME_LABELS = (
    ("system", "Follow the system"),
    ("light", "Light"),
    ("dark", "Dark"),
    ("high_contrast", "High contrast"),
)
CLOSE_LABELS = (
    ("ask", "Ask me"),
    ("yes", "Keep reminders running in the background"),
    ("no", "Quit RecoveryBox"),
)
NOTIFY_LABELS = (
    ("desktop", "The desktop's notifications, where there are any"),
    ("popup", "RecoveryBox's own pop-up window"),
)
CLOCK_LABELS = (("locale", "Follow my language settings"), ("24h", "24-hour (18:30)"), ("12h", "12-hour (6:30 PM)"))


def _time(text: str) -> QTime:
    hours, minutes = (int(part) for part in text.split(":"))
    return QTime(hours, minutes)


class SettingsDialog(QDialog):
    """Edits ``services.settings``; every change is validated by core and saved together on OK."""

    def __init__(
        self, services: Services, data_dir: str, parent: QWidget | None = None, privacy=None, sync=None
    ) -> None:
        super().__init__(parent)
        self.privacy = privacy  # the window's AppLock: turning protection on, off, changing it
        self.sync = sync  # the window's SyncRunner: Settings › Sync
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(680)  # every tab's name in view, Privacy and Sync included
        self.services = services
        self.errors = FieldErrors()
        values = services.settings.all()
        tabs = QTabWidget()
        self.tabs = tabs

        # Reminders
        self.kind_boxes = {}
        reminders = QWidget()
        form = QFormLayout(reminders)
        for key, label in REMINDER_KINDS:
            box = QCheckBox(self.tr(label))
            box.setObjectName(key)
            box.setChecked(values[key])
            self.kind_boxes[key] = box
            form.addRow(box)
        self.morning = TimeField(_time(values["morning_reminder"]))
        self.morning.setObjectName("morning_reminder")
        self.morning.setAccessibleName(self.tr("Morning reminder at"))
        self.evening = TimeField(_time(values["evening_reminder"]))
        self.evening.setObjectName("evening_reminder")
        self.evening.setAccessibleName(self.tr("Evening check-in at"))
        form.addRow(self.tr("&Morning reminder at"), self.morning)
        form.addRow(self.tr("&Evening check-in at"), self.evening)
        self.quiet = QCheckBox(self.tr("&Quiet hours: hold reminders until they end"))
        self.quiet.setObjectName("quiet")
        self.quiet.setChecked(bool(values["quiet_start"] and values["quiet_end"]))
        self.quiet_start = TimeField(_time(values["quiet_start"] or "22:00"))
        self.quiet_start.setAccessibleName(self.tr("Quiet hours start"))
        self.quiet_end = TimeField(_time(values["quiet_end"] or "07:00"))
        self.quiet_end.setAccessibleName(self.tr("Quiet hours end"))
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("to")))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        form.addRow(self.quiet)
        form.addRow(self.tr("From"), quiet_row)
        form.addRow("", self.errors.label_for("quiet_start", self.quiet_start))
        self.offsets = QListWidget()
        self.offsets.setObjectName("default_offsets")
        self.offsets.setAccessibleName(self.tr("Default reminders for new events"))
        self.offsets.setFixedHeight(110)
        for minutes, label in OFFSET_CHOICES:
            item = QListWidgetItem(self.tr(label))
            item.setData(256, minutes)
            item.setCheckState(_checked(minutes in values["default_offsets"]))
            self.offsets.addItem(item)
        form.addRow(self.tr("&New events remind me"), self.offsets)
        tabs.addTab(reminders, self.tr("&Reminders"))

        # In the background
        background = QWidget()
        form = QFormLayout(background)
        self.start_at_login = QCheckBox(self.tr("Start RecoveryBox when I &log in (no window, just reminders)"))
        self.start_at_login.setObjectName("start_at_login")
        self.start_at_login.setChecked(values["start_at_login"])
        self.on_close = self._choices("keep_running_on_close", CLOSE_LABELS, values)
        explain = QLabel(
            self.tr(
                "Reminders only arrive while RecoveryBox runs. Running in the background, it shows no window; "
                "open it again from your applications menu. File › Quit always stops it."
            )
        )
        explain.setWordWrap(True)
        self.notify_with = self._choices("notify_with", NOTIFY_LABELS, values)
        form.addRow(self.tr("Show reminders &as"), self.notify_with)
        form.addRow(self.start_at_login)
        form.addRow(self.tr("When I close the &window"), self.on_close)
        form.addRow("", explain)
        tabs.addTab(background, self.tr("In the &background"))

        # Calendar and appearance
        calendar = QWidget()
        form = QFormLayout(calendar)
        self.week_start = QComboBox()
        self.week_start.setObjectName("week_start")
        self.week_start.addItem(self.tr("Monday"), 0)
        self.week_start.addItem(self.tr("Sunday"), 6)
        self.week_start.setCurrentIndex(self.week_start.findData(values["week_start"]))
        self.first_hour = QSpinBox()
        self.first_hour.setObjectName("day_start_hour")
        self.first_hour.setRange(0, 20)
        self.first_hour.setValue(values["day_start_hour"])
        self.first_hour.setSuffix(":00")
        self.clock = self._choices("clock_format", CLOCK_LABELS, values)
        self.theme = self._choices("theme", THEME_LABELS, values)
        form.addRow(self.tr("&Week starts on"), self.week_start)
        form.addRow(self.tr("&First hour shown"), self.first_hour)
        form.addRow(self.tr("Cloc&k"), self.clock)
        form.addRow(self.tr("&Theme"), self.theme)
        self.currency = QLineEdit(values["currency"])
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(8)
        self.currency.setMaximumWidth(120)
        self.currency.setPlaceholderText(QLocale().currencySymbol() or self.tr("e.g. £, €, $"))
        self.currency.setToolTip(self.tr("For money not spent on the sober-since clocks; empty uses your system's"))
        form.addRow(self.tr("C&urrency"), self.currency)
        tabs.addTab(calendar, self.tr("&Calendar and look"))

        # Safety and data
        safety = QWidget()
        form = QFormLayout(safety)
        self.crisis_fields = CrisisFields(values["crisis_line"], values["emergency_number"], services.zone_name)
        self.crisis = self.crisis_fields.crisis
        form.addRow(self.crisis_fields)
        form.addRow("", self.errors.label_for("crisis_line", self.crisis))
        form.addRow("", self.errors.label_for("emergency_number", self.crisis_fields.emergency))
        folder = QLineEdit(data_dir)
        folder.setReadOnly(True)
        folder.setAccessibleName(self.tr("Data folder"))
        open_folder = QPushButton(self.tr("&Open folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(data_dir)))
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)
        form.addRow(self.tr("Data folder"), folder_row)
        self.backup_daily = QSpinBox()
        self.backup_daily.setObjectName("backup_daily")
        self.backup_daily.setRange(1, 60)
        self.backup_daily.setValue(values["backup_daily"])
        self.backup_weekly = QSpinBox()
        self.backup_weekly.setObjectName("backup_weekly")
        self.backup_weekly.setRange(0, 52)
        self.backup_weekly.setValue(values["backup_weekly"])
        form.addRow(self.tr("Keep &daily backups"), self.backup_daily)
        form.addRow(self.tr("Keep wee&kly backups"), self.backup_weekly)
        tabs.addTab(safety, self.tr("&Safety and data"))
        tabs.addTab(self._privacy_page(values), self.tr("&Privacy"))
        if sync is not None:
            from recoverybox.ui.sync.settings_page import SyncSettingsPage

            self.sync_page = SyncSettingsPage(services, sync)
            tabs.addTab(self.sync_page, self.tr("S&ync"))

        self.errors.label_for("general", tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.errors.labels["general"])
        layout.addWidget(buttons)
        self.quiet.toggled.connect(self._update)
        self._update()
        align_forms(self)
        # Every tab's name in sight (no scroll arrows on the tab bar), with large text too, within the screen.
        room = room_for_window(self).width()
        self.setMinimumWidth(min(max(680, tabs.tabBar().sizeHint().width() + 40), room))

    def _privacy_page(self, values: dict) -> QWidget:
        """Protection at rest and the app lock: on or off, the passphrase, the recovery key, the idle minutes."""
        page = QWidget()
        page.setObjectName("privacyPage")
        form = QFormLayout(page)
        protected = self.privacy is not None and self.services.protected
        self.privacy_status = QLabel(
            self.tr(
                "Your data and its backups are encrypted with your passphrase. RecoveryBox asks for it when it "
                "starts and locks itself when you leave it."
            )
            if protected
            else self.tr(
                "Your data is a plain file that anyone who can use this computer account (or a stolen disk) can "
                "read. A passphrase encrypts it, its backups included."
            )
        )
        self.privacy_status.setObjectName("privacyStatus")
        self.privacy_status.setWordWrap(True)
        form.addRow(self.privacy_status)
        self.privacy_buttons: dict[str, QPushButton] = {}
        actions = (
            (("change", self.tr("C&hange passphrase…")), ("recovery", self.tr("New recovery &key…")),
             ("off", self.tr("&Turn protection off…")))
            if protected
            else (("on", self.tr("Protect my &data with a passphrase…")),)
        )  # fmt: skip
        row = QHBoxLayout()
        for name, label in actions:
            button = QPushButton(label)
            button.setObjectName(f"privacy_{name}")
            button.setProperty("privacy_action", name)
            # A bound method, not a lambda holding the dialog: that cycle crashed PySide6 at exit.
            button.clicked.connect(self._on_privacy_clicked)
            button.setEnabled(self.privacy is not None)
            row.addWidget(button)
            self.privacy_buttons[name] = button
        row.addStretch(1)
        form.addRow(row)
        self.lock_after = QSpinBox()
        self.lock_after.setObjectName("lock_after_minutes")
        self.lock_after.setRange(0, 240)
        self.lock_after.setSuffix(self.tr(" min"))
        self.lock_after.setSpecialValueText(self.tr("Never"))
        self.lock_after.setValue(values["lock_after_minutes"])
        self.lock_after.setEnabled(protected)
        form.addRow(self.tr("&Lock after, unused"), self.lock_after)
        self.lock_details = QCheckBox(self.tr("Show what reminders are about while locked"))
        self.lock_details.setObjectName("lock_details")
        self.lock_details.setChecked(protected and self.privacy.details_allowed())
        self.lock_details.setEnabled(protected)
        form.addRow("", self.lock_details)
        hint = QLabel(
            self.tr(
                "Ctrl+L locks at once. While locked, reminders say only “RecoveryBox reminder” (unless ticked "
                "above) and “I need help now” still works, without your private data."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        return page

    def _on_privacy_clicked(self) -> None:
        self._on_privacy(self.sender().property("privacy_action"))

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

    def _choices(self, key: str, labels: tuple[tuple[str, str], ...], values: dict) -> QComboBox:
        """A drop-down for one setting: its labels (translated), the stored value chosen."""
        box = QComboBox()
        box.setObjectName(key)
        for value, label in labels:
            box.addItem(self.tr(label), value)
        box.setCurrentIndex(box.findData(values[key]))
        return box

    def _update(self) -> None:
        self.quiet_start.setEnabled(self.quiet.isChecked())
        self.quiet_end.setEnabled(self.quiet.isChecked())

    def chosen(self) -> dict:
        values = {key: box.isChecked() for key, box in self.kind_boxes.items()}
        values["morning_reminder"] = self.morning.time().toString("HH:mm")
        values["evening_reminder"] = self.evening.time().toString("HH:mm")
        values["quiet_start"] = self.quiet_start.time().toString("HH:mm") if self.quiet.isChecked() else ""
        values["quiet_end"] = self.quiet_end.time().toString("HH:mm") if self.quiet.isChecked() else ""
        values["default_offsets"] = [
            self.offsets.item(i).data(256)
            for i in range(self.offsets.count())
            if self.offsets.item(i).checkState() == _checked(True)
        ]
        values["week_start"] = self.week_start.currentData()
        values["day_start_hour"] = self.first_hour.value()
        values["clock_format"] = self.clock.currentData()
        values["theme"] = self.theme.currentData()
        values.update(self.crisis_fields.values())
        values["currency"] = self.currency.text().strip()
        values["backup_daily"] = self.backup_daily.value()
        values["backup_weekly"] = self.backup_weekly.value()
        values["start_at_login"] = self.start_at_login.isChecked()
        values["keep_running_on_close"] = self.on_close.currentData()
        values["notify_with"] = self.notify_with.currentData()
        values["lock_after_minutes"] = self.lock_after.value()
        return values

    def _on_ok(self) -> None:
        if self._save():
            self.accept()

    def _save(self) -> bool:
        """Check and store every setting here; False (with the reason shown) if one is not right."""
        fields = [self.morning, self.evening] + ([self.quiet_start, self.quiet_end] if self.quiet.isChecked() else [])
        if any([field.problem() for field in fields]):  # each says why beneath itself; all are checked
            return False
        values = self.chosen()
        if values["quiet_start"] and values["quiet_start"] == values["quiet_end"]:
            self.errors.show(
                ValidationError("quiet_start", self.tr("Quiet hours need a different start and end.")), "general"
            )
            return False
        if (
            perform(
                self,
                lambda: self.services.settings.set_many(values),
                on_problem=self.errors.on_problem(self, "general"),
            )
        ) is None:
            return False
        protected = self.privacy is not None and self.services.protected
        if protected and self.lock_details.isChecked() != self.privacy.details_allowed():
            self.privacy.protection.set_lock_screen(details=self.lock_details.isChecked())
        return True


def _checked(on: bool):
    from PySide6.QtCore import Qt

    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def align_forms(top: QWidget) -> None:
    """Every form in ``top`` (each tab's, and those nested in them) on one grid: the label column as wide as
    the widest label of all, so fields start at the same place on every page."""
    forms = top.findChildren(QFormLayout)
    labels = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
                labels.append(item.widget())
    widest = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(widest)
