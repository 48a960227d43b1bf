"""Real CalDAV servers for the sync tests, each in its own process on 127.0.0.1, on a free port, with its own
storage folder: Radicale (PyPI ``radicale``) over http with htpasswd authentication, and Xandikos (PyPI
``xandikos``) over https with a self-signed certificate of its own (``--autocert``) and htpasswd
authentication, or over http with no authentication at all."""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from recoverybox.core.base.net import permit

USER = "robin"
PASSWORD = "correct horse battery"  # noqa: S105 (a test server's)


@dataclass
class Radicale:
    port: int
    folder: Path
    process: subprocess.Popen
    names: Iterator[int] = field(default_factory=itertools.count)
    name = "Radicale"
    fingerprint: str | None = None  # a self-signed certificate's SHA-256 (hex), to be trusted by pinning
    user: str | None = USER  # None: the server asks for no password

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def setup_args(self) -> list[str]:
        """``sync setup``'s options for this server (the URL apart)."""
        args = ["--user", self.user] if self.user else ["--no-password"]
        return args + (["--trust-fingerprint", self.fingerprint] if self.fingerprint else [])

    def new_calendar_name(self) -> str:
        """A calendar name no other test uses (the server is shared by the session's tests)."""
        return f"Week {os.getpid()}-{next(self.names)}"

    @contextlib.contextmanager
    def phone(self) -> Iterator[object]:
        """The ``caldav`` package used directly, as a phone's calendar would (the guard lets it reach the server)."""
        import caldav

        with (
            permit("127.0.0.1", self.port),
            caldav.DAVClient(
                url=self.url,
                username=self.user,
                password=PASSWORD if self.user else None,
                enable_rfc6764=False,
                ssl_verify_cert=f"sha256_{self.fingerprint}" if self.fingerprint else True,
            ) as client,
        ):
            yield client

    def calendar(self, client: object, name: str):  # noqa: ANN201
        for calendar in client.get_principal().get_calendars():  # type: ignore[attr-defined]
            if calendar.get_display_name() == name:
                return calendar
        raise LookupError(name)

    def resources(self, name: str) -> dict[str, bytes]:
        """The calendar's resources as the server holds them: href → data."""
        with self.phone() as client:
            calendar = self.calendar(client, name)
            listing = calendar.get_objects_by_sync_token(load_objects=True)
            gone = {url.canonical() for url in listing.deleted_urls}  # Radicale lists deleted ones too
            return {
                str(item.url): item.data.encode()
                for item in listing
                if item.url.canonical() not in gone and item.data is not None
            }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_radicale(folder: Path) -> Radicale:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n")
    port = _free_port()
    config = folder / "config"
    config.write_text(
        "[server]\n"
        f"hosts = 127.0.0.1:{port}\n"
        "[auth]\n"
        "type = htpasswd\n"
        f"htpasswd_filename = {folder / 'users'}\n"
        "htpasswd_encryption = plain\n"
        "[storage]\n"
        f"filesystem_folder = {folder / 'collections'}\n"
        "[logging]\n"
        "level = info\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    said = []
    assert process.stdout is not None
    for line in process.stdout:  # ready when it says it listens (or gone when its output ends)
        said.append(line)
        if "Listening on" in line:
            break
    else:
        process.wait()
        raise RuntimeError("Radicale did not start:\n" + "".join(said))
    threading.Thread(target=_drain, args=(process, folder / "radicale.log"), daemon=True).start()
    return Radicale(port, folder, process)


def _drain(process: subprocess.Popen, log: Path) -> None:
    """Keep reading the server's log lines (a full pipe would stop it), into a file a failing test can show."""
    with open(log, "a", encoding="utf-8") as out:
        for line in process.stdout:  # type: ignore[union-attr]
            out.write(line)


def stop_radicale(server: Radicale) -> None:
    server.process.terminate()
    try:
        server.process.wait(10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
    if server.process.stdout is not None:
        server.process.stdout.close()


@dataclass
class Xandikos(Radicale):
    name = "Xandikos"
    tls: bool = True

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"


def start_xandikos(folder: Path, tls: bool = True, port: int | None = None) -> Xandikos:
    """Xandikos serving ``folder``: with ``tls``, over https with a self-signed certificate it makes (kept in
    ``folder/state``: delete it and start again for a new one) and the test user's password; without, over
    plain http asking for no password at all."""
    import base64
    import hashlib
    import ssl

    folder.mkdir(parents=True, exist_ok=True)
    port = port or _free_port()
    command = [
        sys.executable, "-m", "xandikos", "serve", "-d", str(folder / "data"), "--state-dir",
        str(folder / "state"), "--defaults", "-l", "127.0.0.1", "-p", str(port), "--no-detect-systemd",
    ]  # fmt: skip
    if tls:
        digest = base64.b64encode(hashlib.sha1(PASSWORD.encode()).digest()).decode()  # noqa: S324 (its format)
        (folder / "users").write_text(f"{USER}:{{SHA}}{digest}\n")
        command += ["--autocert", "--htpasswd", str(folder / "users")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    threading.Thread(target=_drain, args=(process, folder / "xandikos.log"), daemon=True).start()
    _wait_listening(port, process, folder / "xandikos.log")
    fingerprint = None
    if tls:
        pem = (folder / "state" / "certs" / "selfsigned.crt").read_text()
        fingerprint = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
    return Xandikos(port, folder, process, fingerprint=fingerprint, user=USER if tls else None, tls=tls)


def _wait_listening(port: int, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    """Return once something accepts connections on ``port`` (the server prints "Listening" a little early)."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("The server did not start:\n" + (log.read_text() if log.exists() else ""))
        try:
            with permit("127.0.0.1", port), socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)  # polling a port coming up, not waiting a fixed time
    raise RuntimeError(f"Nothing listened on port {port} within {seconds} s")
