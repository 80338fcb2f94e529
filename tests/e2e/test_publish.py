"""Publish to a real local index, install in a fresh venv from that index only, import, call.

Loopback only and offline: the index is the embedded pypiserver (fallback to PyPI disabled) on a
free port in a temporary folder; the consumer's venv is made by tests/e2e/consumer.py. The same
journey on devpi-server is in test_devpi.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator.paths import RUNTIME
from release.build import package_version
from tests.e2e.consumer import install_from
from tests.release.support import built, free_port, generated_package

TIMEOUT = 60


@dataclass
class Published:
    root: Path  # the embedded index folder
    env: dict[str, str]
    package: Path
    dist: Path
    wheel: Path
    version: str
    result: subprocess.CompletedProcess[str]
    duration: float

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.env['INDEX_PORT']}/simple/"


def _release(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "release", "--index-root", str(root), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False)


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def _index_env(port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INDEX_", "TWINE_"))}
    return {**env, "INDEX_PORT": str(port), "INDEX_FALLBACK": "none"}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    """`python -m release publish` with nothing configured: it starts the embedded index itself."""
    work = tmp_path_factory.mktemp("publish")
    package = generated_package(work / "generated")
    dist = work / "dist"
    wheel, _ = built(package, dist)
    root, env = work / ".index", _index_env(free_port())
    started = time.perf_counter()
    result = _release(root, env, "publish", "--package", str(package), "--dist", str(dist))
    duration = time.perf_counter() - started
    try:
        yield Published(root, env, package, dist, wheel, package_version(package)[0], result, duration)
    finally:
        _release(root, env, "index-stop")


def test_publish_uploads_and_prints_a_safe_install_line(published: Published) -> None:
    assert published.result.returncode == 0, published.result.stderr
    assert (
        f'pip install --index-url {published.url} "sendgrid-reseller=={published.version}"' in published.result.stdout
    )
    assert sorted(_listing(published.root / "packages")) == [
        published.wheel.name,
        f"sendgrid_reseller-{published.version}.tar.gz",
    ]
    assert published.duration < 30


def test_credentials_are_private_and_never_printed(published: Published) -> None:
    stored = published.root / "credentials"
    assert stored.stat().st_mode & 0o777 == 0o600 and (published.root / "htpasswd").stat().st_mode & 0o777 == 0o600
    password = json.loads(stored.read_text())["password"]
    seen = published.result.stdout + published.result.stderr + (published.root / "pypiserver.log").read_text()
    assert password not in seen


def test_index_listens_on_loopback_only(published: Published) -> None:
    pid = int((published.root / "pypiserver.pid").read_text())
    command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    assert command[command.index(b"-i") + 1] == b"127.0.0.1"
    assert b"--overwrite" not in command and b"-o" not in command


@pytest.fixture(scope="module")
def fresh_venv(published: Published, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv with sendgrid-reseller installed from our index, the only index pip may use."""
    assert published.result.returncode == 0, published.result.stderr
    home = tmp_path_factory.mktemp("consumer") / "venv"
    result = install_from(published.url, published.version, home)
    assert result.returncode == 0, result.stdout + result.stderr
    return home


def _run(home: Path, code: str, *args: str) -> str:
    result = subprocess.run(
        [home / "bin" / "python", "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        cwd=home,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_installed_package_came_from_our_index(published: Published, fresh_venv: Path) -> None:
    report = json.loads((fresh_venv / "install-report.json").read_text())
    installed = {item["metadata"]["name"]: item for item in report["install"]}
    assert list(installed) == ["sendgrid-reseller"]  # nothing else was downloaded
    info = installed["sendgrid-reseller"]["download_info"]
    assert info["url"].startswith(published.url.removesuffix("simple/"))
    assert info["archive_info"]["hashes"]["sha256"] == hashlib.sha256(published.wheel.read_bytes()).hexdigest()
    shown = _run(fresh_venv, "import importlib.metadata as m, sys; print(m.version(sys.argv[1]))", "sendgrid-reseller")
    assert shown.strip() == published.version
    location = _run(fresh_venv, "import importlib.util as u; print(u.find_spec('sendgrid_reseller').origin)")
    assert Path(location.strip()).is_relative_to(fresh_venv)


class _Subusers(BaseHTTPRequestHandler):
    disable_nagle_algorithm = True
    seen: list[tuple[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        type(self).seen.append((self.path, self.headers.get("Authorization", "")))
        body = json.dumps(
            [{"disabled": False, "id": 1234, "username": "example_subuser", "email": "e@example.com"}]
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.mark.skipif(
    not (RUNTIME / "client.py").exists(), reason="the runtime client (overlays/runtime/client.py) is not merged yet"
)
def test_installed_package_imports_and_calls_subusers_list(published: Published, fresh_venv: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Subusers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        code = (
            "import sys, sendgrid_reseller\n"
            "from sendgrid_reseller import SendGrid\n"
            "with SendGrid(api_key='SG.e2e', base_url=sys.argv[1], allow_insecure_http=True) as client:\n"
            "    users = client.subusers.list()\n"
            "print(sendgrid_reseller.__version__, [u.username for u in users])\n"
        )
        output = _run(fresh_venv, code, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
    assert output.strip() == f"{published.version} ['example_subuser']"
    assert _Subusers.seen == [("/v3/subusers", "Bearer SG.e2e")]


def test_republishing_the_same_version_is_refused_and_changes_nothing(published: Published) -> None:
    before = _listing(published.root / "packages")
    result = _release(
        published.root, published.env, "publish", "--package", str(published.package), "--dist", str(published.dist)
    )
    assert result.returncode == 1
    assert f"sendgrid-reseller {published.version} is already on {published.url}" in result.stderr
    assert "Nothing was uploaded" in result.stderr
    assert _listing(published.root / "packages") == before


def test_unreachable_index_fails_clearly(published: Published) -> None:
    env = {
        **published.env,
        "INDEX_URL": f"http://127.0.0.1:{free_port()}/simple/",
        "INDEX_USER": "u",
        "INDEX_PASSWORD": "p4ss-not-shown",
    }
    before = _listing(published.root / "packages")
    result = _release(
        published.root, env, "publish", "--package", str(published.package), "--dist", str(published.dist)
    )
    assert result.returncode == 1
    assert "is unreachable" in result.stderr and "nothing was uploaded" in result.stderr
    assert "p4ss-not-shown" not in result.stdout + result.stderr
    assert _listing(published.root / "packages") == before


def test_refused_credentials_fail_clearly_and_change_nothing(tmp_path: Path, published: Published) -> None:
    """A separate, empty index with the PyPI fallback on: the pre-check must treat pypiserver's
    redirect for an unknown project as "not here" (without following it), so the upload is tried."""
    root, env = tmp_path / ".index", _index_env(free_port())
    del env["INDEX_FALLBACK"]
    assert _release(root, env, "index").returncode == 0
    try:
        secret = "wrong-password-do-not-print"
        bad = {
            **env,
            "INDEX_URL": f"http://127.0.0.1:{env['INDEX_PORT']}/simple/",
            "INDEX_USER": "publisher",
            "INDEX_PASSWORD": secret,
        }
        result = _release(root, bad, "publish", "--package", str(published.package), "--dist", str(published.dist))
        assert result.returncode == 1
        assert "refused the credentials of 'publisher'" in result.stderr and "nothing was uploaded" in result.stderr
        assert secret not in result.stdout + result.stderr + (root / "pypiserver.log").read_text()
        assert _listing(root / "packages") == {}
    finally:
        assert "stopped" in _release(root, env, "index-stop").stderr
    assert "not running" in _release(root, env, "index-stop").stderr  # idempotent
