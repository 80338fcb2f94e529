"""The HTTP side: a threaded HTTP/1.1 keep-alive server on 127.0.0.1 and the request pipeline.

Pipeline per request: scripted fault (if any) → route → rate limit → credentials → handler.
Responses are written in one `send` with an exact Content-Length so clients keep connections.
"""

from __future__ import annotations

import socket
import struct
import sys
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs

from sandbox._config import SandboxConfig
from sandbox._faults import Fault, FaultScripts
from sandbox._log import RequestLog, Snapshot, request_line
from sandbox._ratelimit import RateLimiter
from sandbox._reply import V3_TOO_MANY, V3_TOO_MANY_INVALID, Reply, v2_error, v3_error
from sandbox._spec import RouteTable, load_routes
from sandbox._state import State
from sandbox._v2 import V2Api
from sandbox._v3 import V3Api, V3Request

_V2_PREFIXES = ("/apiv2/", "/api/")
_FORM = "application/x-www-form-urlencoded"
_MAX_BODY = 10 * 1024 * 1024


class SandboxServer:
    """A local, stateful SendGrid (v2 Reseller + v3) for tests and benchmarks.

        with SandboxServer(subusers=5000) as server:
            httpx.get(server.base_url + "/v3/subusers", headers={"Authorization": f"Bearer {server.config.api_key}"})

    Keyword arguments override fields of `config` (see SandboxConfig). Thread-safe.
    """

    def __init__(self, config: SandboxConfig | None = None, **overrides: Any) -> None:
        self.config = replace(config or SandboxConfig(), **overrides)
        self.routes: RouteTable = load_routes(self.config.spec_path)
        self.log = RequestLog(self.config.record_requests, self.config.max_records)
        self._scripts = FaultScripts()
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._limiter = RateLimiter(self.config.rate_limit, self.config.reset_style) if self.config.rate_limit else None
        self._apis: tuple[V2Api, V3Api] | None = None

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

    # Control from tests and benchmarks.

    def reset(self) -> None:
        """Fresh seeded data, rate-limit windows, fault scripts and request log."""
        state = State(self.config.subusers, self.config.bounces, self.config.customers)
        self._apis = (
            V2Api(self.routes, state.customers, self.config),
            V3Api(self.routes, state, self.config, self.base_url),
        )
        if self._limiter is not None:
            self._limiter.reset()
        self._scripts.clear()
        self.log.clear()

    def script(self, path: str, faults: list[Fault], method: str | None = None) -> None:
        """Serve `faults` in order to requests for `path` (no query string), before normal handling."""
        self._scripts.set(path, faults, method)

    def pending_faults(self) -> int:
        return self._scripts.pending()

    def stats(self) -> Snapshot:
        return self.log.snapshot()

    # The pipeline (runs on the connection's thread).

    def _serve(self, handler: _Handler) -> None:
        method = handler.command
        path, _, query = handler.path.partition("?")
        body = _read_body(handler)
        if body is None:
            handler.close_connection = True
            self._write(handler, v3_error(400, "request body unreadable or too large"))
            return
        fault = self._scripts.take(method, path)
        if fault is not None and self._apply_fault(handler, fault, method, path):
            return
        assert self._apis is not None
        v2, v3 = self._apis
        on_behalf_of = handler.headers.get("on-behalf-of")
        authorization = handler.headers.get("Authorization")
        throttled = 0
        if path.startswith(_V2_PREFIXES) and v2.knows(path):
            endpoint = f"{method} {path}"
            decision = self._limiter.hit(endpoint) if self._limiter is not None and self.config.rate_limit_v2 else None
            if decision is not None and not decision.allowed:
                reply, throttled = self._too_many(), decision.window
            else:
                params = parse_qs(query, keep_blank_values=True) if query else {}
                if body and _FORM in (handler.headers.get("Content-Type") or ""):
                    for name, values in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                        params.setdefault(name, []).extend(values)
                reply = v2.handle(path, params, authorization)
            rate_headers = decision.headers if decision is not None else ()
        elif path.startswith(_V2_PREFIXES):
            endpoint, reply, rate_headers = f"{method} {path}", v2_error(f"Unknown API path {path}", status=404), ()
        else:
            match = v3.resolve(path)
            if match is None:
                endpoint, reply, rate_headers = f"{method} {path}", v3_error(404, "resource not found"), ()
            else:
                endpoint = f"{method} {match.template}"
                decision = self._limiter.hit(endpoint) if self._limiter is not None else None
                if decision is not None and not decision.allowed:
                    reply, throttled = self._too_many(), decision.window
                else:
                    request = V3Request(method, path, parse_qs(query, keep_blank_values=True), body, on_behalf_of)
                    reply = v3.handle(match, request, authorization)
                rate_headers = decision.headers if decision is not None else ()
        # Logged before the answer goes out, so a client that has its response sees it counted.
        self.log.add(method, path, endpoint, reply.operation, reply.status, throttled, False, on_behalf_of)
        self._write(handler, reply, rate_headers)
        if self.config.log_requests:
            print(request_line(method, handler.path, reply.status), file=sys.stderr, flush=True)

    def _too_many(self) -> Reply:
        return Reply(429, V3_TOO_MANY_INVALID if self.config.invalid_429_body else V3_TOO_MANY)

    def _apply_fault(self, handler: _Handler, fault: Fault, method: str, path: str) -> bool:
        """True when the fault answered (or killed) the request; False to continue normally."""
        wait = min(fault.delay, self.config.max_delay)
        if wait > 0:
            self._stopping.wait(wait)
        if fault.kind == "pass":
            return False
        endpoint = f"{method} {path}"
        if fault.kind == "respond":
            body = fault.body
            if body is None:
                error = (
                    v2_error(f"scripted {fault.code}", status=fault.code)
                    if path.startswith(_V2_PREFIXES)
                    else v3_error(fault.code, f"scripted {fault.code}")
                )
                body = error.body
            self.log.add(method, path, endpoint, "", fault.code, fault=True)
            self._write(handler, Reply(fault.code, None if fault.code == 204 else body, fault.headers))
            return True
        handler.close_connection = True
        self.log.add(method, path, endpoint, "", 0, fault=True)
        if fault.kind == "reset":
            # SO_LINGER 0 makes close() send RST instead of FIN: the client sees a reset connection.
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            handler.connection.close()
        return True

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
