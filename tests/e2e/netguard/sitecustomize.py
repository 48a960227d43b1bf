"""Loaded by the app under test (via PYTHONPATH): any network connection from Python ends the process.

Allowed: local (AF_UNIX) sockets (the X display, the app's own single-instance socket) and the one connection
RecoveryBox may make right now, named in ``core.net``: to the host of a meeting-list address the person typed,
while ``core.meeting_fetch`` fetches it, or to their CalDAV server while the sync talks to it (its name and the
addresses it resolves to).
"""

import contextlib
import os
import socket
import sys

_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_create_connection = socket.create_connection


def _permitted(address):
    net = sys.modules.get("recoverybox.core.base.net")
    target = net.permitted() if net is not None else None
    if target is None or not isinstance(address, tuple) or len(address) < 2:
        return False
    host, port = target
    allowed = {(host, port)}
    with contextlib.suppress(OSError):
        allowed |= {(info[4][0], port) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}
    return (str(address[0]).lower(), address[1]) in allowed


def _guard(sock, address):
    if sock is not None and sock.family == getattr(socket, "AF_UNIX", None):
        return
    if _permitted(address):
        return
    sys.stderr.write(f"NETWORK USED: {address!r}\n")
    sys.stderr.flush()
    os._exit(97)


def connect(self, address):
    _guard(self, address)
    return _connect(self, address)


def connect_ex(self, address):
    _guard(self, address)
    return _connect_ex(self, address)


def create_connection(address, *args, **kwargs):
    _guard(None, address)
    return _create_connection(address, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.create_connection = create_connection
