# Copied from sandbox/_server.py by the generator. Do not edit; change the sandbox and run `make generate`.
"""The HTTP side: a threaded HTTP/1.1 keep-alive server on 127.0.0.1 in front of the sandbox.

Responses are written in one `send` with an exact Content-Length so clients keep connections.
"""

from __future__ import annotations

import socket
import struct
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from ._app import IN_PROCESS_BASE_URL, Incoming, Sandbox
from ._log import request_line
from ._reply import Reply, v3_error

_MAX_BODY = 10 * 1024 * 1024


class SandboxServer(Sandbox):
    """A local, stateful SendGrid (v2 Reseller + v3) on 127.0.0.1, for tests and benchmarks.

        with SandboxServer(subusers=5000) as server:
            httpx.get(server.base_url + "/v3/subusers", headers={"Authorization": f"Bearer {server.config.api_key}"})

    Keyword arguments override fields of `config` (see SandboxConfig). Thread-safe. The same
    sandbox is reachable in process too (`transport()`), sharing its state.
    """

    _httpd: _HTTPServer | None = None
    _thread: threading.Thread | None = None

    # Lifecycle.

    def start(self) -> SandboxServer:
        if self._httpd is not None:
            return self
        httpd = _HTTPServer((self.config.host, self.config.port), _Handler)
        httpd.sandbox = self
        self._stopping.clear()
        self._httpd = httpd
        self.reset()
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True, name="sandbox"
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()  # wakes stalled and delayed requests
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the sandbox is not running (call start() or use it as a context manager)")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{self.config.host}:{self.port}"

    def _link_base_url(self) -> str:
        return self.base_url if self._httpd is not None else IN_PROCESS_BASE_URL

    def serve_until_interrupted(self) -> None:
        """Start (if needed) and block until Ctrl-C; used by `python -m sandbox`."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(timeout=0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    # One request (runs on the connection's thread).

    def _serve(self, handler: _Handler) -> None:
        body = _read_body(handler)
        if body is None:
            handler.close_connection = True
            self._write(handler, v3_error(400, "request body unreadable or too large"))
            return
        headers = {name.lower(): value for name, value in handler.headers.items()}
        outcome = self.handle(Incoming(handler.command, handler.path, headers, body))
        if outcome.drop is not None:
            handler.close_connection = True
            if outcome.drop == "stall":
                # Real time even with a fake clock: the client's timeout runs on the real one.
                self._stopping.wait(outcome.stall_seconds)
            else:
                # SO_LINGER 0 makes close() send RST instead of FIN: the client sees a reset connection.
                handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                handler.connection.close()
            return
        self._write(handler, outcome.reply, outcome.headers)
        if self.config.log_requests:
            print(request_line(handler.command, handler.path, outcome.reply.status), file=sys.stderr, flush=True)

    def _write(self, handler: _Handler, reply: Reply, extra: tuple[tuple[str, str], ...] = ()) -> None:
        status = reply.status
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}", "Server: sendgrid-sandbox"]
        body = reply.body
        if body is not None and status != 204:
            lines.append("Content-Type: application/json")
            lines.append(f"Content-Length: {len(body)}")
        elif status != 204:
            lines.append("Content-Length: 0")
        lines.extend(f"{name}: {value}" for name, value in (*extra, *reply.headers))
        if handler.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if body and status != 204 and handler.command != "HEAD":
            head += body
        handler.wfile.write(head)


_REASONS = {code: reason for code, (reason, _) in BaseHTTPRequestHandler.responses.items()}


def _read_body(handler: _Handler) -> bytes | None:
    if "chunked" in (handler.headers.get("Transfer-Encoding") or "").lower():
        chunks: list[bytes] = []
        size = 0
        while True:
            line = handler.rfile.readline(1024)
            try:
                length = int(line.split(b";", 1)[0].strip() or b"0", 16)
            except ValueError:
                return None
            if length == 0:
                while handler.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            size += length
            if size > _MAX_BODY:
                return None
            chunks.append(handler.rfile.read(length))
            handler.rfile.readline(1024)
    try:
        length = int(handler.headers.get("Content-Length") or 0)
    except ValueError:
        return None
    if length < 0 or length > _MAX_BODY:
        return None
    return handler.rfile.read(length) if length else b""


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # 32+ clients connecting at once must not overflow the accept backlog
    sandbox: SandboxServer

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Stop idle keep-alive connections too, so no client keeps talking to a stopped sandbox."""
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "sendgrid-sandbox"
    disable_nagle_algorithm = True  # without TCP_NODELAY keep-alive requests stall ~40 ms
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    def _dispatch(self) -> None:
        self.server.sandbox._serve(self)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_HEAD = _dispatch
