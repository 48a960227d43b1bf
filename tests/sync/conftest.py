"""The sync tests' CalDAV server (one Radicale for the session; each test uses calendars of its own)."""

from __future__ import annotations

import pytest

from tests.sync_server import start_radicale, stop_radicale


@pytest.fixture(scope="session")
def radicale_server(tmp_path_factory):
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    yield server
    stop_radicale(server)


@pytest.fixture
def radicale(radicale_server, monkeypatch, tmp_path):
    """The server, with the sync password in a file as ``RECOVERYBOX_SYNC_PASSWORD_FILE`` names it, and no
    system keyring (each test that wants one sets its own)."""
    from tests.sync_server import PASSWORD

    secret = tmp_path / "sync-password"
    secret.write_text(PASSWORD + "\n")
    monkeypatch.setenv("RECOVERYBOX_SYNC_PASSWORD_FILE", str(secret))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    keyring.core.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))
    return radicale_server
