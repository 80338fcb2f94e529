"""After the upload, every file must be listed with the sha256 of the local file; twine's colour
codes never reach a message. A small fake index (loopback) lists what it is told to."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from release.errors import ReleaseError
from release.publish import _clean, publish
from release.simple_index import Target


class FakeIndex:
    """Takes any upload; its project page lists the uploaded names with a chosen sha256."""

    def __init__(self, listed_sha256: str) -> None:
        self.uploaded: list[str] = []
        index = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                if self.path == "/simple/":
                    self._answer(200, "<!DOCTYPE html><html><body></body></html>")
                elif self.path == "/simple/sendgrid-reseller/" and index.uploaded:
                    links = "".join(
                        f'<a href="/packages/{name}#sha256={listed_sha256}">{name}</a>' for name in index.uploaded
                    )
                    self._answer(200, f"<!DOCTYPE html><html><body>{links}</body></html>")
                else:
                    self._answer(404, "not found")

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if b'filename="' not in body:
                    self._answer(400, "no content")  # the credentials probe: accepted, nothing stored
                    return
                index.uploaded.append(body.split(b'filename="', 1)[1].split(b'"', 1)[0].decode())
                self._answer(200, "ok")

            def _answer(self, status: int, text: str) -> None:
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def target(self) -> Target:
        port = self.server.server_address[1]
        return Target(f"http://127.0.0.1:{port}/simple/", f"http://127.0.0.1:{port}/", "ci", "pw")


@pytest.fixture
def fake_index() -> Iterator[FakeIndex]:
    index = FakeIndex(listed_sha256="0" * 64)
    index.thread.start()
    try:
        yield index
    finally:
        index.server.shutdown()
        index.server.server_close()


def test_a_listed_file_with_another_sha256_fails_the_publish(fake_index: FakeIndex, tmp_path: Path) -> None:
    wheel = tmp_path / "sendgrid_reseller-9.9.9-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:  # the least twine accepts as a wheel
        archive.writestr(
            "sendgrid_reseller-9.9.9.dist-info/METADATA",
            "Metadata-Version: 2.1\nName: sendgrid-reseller\nVersion: 9.9.9\n",
        )
        archive.writestr("sendgrid_reseller-9.9.9.dist-info/WHEEL", "Wheel-Version: 1.0\nTag: py3-none-any\n")
    with pytest.raises(ReleaseError, match=r"lists sendgrid_reseller-9.9.9-py3-none-any.whl with sha256 0{64}"):
        publish(fake_index.target, [wheel], "9.9.9")
    assert fake_index.uploaded == [wheel.name]


def test_colour_codes_and_the_password_are_removed_from_tool_output() -> None:
    raw = "\x1b[31mERROR   \x1b[0m HTTPError: 400 Bad Request from http://i/ (password s3cret)\x1b[?25h"
    assert _clean(raw, "s3cret") == "ERROR    HTTPError: 400 Bad Request from http://i/ (password ********)"
