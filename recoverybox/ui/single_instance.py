"""A second start on the same data folder raises the running window instead of opening the data twice.

The lock (``core.instance_lock``) decides who runs; a local socket (a Unix socket, never the network)
carries the "show yourself" message.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"recoverybox-{digest}"


class InstanceServer(QObject):
    """Listens for a second start and asks the window to come forward."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a stale socket from a crash; we hold the lock, so it is ours
        self._server.listen(name)
        self._server.newConnection.connect(self._on_new_connection)

    def _on_new_connection(self) -> None:
        connection = self._server.nextPendingConnection()
        if connection is not None:
            connection.disconnectFromServer()
            connection.deleteLater()
        self.raise_requested.emit()

    def close(self) -> None:
        self._server.close()


def ask_running_instance_to_show(data_dir: Path, timeout_ms: int = 2000) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    ok = socket.waitForConnected(timeout_ms)
    if ok:
        socket.write(b"show\n")
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
    return ok
