"""A raw-socket server on 127.0.0.1 that answers slowly on purpose, one piece at a time.

`DripServer(pieces, interval)` accepts connections, reads each request's head (and body, by its
Content-Length), then writes `pieces` one by one with `interval` seconds between them. Every
loop is bounded (a piece count, a stop event, socket timeouts); leaving the context stops it.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterable
from types import TracebackType

SOCKET_TIMEOUT = 5.0
JOIN_TIMEOUT = 5.0


class DripServer:
    def __init__(self, pieces: Callable[[], Iterable[bytes]], interval: float) -> None:
        self._pieces = pieces
        self._interval = interval
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._workers: list[threading.Thread] = []
        self.requests = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> DripServer:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(JOIN_TIMEOUT)
        for worker in self._workers:
            worker.join(JOIN_TIMEOUT)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            worker = threading.Thread(target=self._answer, args=(connection,), daemon=True)
            self._workers.append(worker)
            worker.start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(SOCKET_TIMEOUT)
            try:
                if not self._read_request(connection):
                    return
                self.requests += 1
                for piece in self._pieces():
                    if self._stop.wait(self._interval):
                        return
                    connection.sendall(piece)
            except OSError:
                return  # the client gave up: what the tests expect

    @staticmethod
    def _read_request(connection: socket.socket) -> bool:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return False
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = connection.recv(65536)
            if not chunk:
                return False
            body += chunk
        return True


def body_drip(count: int = 200) -> Callable[[], Iterable[bytes]]:
    """Headers at once, then a body of `count` bytes one byte at a time."""

    def pieces() -> Iterable[bytes]:
        yield b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % count
        yield from (b" " for _ in range(count))

    return pieces


def header_drip(count: int = 200) -> Callable[[], Iterable[bytes]]:
    """The status line and one header, one byte at a time, never finished within `count` bytes."""

    def pieces() -> Iterable[bytes]:
        head = b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * count
        yield from (head[index : index + 1] for index in range(len(head)))

    return pieces


def continue_flood(count: int = 200) -> Callable[[], Iterable[bytes]]:
    """`100 Continue` after `100 Continue`, never a final answer."""

    def pieces() -> Iterable[bytes]:
        yield from (b"HTTP/1.1 100 Continue\r\n\r\n" for _ in range(count))

    return pieces
