"""The suite-wide guard really stops a connection to another host."""

import socket

import pytest

from tests.conftest import NetworkUsed


def test_tcp_connect_is_refused_by_the_guard():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkUsed):
            sock.connect(("127.0.0.1", 9))
    finally:
        sock.close()


def test_create_connection_is_refused_by_the_guard():
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 443), timeout=0.1)


def test_core_never_imports_qt():
    import subprocess
    import sys

    code = (
        "import sys, recoverybox.core.app.services, recoverybox.core.app.demo, recoverybox.core.calendar.events;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
