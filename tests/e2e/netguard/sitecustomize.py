"""Loaded by the app under test (via PYTHONPATH): any network connection from Python ends the process.

Only local (AF_UNIX) sockets are allowed: the X display and the app's own single-instance socket.
"""

import os
import socket
import sys

_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _guard(sock, address):
    if sock.family != getattr(socket, "AF_UNIX", None):
        sys.stderr.write(f"NETWORK USED: {address!r}\n")
        sys.stderr.flush()
        os._exit(97)


def connect(self, address):
    _guard(self, address)
    return _connect(self, address)


def connect_ex(self, address):
    _guard(self, address)
    return _connect_ex(self, address)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
