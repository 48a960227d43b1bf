"""A real CalDAV server for the sync tests: Radicale (PyPI ``radicale``) in its own process on 127.0.0.1, on a
free port, with htpasswd authentication and its own storage folder."""

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

from recoverybox.core.net import permit

USER = "robin"
PASSWORD = "correct horse battery"  # noqa: S105 (a test server's)


@dataclass
class Radicale:
    port: int
    folder: Path
    process: subprocess.Popen
    names: Iterator[int] = field(default_factory=itertools.count)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def new_calendar_name(self) -> str:
        """A calendar name no other test uses (the server is shared by the session's tests)."""
        return f"Week {os.getpid()}-{next(self.names)}"

    @contextlib.contextmanager
    def phone(self) -> Iterator[object]:
        """The ``caldav`` package used directly, as a phone's calendar would (the guard lets it reach the server)."""
        import caldav

        with (
            permit("127.0.0.1", self.port),
            caldav.DAVClient(url=self.url, username=USER, password=PASSWORD, enable_rfc6764=False) as client,
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
