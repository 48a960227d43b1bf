"""Settings › Sync: set up two-way calendar sync with a CalDAV server (off by default), see how it goes, sync
now, or turn it off. Finding calendars and making one talk to the server on a worker, never on the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.ui.dialogs.field_errors import error_style
from recoverybox.ui.format import date_text, time_text
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.ops.words import words
from recoverybox.ui.widgets import plain

if TYPE_CHECKING:
    from recoverybox.ui.ops.operation import Operation

WHAT_IS_SENT = QT_TRANSLATE_NOOP(
    "SyncSettingsPage",
    "Only calendar events are sent (meetings, sessions, self-care, with their places, links, notes and "
    "reminders), to the server you name here and nowhere else. Your goals, check-ins, journal, contacts and "
    "everything else stay on this computer.",
)
NEW = "new"  # the calendar chooser's item for "make a calendar"


class SyncSettingsPage(QWidget):
    """The Sync tab of the settings dialog; ``runner`` is the window's ``SyncRunner``."""

    def __init__(self, services, runner, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("syncPage")
        self.services = services
        self.runner = runner
        self.operation: Operation | None = None
        self.layout_ = QVBoxLayout(self)
        self.body: QWidget | None = None
        self.show_state()

    def sync_service(self):  # noqa: ANN201

        return self.services.sync

    def show_state(self) -> None:
        """The set-up form while sync is off; the account and its last sync while it is on."""
        if self.body is not None:
            self.layout_.removeWidget(self.body)
            self.body.hide()
            self.body.deleteLater()
        account = self.sync_service().account()
        self.body = self._on_page(account) if account is not None else self._off_page()
        self.layout_.addWidget(self.body)
        self.body.show()  # added to a page already on screen

    # -- off: the form ---------------------------------------------------------------------------------------
    def _off_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(
            self.tr(
                "Keep your calendar on your phone and other computers too: sync it with a CalDAV server you use "
                "(Nextcloud, Radicale, Baïkal, Fastmail, iCloud, mailbox.org…)."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.url = QLineEdit()
        self.url.setObjectName("sync_url")
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav")
        self.user = QLineEdit()
        self.user.setObjectName("sync_user")
        self.password = QLineEdit()
        self.password.setObjectName("sync_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("an app password, if your server offers them"))
        self.no_password = QCheckBox(self.tr("The server asks for &no password"))
        self.no_password.setObjectName("sync_no_password")
        self.no_password.toggled.connect(self._on_no_password)
        self.pinned: str | None = None  # a self-signed certificate's fingerprint the person chose to trust
        form.addRow(self.tr("Server &address"), self.url)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow("", self.no_password)
        self.find_button = QPushButton(self.tr("&Find my calendars"))
        self.find_button.setObjectName("sync_find")
        self.find_button.clicked.connect(self._on_find)
        self.calendars = QComboBox()
        self.calendars.setObjectName("sync_calendar")
        self.calendars.setEnabled(False)
        self.calendars.setAccessibleName(self.tr("Calendar to sync with"))
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addWidget(self.calendars, 1)
        form.addRow(self.tr("Calendar"), row)
        self.turn_on = QPushButton(self.tr("&Turn sync on"))
        self.turn_on.setObjectName("sync_on")
        self.turn_on.setEnabled(False)
        self.turn_on.clicked.connect(self._on_turn_on)
        on_row = QHBoxLayout()
        on_row.addWidget(self.turn_on)
        on_row.addStretch(1)
        form.addRow("", on_row)
        self.problem = plain.label(QLabel())  # a server's words may be in it
        self.problem.setObjectName("sync_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(error_style())  # red that reads on the theme's background
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a fingerprint to copy
        self.problem.setVisible(False)
        form.addRow(self.problem)
        self.trust_button = QPushButton(self.tr("&Trust this certificate"))
        self.trust_button.setObjectName("sync_trust")
        self.trust_button.setToolTip(
            self.tr("Only if the fingerprint above is the one your server shows: then this one certificate is "
                    "accepted, and a different one is refused.")
        )  # fmt: skip
        self.trust_button.clicked.connect(self._on_trust)
        self.trust_button.setVisible(False)
        self.offered: str | None = None  # the fingerprint the trust button would trust
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_button)
        trust_row.addStretch(1)
        form.addRow("", trust_row)
        what = QLabel(self.tr(WHAT_IS_SENT))
        what.setObjectName("sync_what")
        what.setWordWrap(True)
        form.addRow(what)
        for field in (self.url, self.user, self.password):
            field.textEdited.connect(self._on_edited)
        return page

    def _on_edited(self) -> None:
        """A changed address, name or password: the calendars found no longer apply (nor a trusted certificate,
        when the address changed)."""
        self.calendars.clear()
        self.calendars.setEnabled(False)
        self.turn_on.setEnabled(False)
        if self.sender() is self.url:
            self.pinned = None
        self._say("")

    def _on_no_password(self, checked: bool) -> None:
        self.password.setEnabled(not checked)
        if checked:
            self.password.clear()
        self._on_edited()

    def _say(self, problem: str, fingerprint: str | None = None) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.offered = fingerprint
        self.trust_button.setVisible(fingerprint is not None)

    def _on_trust(self) -> None:
        """Trust the certificate whose fingerprint is shown, and find the calendars with it."""
        if self.offered is None:
            return
        self.pinned = self.offered
        self._say("")
        self._on_find()

    def _connection(self):  # noqa: ANN202
        from recoverybox.core.sync.caldav_client import CalDavConnection

        password = "" if self.no_password.isChecked() else self.password.text()
        return CalDavConnection(self.url.text().strip(), self.user.text().strip(), password, pinned=self.pinned)

    def _checked(self) -> bool:
        from recoverybox.core.sync.caldav_client import check_server_url
        from recoverybox.core.sync.failures import SyncFailure

        if not self.url.text().strip():
            self._say(self.tr("Type your server's address (your provider's help pages name its CalDAV address)."))
            self.url.setFocus()
            return False
        try:
            check_server_url(self.url.text())
        except SyncFailure as failure:
            self._say(words(failure))
            self.url.setFocus()
            return False
        if self.no_password.isChecked():
            return True
        if not self.user.text().strip() or not self.password.text():
            self._say(self.tr("Type your user name and password for the server (or tick “no password”)."))
            (self.user if not self.user.text().strip() else self.password).setFocus()
            return False
        return True

    def _on_find(self) -> None:
        if not self._checked():
            return
        self._say("")
        connection = self._connection()

        def find(report):  # noqa: ANN001, ANN202
            with connection:
                return connection.calendars()

        self._run(self.tr("Finding your calendars…"), find, self._found)

    def _found(self, calendars: list[tuple[str, str]]) -> None:
        from recoverybox.core.sync.account import DEFAULT_CALENDAR, choose_calendar

        self.calendars.clear()
        for name, url in calendars:
            self.calendars.addItem(name, url)
        _name, existing = choose_calendar(calendars, None)
        if existing is None:
            self.calendars.addItem(self.tr("New calendar “{name}”").format(name=DEFAULT_CALENDAR), NEW)
        self.calendars.setCurrentIndex(max(self.calendars.findData(existing or NEW), 0))
        self.calendars.setEnabled(True)
        self.turn_on.setEnabled(True)
        self.turn_on.setFocus()

    def _on_turn_on(self) -> None:
        from recoverybox.core.sync.account import DEFAULT_CALENDAR

        if not self._checked():
            return
        chosen = self.calendars.currentData()
        name = DEFAULT_CALENDAR if chosen == NEW else self.calendars.currentText()
        connection = self._connection()

        def make(report):  # noqa: ANN001, ANN202
            if chosen != NEW:
                return chosen
            with connection:
                return connection.create_calendar(name)

        self._run(self.tr("Making the calendar…"), make, lambda url: self._set_up(name, url))

    def _set_up(self, name: str, url: str) -> None:
        from recoverybox.core.sync import secrets as sync_secrets

        server, user, password = self.url.text().strip(), self.user.text().strip(), self.password.text()
        no_password = self.no_password.isChecked()
        pinned = self.pinned
        if (
            perform(
                self,
                lambda: self.sync_service().set_up(
                    server, user, url, name, pinned_certificate=pinned, no_password=no_password
                ),
            )
        ) is None:
            return
        if not no_password:
            sync_secrets.store_password(server, user, password)
        self.runner.set_up_done("" if no_password else password)
        self.show_state()

    def _run(self, title: str, work, done) -> None:  # noqa: ANN001
        from recoverybox.ui.ops.operation import Operation

        operation = self.operation = Operation(self, title, work)
        operation.succeeded.connect(done)
        operation.failed.connect(self._failed)
        operation.start()

    def _failed(self, error: Exception) -> None:
        from recoverybox.core.sync.failures import SyncFailure

        if isinstance(error, SyncFailure):
            offer = error.fingerprint if error.kind == "certificate" and self.pinned is None else None
            self._say(words(error), offer)
            return
        self._say(self.tr("Something went wrong: {e}").format(e=type(error).__name__))

    # -- on: the account -------------------------------------------------------------------------------------
    def _on_page(self, account) -> QWidget:  # noqa: ANN001
        from recoverybox.core.sync import secrets as sync_secrets

        page = QWidget()
        form = QFormLayout(page)
        where = QLabel(
            (
                self.tr("Your calendar syncs with “{calendar}” at {server}, as {user}.")
                if account.user
                else self.tr("Your calendar syncs with “{calendar}” at {server}.")
            ).format(calendar=account.calendar_name, server=account.server_url, user=account.user)
        )
        where.setObjectName("sync_where")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(where)
        self.last = plain.label(QLabel(), self._last_text(account))  # a server's words may be in it
        self.last.setObjectName("sync_last")
        self.last.setWordWrap(True)
        form.addRow(self.tr("Last sync"), self.last)
        self.waiting = QLabel(self._waiting_text())
        self.waiting.setObjectName("sync_waiting")
        form.addRow(self.tr("Here"), self.waiting)
        kept = sync_secrets.stored_password(account.server_url, account.user) is not None
        form.addRow(
            self.tr("Password"),
            QLabel(
                self.tr("The server asks for none.")
                if account.no_password
                else self.tr("Kept in your system keyring.")
                if kept
                else self.tr("No system keyring here: kept only until you quit, and asked again at the first Sync now.")
            ),
        )
        if account.pinned_certificate:
            from recoverybox.core.sync.certificates import fingerprint_text

            pin = QLabel(
                self.tr("Your server's own, trusted by its fingerprint (SHA-256 {fingerprint}); a different one is "
                        "refused.").format(fingerprint=fingerprint_text(account.pinned_certificate))
            )  # fmt: skip
            pin.setObjectName("sync_pinned")
            pin.setWordWrap(True)
            pin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Certificate"), pin)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(self._on_sync_now)
        self.off_button = QPushButton(self.tr("Turn sync &off…"))
        self.off_button.setObjectName("sync_off")
        self.off_button.clicked.connect(self._on_turn_off)
        self.deleted_button = QPushButton(self.tr("&Deleted by sync…"))
        self.deleted_button.setObjectName("sync_deleted")
        self.deleted_button.clicked.connect(self._on_deleted)
        self.deleted_button.setVisible(bool(self.sync_service().deleted_by_sync()))
        row.addWidget(self.sync_button)
        row.addWidget(self.off_button)
        row.addWidget(self.deleted_button)
        row.addStretch(1)
        form.addRow(row)
        what = QLabel(self.tr(WHAT_IS_SENT))
        what.setObjectName("sync_what")
        what.setWordWrap(True)
        form.addRow(what)
        self.runner.status_changed.connect(self._on_status)
        return page

    def _last_text(self, account) -> str:  # noqa: ANN001
        if account.last_error:
            return self.tr("Failed: {problem}").format(problem=account.last_error)
        if account.last_sync_at is None:
            return self.tr("Not yet.")
        moment = account.last_sync_at.astimezone(self.services.zone)
        return f"{date_text(moment.date())} · {time_text(moment)}"

    def _on_status(self, text: str) -> None:
        account = self.sync_service().account()
        if account is None:
            return
        self.last.setText(text if text.endswith("…") else self._last_text(account))  # "Syncing…" while it runs
        self.waiting.setText(self._waiting_text())

    def _waiting_text(self) -> str:
        waiting = self.sync_service().pending()
        if not waiting:
            return self.tr("Nothing waiting to be sent.")
        return self.tr("%n change(s) waiting to be sent.", "", waiting)

    def _on_sync_now(self) -> None:
        self.runner.sync_now()

    def _on_deleted(self) -> None:
        from recoverybox.ui.dialogs.deleted_by_sync_dialog import DeletedBySyncDialog

        dialog = DeletedBySyncDialog(self.sync_service(), self.services.zone, self)
        dialog.exec()
        self.deleted_button.setVisible(bool(self.sync_service().deleted_by_sync()))

    def _on_turn_off(self) -> None:
        from recoverybox.core.sync import secrets as sync_secrets

        answer = plain.question(
            self,
            self.tr("Turn calendar sync off?"),
            self.tr(
                "RecoveryBox stops sending and fetching calendar changes. Your events stay here, and on the "
                "server. Changes not yet sent stay here only."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        account = self.sync_service().account()
        self.runner.status_changed.disconnect(self._on_status)
        self.runner.turned_off()
        perform(self, lambda: self.sync_service().turn_off())
        if account is not None:
            sync_secrets.forget_password(account.server_url, account.user)
        self.show_state()
