"""A small threaded HTTP/1.1 server on 127.0.0.1 for runtime tests over real sockets.

Each request is recorded (method, raw target, headers, body) and answered by a Python function,
so a test scripts exactly what SendGrid would say, including headers folded over several lines.
Keep-alive works (HTTP/1.1, TCP_NODELAY), every socket has a timeout, and leaving the context
stops the server and joins its thread with a bound.

It also misbehaves on purpose (tests/reliability): a `Reply` may reset the connection (TCP RST)
after reading the request, stall before answering, announce a longer body than it sends, or send a
lazily generated body (`chunks`) of any size; `reset_connections(n)` resets the next `n`
connections before reading anything from them (with `once_written=True`, only once the client's
first request bytes have arrived, still unread).
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qsl, urlsplit

SOCKET_TIMEOUT = 10.0
SHUTDOWN_TIMEOUT = 10.0
MAX_BODY = 10 * 1024 * 1024


@dataclass(frozen=True)
class Recorded:
    method: str
    target: str  # path and raw query, exactly as received
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(self.raw_query, keep_blank_values=True))


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    # Values are written verbatim: "\r\n " inside one folds the header over several lines.
    headers: list[tuple[str, str]] = field(default_factory=list)
    close: bool = False
    # Faults. reset: TCP RST instead of an answer. stall: wait this long (cut short when the
    # server stops) before acting; with nothing else to do, then close without answering.
    reset: bool = False
    stall: float = 0.0
    hang_up: bool = False  # close (FIN) without answering
    # A body produced lazily (sent chunked unless `content_length` is given) instead of `body`.
    chunks: Callable[[], Iterable[bytes]] | None = None
    # The Content-Length announced; larger than the body sent = a truncated answer, then close.
    content_length: int | None = None


Handler = Callable[[Recorded], Reply]


def json_reply(body: str, status: int = 200, headers: Iterable[tuple[str, str]] = ()) -> Reply:
    return Reply(status, body.encode(), [("Content-Type", "application/json"), *headers])


def scripted(replies: Iterable[Reply]) -> Handler:
    """Answer with `replies` in order; any request beyond them gets a 599 the test will notice."""
    queue = list(replies)
    lock = threading.Lock()

    def handle(_: Recorded) -> Reply:
        with lock:
            return queue.pop(0) if queue else Reply(599, b"script exhausted")

    return handle


class LoopbackServer:
    """`with LoopbackServer(handler) as server:` then talk to `server.base_url`."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._lock = threading.Lock()
        self._recorded = threading.Condition(self._lock)
        self.requests: list[Recorded] = []
        self._resets_pending = 0
        self._reset_once_written = False
        self.connections_reset = 0
        self.stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def request_count(self) -> int:
        with self._lock:
            return len(self.requests)

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def reset_connections(self, count: int, *, once_written: bool = False) -> None:
        """Reset the next `count` connections (TCP RST) before reading a byte of their requests.

        By default the reset may reach the client while it is still setting the connection up
        (nothing written yet); `once_written` waits until the request's first bytes are in the
        server's socket buffer (peeked, not read), so the client has certainly written it."""
        with self._lock:
            self._resets_pending = count
            self._reset_once_written = once_written

    def _take_reset(self) -> tuple[bool, bool]:
        """(reset this connection?, wait for the request's first bytes first?)"""
        with self._lock:
            if self._resets_pending <= 0:
                return False, False
            self._resets_pending -= 1
            self.connections_reset += 1
            return True, self._reset_once_written

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(SHUTDOWN_TIMEOUT)

    def wait_for_requests(self, count: int, timeout: float = SOCKET_TIMEOUT) -> int:
        """The number of requests read once it reaches `count` (or `timeout` seconds passed).

        A client that gave up (a read timeout) may return before this server's thread has read
        what it sent: on a loaded machine the thread runs later. Counting right away would then
        see too few requests; waiting for the expected count makes the check depend on what was
        sent, not on when a thread was scheduled."""
        with self._recorded:
            self._recorded.wait_for(lambda: len(self.requests) >= count, timeout)
            return len(self.requests)

    def _record(self, request: Recorded) -> Reply:
        with self._recorded:
            self.requests.append(request)
            self._recorded.notify_all()
        return self._handler(request)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # without it each keep-alive request stalls ~40 ms
            timeout = SOCKET_TIMEOUT

            def handle(self) -> None:
                reset, once_written = server._take_reset()
                if reset:
                    if once_written:
                        self.connection.recv(1, socket.MSG_PEEK)  # blocks until the request arrives
                    self._reset()
                    return
                super().handle()

            def _reset(self) -> None:
                # SO_LINGER 0 makes close() send RST instead of FIN: the client sees a reset connection.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True

            def _serve(self) -> None:
                length = min(int(self.headers.get("Content-Length") or 0), MAX_BODY)
                body = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                reply = server._record(Recorded(self.command, self.path, headers, body))
                try:
                    if reply.stall:
                        server.stopping.wait(reply.stall)
                    if reply.reset:
                        self._reset()
                    elif reply.hang_up:
                        self.close_connection = True
                    else:
                        self._answer(reply)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (a timeout test): fine

            def _answer(self, reply: Reply) -> None:
                self.send_response(reply.status)
                for name, value in reply.headers:
                    self.send_header(name, value)
                chunked = reply.chunks is not None and reply.content_length is None
                if chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                else:
                    length = reply.content_length if reply.content_length is not None else len(reply.body)
                    self.send_header("Content-Length", str(length))
                if reply.close or reply.content_length is not None:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                if reply.chunks is None:
                    self.wfile.write(reply.body)
                    return
                for chunk in reply.chunks():
                    if server.stopping.is_set():
                        return
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
                if chunked:
                    self.wfile.write(b"0\r\n\r\n")

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean; the requests are recorded instead

        return _Handler
