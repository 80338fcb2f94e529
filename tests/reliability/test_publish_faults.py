"""Publish faults (release/): each gives a clear message and a non-zero exit, and the index holds
exactly what it held before (its package folder is compared byte for byte).

One embedded pypiserver (loopback, PyPI fallback off) serves the module; the cases run in order:
index down, credentials refused, upload cut off midway (a loopback proxy in front of the index that
reads part of the upload and resets the connection), then a good publish, then the same version
again.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.release.support import free_port
from tests.reliability.conftest import Built

TIMEOUT = 120


@dataclass
class Index:
    root: Path
    env: dict[str, str]
    url: str
    password: str

    @property
    def packages(self) -> Path:
        return self.root / "packages"


def _release(index: Index, built: Built, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "release", "--index-root", str(index.root), *args]
    if args and args[0] == "publish":
        command += ["--package", str(built.package), "--dist", str(built.dist)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False)


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, built: Built) -> Iterator[Index]:
    root = tmp_path_factory.mktemp("index") / ".index"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INDEX_", "TWINE_"))}
    env.update(INDEX_PORT=str(free_port()), INDEX_FALLBACK="none")
    started = Index(root, env, f"http://127.0.0.1:{env['INDEX_PORT']}/simple/", "")
    assert _release(started, built, env, "index").returncode == 0
    started.password = json.loads((root / "credentials").read_text())["password"]
    try:
        yield started
    finally:
        _release(started, built, env, "index-stop")


def _configured(index: Index, url: str, password: str) -> dict[str, str]:
    return {**index.env, "INDEX_URL": url, "INDEX_USER": "publisher", "INDEX_PASSWORD": password}


def _fails_clearly(result: subprocess.CompletedProcess[str], *phrases: str, secret: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("publish: error: "), result.stderr
    for phrase in phrases:
        assert phrase in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert secret not in result.stdout + result.stderr


def test_index_down(index: Index, built: Built) -> None:
    before = _listing(index.packages)
    env = _configured(index, f"http://127.0.0.1:{free_port()}/simple/", index.password)
    _fails_clearly(
        _release(index, built, env, "publish"), "is unreachable", "nothing was uploaded", secret=index.password
    )
    assert _listing(index.packages) == before == {}


def test_credentials_refused(index: Index, built: Built) -> None:
    before = _listing(index.packages)
    wrong = "wrong-password-not-shown"
    result = _release(index, built, _configured(index, index.url, wrong), "publish")
    _fails_clearly(result, "refused the credentials of 'publisher'", "nothing was uploaded", secret=wrong)
    assert _listing(index.packages) == before == {}


class CuttingProxy:
    """Forwards reads to the index; reads part of an upload, then resets the connection."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.cut = 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                answer = httpx.get(proxy.upstream + self.path, headers={"Accept": "text/html"}, timeout=10)
                self.send_response(answer.status_code)
                self.send_header("Content-Type", answer.headers.get("content-type", "text/html"))
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(min(length // 2, 256 * 1024))
                proxy.cut += 1
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> CuttingProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)


def test_upload_cut_off_midway(index: Index, built: Built) -> None:
    before = _listing(index.packages)
    with CuttingProxy(index.url.removesuffix("/simple/")) as proxy:
        url = f"http://127.0.0.1:{proxy.server.server_address[1]}/simple/"
        result = _release(index, built, _configured(index, url, index.password), "publish")
    assert proxy.cut >= 1
    _fails_clearly(result, "broke during the upload", "nothing was uploaded", secret=index.password)
    assert _listing(index.packages) == before == {}


def test_version_already_present(index: Index, built: Built) -> None:
    published = _release(index, built, _configured(index, index.url, index.password), "publish")
    assert published.returncode == 0, published.stderr
    before = _listing(index.packages)
    assert sorted(before) == sorted([built.wheel.name, built.sdist.name])
    result = _release(index, built, _configured(index, index.url, index.password), "publish")
    _fails_clearly(
        result, f"sendgrid-reseller {built.version} is already on", "Nothing was uploaded", secret=index.password
    )
    assert _listing(index.packages) == before
