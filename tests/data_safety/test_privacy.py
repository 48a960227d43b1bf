"""No network code, and no personal content in the log; uncaught errors reach the log and a kind dialog."""

import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from recoverybox import logging_setup
from recoverybox.core.contacts import ContactInput
from recoverybox.core.journal import JournalInput

PACKAGE = Path(__file__).resolve().parents[2] / "recoverybox"
NETWORK_APIS = re.compile(
    r"QNetworkAccessManager|QTcpSocket|QUdpSocket|QSslSocket|QWebEngine|urllib\.request|http\.client|"
    r"import requests|import httpx|import socket|smtplib|ftplib"
)


# The one module allowed to reach the network: it fetches a meeting list from the address a person typed,
# on their click (tests/core/test_meetings.py and the suite's guard hold it to exactly that host).
FETCHER = "core/meeting_fetch.py"


def test_no_module_uses_network_apis():
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if NETWORK_APIS.search(p.read_text())]
    assert offenders == [FETCHER]


def test_only_a_click_reaches_the_fetcher():
    """``fetch`` is called from one place, ``MeetingListService.load_source``, which the view calls from the
    person's click (Load, Check for updates) and the CLI from ``meetings load``: never at start."""
    callers = sorted(
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if re.search(r"\bfetch\(", p.read_text()) and str(p.relative_to(PACKAGE)) != FETCHER
    )
    assert callers == ["core/meetings.py"]
    uses = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if "load_source(" in p.read_text())
    assert uses == ["cli.py", "core/meetings.py", "ui/views/meetings_view.py"]


def test_the_only_qt_network_class_used_is_the_local_socket():
    uses = {m for p in PACKAGE.rglob("*.py") for m in re.findall(r"QtNetwork import (\w+)", p.read_text())}
    assert uses <= {"QLocalServer", "QLocalSocket"}


def test_log_file_holds_no_journal_text_or_names(tmp_path, services, qtbot, modal):
    log_file = logging_setup.configure(tmp_path / "logs")
    secret = "SECRET-DIARY-TEXT-4711"
    services.journal.create(JournalInput(services.today(), text=secret, triggers=["secret-trigger-4711"]))
    services.contacts.create(ContactInput("Secret Person 4711", "sponsor", "+44 4711"))
    from recoverybox.ui.dialogs import error_dialog

    seen = []
    modal.then(lambda box: (seen.append(box.text()), box.accept()))
    try:
        raise RuntimeError(f"something failed while saving {secret}")
    except RuntimeError:
        error_dialog._on_uncaught(*sys.exc_info())
    assert seen == ["Sorry, something went wrong inside RecoveryBox. Your saved data is safe."]
    text = log_file.read_text()
    assert "uncaught RuntimeError" in text  # the error itself is logged…
    assert "4711" not in text  # …but not what the person wrote, nor the names in their data
    assert oct(log_file.stat().st_mode & 0o777) == "0o600"
    assert QMessageBox is not None
