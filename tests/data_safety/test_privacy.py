"""No network code, and no personal content in the log; uncaught errors reach the log and a kind dialog."""

import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from recoverybox import logging_setup
from recoverybox.core.journal.entries import JournalInput
from recoverybox.core.support.contacts import ContactInput

PACKAGE = Path(__file__).resolve().parents[2] / "recoverybox"
NETWORK_APIS = re.compile(
    r"QNetworkAccessManager|QTcpSocket|QUdpSocket|QSslSocket|QWebEngine|urllib\.request|http\.client|"
    r"import requests|import httpx|import socket|smtplib|ftplib|import caldav|from caldav|niquests"
)


# The two modules allowed to reach the network, each only the server a person named: one fetches a meeting list
# from the address typed, on their click (tests/core/meetings/test_meetings.py and the suite's guard hold it to exactly
# that host); the other talks to the CalDAV server set up in Settings › Sync (tests/sync, same guard).
FETCHER = "core/meetings/fetch.py"
CALDAV = "core/sync/caldav_client.py"


def test_no_module_uses_network_apis():
    offenders = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if NETWORK_APIS.search(p.read_text()))
    assert offenders == sorted([CALDAV, FETCHER])


def test_only_sync_reaches_the_caldav_client():
    """A CalDAV connection is made only by the sync's own code: Settings › Sync (finding calendars, making
    one), ``sync setup``, and the account's own connection (``Account.connection``, which the window's sync
    runner and the ``sync`` command use), always to the account's server."""
    callers = sorted(
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "CalDavConnection(" in p.read_text() and str(p.relative_to(PACKAGE)) != CALDAV
    )
    assert callers == ["cli/sync_commands.py", "core/sync/account.py", "ui/sync/settings_page.py"]


def test_with_sync_off_nothing_of_it_is_imported_at_start(tmp_path):
    """The plain start imports no CalDAV, HTTP or keyring code (and so can reach no server)."""
    import subprocess

    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from recoverybox.app import main\n"
        f"rc = main(['--data-dir', {str(tmp_path / 'data')!r}, '--smoke-test'])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('caldav', 'niquests', 'keyring', 'urllib3'))\n"
        "print('IMPORTED', bad, rc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert "IMPORTED [] 0" in out.stdout, out.stdout + out.stderr


def test_only_a_click_reaches_the_fetcher():
    """``fetch`` is called from one place, ``MeetingListService.load_source``, which the view calls from the
    person's click (Load, Check for updates) and the CLI from ``meetings load``: never at start."""
    callers = sorted(
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        # the function ``fetch(`` (not a method such as the CalDAV client's ``server.fetch(``, nor a ``def``)
        if re.search(r"(?<!def )(?<![.\w])fetch\(", p.read_text()) and str(p.relative_to(PACKAGE)) != FETCHER
    )
    assert callers == ["core/meetings/kept.py"]
    uses = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if "load_source(" in p.read_text())
    assert uses == ["cli/meeting_commands.py", "core/meetings/kept.py", "ui/views/meeting_list_keeping.py"]


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
