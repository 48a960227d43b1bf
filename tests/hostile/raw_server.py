"""A TCP server that answers with whatever bytes a test scripts (slow, malformed, huge), on 127.0.0.1 or
127.0.0.2 (both this machine): a hostile web server, meeting-list feed or CalDAV server."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

Reply = Callable[[socket.socket, bytes], None]  # (connection, the request's head) → writes the answer


@dataclass
class RawServer:
    host: str
    port: int
    replies: dict[str, Reply] = field(default_factory=dict)  # path → how to answer
    seen: list[bytes] = field(default_factory=list)  # each request's head and body as received
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"


def read_request(conn: socket.socket) -> bytes:
    """The request's head and (by Content-Length) its body."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip() or 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


@contextlib.contextmanager
def raw_server(host: str = "127.0.0.1") -> Iterator[RawServer]:
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, 0))
    listener.listen(16)
    listener.settimeout(0.2)
    state = RawServer(host, listener.getsockname()[1])

    def answer(conn: socket.socket) -> None:
        with conn:
            try:
                request = read_request(conn)
                state.seen.append(request)
                path = request.split(b" ", 2)[1].decode("latin-1") if request.count(b" ") >= 2 else "/"
                reply = state.replies.get(path) or state.replies.get("*")
                if reply is None:
                    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                else:
                    reply(conn, request)
            except OSError:
                pass

    def serve() -> None:
        while not state.stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=answer, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, name="raw-server", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stop.set()
        thread.join()
        listener.close()


def send(data: bytes) -> Reply:
    def reply(conn: socket.socket, _request: bytes) -> None:
        conn.sendall(data)

    return reply


def drip(head: bytes, stop: threading.Event, every: float = 1.0) -> Reply:
    """Send ``head`` then one byte every ``every`` seconds until the test ends (or the client goes)."""

    def reply(conn: socket.socket, _request: bytes) -> None:
        conn.sendall(head)
        while not stop.is_set():
            time.sleep(every)  # (not stop.wait(every): a timed wait never returns under libfaketime)
            conn.sendall(b"[")

    return reply
