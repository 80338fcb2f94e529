"""The embedded package index: a pypiserver on 127.0.0.1, packages under a project-local folder.

- Listens on loopback only (`-i 127.0.0.1`); the port is fixed by default (INDEX_PORT overrides).
- Uploads need credentials: an htpasswd file made on first use from a generated password kept in
  `<root>/credentials` (mode 0600, never printed). Reading is open, as for any simple index.
- No `--overwrite`: a file that is already there is never replaced.
- `start` and `stop` are idempotent; a pid file says which process is ours.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from release.errors import ReleaseError

DEFAULT_PORT = 8765
UPLOAD_USER = "publisher"
START_TIMEOUT = 20.0
_children: dict[int, subprocess.Popen[bytes]] = {}  # started by this process: reaped on stop


@dataclass(frozen=True)
class EmbeddedIndex:
    root: Path
    port: int = DEFAULT_PORT
    fallback: bool = True  # redirect projects we do not hold to PyPI (dependencies); ours never are

    @property
    def packages(self) -> Path:
        return self.root / "packages"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/simple/"

    @property
    def upload_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def pid_file(self) -> Path:
        return self.root / "pypiserver.pid"

    @property
    def log_file(self) -> Path:
        return self.root / "pypiserver.log"


def from_env(env: Mapping[str, str], root: Path) -> EmbeddedIndex:
    """The embedded index as INDEX_PORT and INDEX_FALLBACK (`none` disables the PyPI fallback) say."""
    port = env.get("INDEX_PORT") or str(DEFAULT_PORT)
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ReleaseError(f"INDEX_PORT must be a TCP port number, got {port!r}")
    return EmbeddedIndex(root, int(port), fallback=env.get("INDEX_FALLBACK", "pypi") != "none")


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def credentials(index: EmbeddedIndex) -> tuple[str, str]:
    """The upload user and password, created (with the htpasswd file) on first use."""
    index.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    index.packages.mkdir(exist_ok=True)
    stored = index.root / "credentials"
    if not stored.exists():
        _write_private(stored, json.dumps({"username": UPLOAD_USER, "password": secrets.token_urlsafe(24)}))
    data = json.loads(stored.read_text(encoding="utf-8"))
    htpasswd = index.root / "htpasswd"
    if not htpasswd.exists():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # passlib imports the deprecated `crypt`
            from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

            table = HtpasswdFile(str(htpasswd), new=True, default_scheme="apr_md5_crypt")
            table.set_password(data["username"], data["password"])
            _write_private(htpasswd, table.to_string().decode("utf-8"))
    return data["username"], data["password"]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _our_pid(index: EmbeddedIndex) -> int | None:
    """The pid in the pid file when that process is alive and is this index's pypiserver."""
    try:
        pid = int(index.pid_file.read_text().strip())
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except (OSError, ValueError):
        return None
    ours = b"pypiserver" in b" ".join(command) and str(index.packages.resolve()).encode() in command
    return pid if ours and _alive(pid) else None


def healthy(index: EmbeddedIndex, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{index.port}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except (OSError, urllib.error.URLError):
        return False


def _port_taken(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def start(index: EmbeddedIndex) -> str:
    """Start the index unless it already runs; return a one-line status."""
    if _our_pid(index) is not None and healthy(index):
        return f"index already running at {index.url} (packages in {index.packages})"
    if _port_taken(index.port):
        raise ReleaseError(f"port {index.port} on 127.0.0.1 is used by another program; set INDEX_PORT to a free port")
    credentials(index)
    command = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(index.port)]
    command += ["-P", str(index.root / "htpasswd"), "-a", "update", "--hash-algo", "sha256"]
    command += [] if index.fallback else ["--disable-fallback"]
    command.append(str(index.packages.resolve()))
    with open(index.log_file, "ab") as log:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True, close_fds=True
        )
    _children[process.pid] = process
    index.pid_file.write_text(f"{process.pid}\n")
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            index.pid_file.unlink(missing_ok=True)
            _children.pop(process.pid, None)
            tail = index.log_file.read_text(errors="replace")[-1500:]
            raise ReleaseError(f"the index exited at start (code {process.returncode}); log {index.log_file}:\n{tail}")
        if healthy(index, timeout=0.5):
            return f"index started at {index.url} (pid {process.pid}, packages in {index.packages})"
        time.sleep(0.1)
    stop(index)
    raise ReleaseError(f"the index did not answer within {START_TIMEOUT:.0f}s; see {index.log_file}")


def stop(index: EmbeddedIndex) -> str:
    """Stop the index if it runs (only the process named in our pid file); return a status."""
    pid = _our_pid(index)
    if pid is None:
        index.pid_file.unlink(missing_ok=True)
        return "index not running"
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
    child = _children.pop(pid, None)
    if child is not None:
        child.wait(timeout=10)
    index.pid_file.unlink(missing_ok=True)
    return f"index stopped (pid {pid})"
