"""Servers people run themselves (issue 32, items 10 and 12), against Xandikos: one with a self-signed certificate
of its own is refused until the person trusts that one certificate by its fingerprint, then used; a changed
certificate is refused with a sentence and nothing is sent; a server that asks for no password needs none,
never asks for one, and keeps none."""

from __future__ import annotations

import shutil

import pytest

from recoverybox.core.calendar.events import EventInput
from recoverybox.core.sync.caldav_client import CalDavConnection
from recoverybox.core.sync.certificates import fingerprint_text, normalise_fingerprint, presented_fingerprint
from recoverybox.core.sync.failures import SyncFailure
from tests.sync.test_two_devices import ZONE, agenda, open_device, run, sync
from tests.sync_server import PASSWORD, USER, start_xandikos, stop_radicale


@pytest.fixture
def own_server(tmp_path, monkeypatch):
    """A Xandikos of this test's own (its certificate is replaced in one test), with the password in a file."""
    secret = tmp_path / "sync-password"
    secret.write_text(PASSWORD + "\n")
    monkeypatch.setenv("RECOVERYBOX_SYNC_PASSWORD_FILE", str(secret))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    keyring.core.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))
    servers = [start_xandikos(tmp_path / "xandikos")]
    yield servers
    for server in servers:
        stop_radicale(server)


@pytest.fixture
def open_server(tmp_path, monkeypatch):
    """A Xandikos on this computer over plain http that asks for no password; no password file, no keyring."""
    monkeypatch.delenv("RECOVERYBOX_SYNC_PASSWORD_FILE", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    keyring.core.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))
    server = start_xandikos(tmp_path / "open", tls=False)
    yield server
    stop_radicale(server)


def with_one_event(folder) -> None:  # noqa: ANN001
    services = open_device(folder)
    services.calendar.create_event(
        EventInput("Sponsor call", datetime_(2027, 3, 9, 18), datetime_(2027, 3, 9, 18, 30), ZONE, kind="other")
    )
    services.close()


def datetime_(*parts: int):  # noqa: ANN201
    from datetime import datetime

    return datetime(*parts)


def test_a_self_signed_certificate_is_refused_until_trusted_by_its_fingerprint(own_server, tmp_path, capsys):
    [server] = own_server
    folder = tmp_path / "laptop"
    with_one_event(folder)
    assert run(folder, "sync", "setup", server.url, "--user", USER) == 2
    said = capsys.readouterr().err
    assert "security certificate could not be verified, so nothing was sent" in said
    assert fingerprint_text(server.fingerprint) in said  # as the server shows it: AB:CD:…
    assert f"--trust-fingerprint {server.fingerprint}" in said
    services = open_device(folder)
    assert services.sync.account() is None
    services.close()

    # A fingerprint that is not this certificate's: refused, nothing set up.
    wrong = "00" * 32
    assert run(folder, "sync", "setup", server.url, "--user", USER, "--trust-fingerprint", wrong) == 2
    assert "different security certificate from the one you trusted" in capsys.readouterr().err
    assert run(folder, "sync", "setup", server.url, "--user", USER, "--trust-fingerprint", "not one") == 2
    assert "not a SHA-256 certificate fingerprint" in capsys.readouterr().err

    # Trusted as it is shown (pairs with colons): kept with the account, and used by each sync.
    shown = fingerprint_text(server.fingerprint)
    assert run(folder, "sync", "setup", server.url, "--user", USER, "--trust-fingerprint", shown) == 0
    assert "a changed one is refused" in capsys.readouterr().out
    services = open_device(folder)
    assert services.sync.account().pinned_certificate == server.fingerprint
    services.close()
    assert "1 sent" in sync(folder, capsys)
    assert [row for row in server.resources("RecoveryBox").values() if b"Sponsor call" in row]


def test_a_changed_certificate_is_refused_with_a_sentence_and_nothing_is_sent(own_server, tmp_path, capsys):
    [server] = own_server
    folder = tmp_path / "laptop"
    with_one_event(folder)
    assert run(folder, "sync", "setup", server.url, *server.setup_args()) == 0
    assert "1 sent" in sync(folder, capsys)
    before = server.resources("RecoveryBox")

    # The same server, address and port, with a new self-signed certificate (as someone in between would show).
    stop_radicale(server)
    own_server.clear()
    shutil.rmtree(server.folder / "state" / "certs")
    again = start_xandikos(server.folder, port=server.port)
    own_server.append(again)
    assert again.fingerprint != server.fingerprint
    services = open_device(folder)
    services.calendar.create_event(
        EventInput("Walk", datetime_(2027, 3, 10, 9), datetime_(2027, 3, 10, 10), ZONE, kind="self_care")
    )
    services.close()
    assert run(folder, "sync") == 2
    said = capsys.readouterr().err
    assert "showed a different security certificate from the one you trusted, so nothing was sent" in said
    assert fingerprint_text(again.fingerprint) in said
    assert again.resources("RecoveryBox").keys() == before.keys()  # the walk was not sent
    services = open_device(folder)
    assert services.sync.pending() == 1  # still waiting, not lost
    services.close()


def test_presented_fingerprint_reads_the_certificate_without_trusting_it(own_server):
    [server] = own_server
    assert presented_fingerprint("127.0.0.1", server.port) == server.fingerprint
    with pytest.raises(SyncFailure) as refused, CalDavConnection(server.url, USER, PASSWORD) as connection:
        connection.calendars()
    assert refused.value.kind == "certificate" and refused.value.fingerprint == server.fingerprint
    with CalDavConnection(server.url, USER, PASSWORD, pinned=server.fingerprint) as connection:
        assert "calendar" in [name for name, _url in connection.calendars()]


def test_fingerprints_are_read_as_people_paste_them():
    plain = "ab" * 32
    for typed in (plain, plain.upper(), fingerprint_text(plain), f"SHA256:{fingerprint_text(plain)}", f" {plain} "):
        assert normalise_fingerprint(typed) == plain
    for bad in ("", "ab" * 31, "zz" * 32, "ab" * 33):
        with pytest.raises(SyncFailure):
            normalise_fingerprint(bad)
    assert fingerprint_text(plain).startswith("AB:AB:") and len(fingerprint_text(plain)) == 95


def test_a_server_without_a_password_never_asks_for_one(open_server, tmp_path, capsys):
    laptop, desk = tmp_path / "laptop", tmp_path / "desk"
    with_one_event(laptop)
    open_device(desk).close()
    assert run(laptop, "sync", "setup", open_server.url) == 2
    assert "--no-password" in capsys.readouterr().err  # a user name, or no password, is asked for
    for folder in (laptop, desk):
        assert run(folder, "sync", "setup", open_server.url, "--no-password") == 0
        assert "asks for no password, so none is kept" in capsys.readouterr().out
    assert "1 sent" in sync(laptop, capsys)  # no password file, no keyring, no terminal: never asked
    assert "1 received" in sync(desk, capsys)
    assert agenda(laptop, capsys) == agenda(desk, capsys)
    services = open_device(desk)
    account = services.sync.account()
    assert account.no_password and account.user == ""
    services.close()
