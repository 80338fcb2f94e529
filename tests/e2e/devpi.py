"""A real devpi-server on 127.0.0.1 for the e2e tests: one user, one non-volatile index.

Configured as the README says for production: `bases=root/pypi` (public dependencies come
through its PyPI mirror) and `volatile=False` (an uploaded version can never be overwritten).
It runs with --offline-mode: the tests install our dependencies from the toolchain's own
site-packages, so the mirror is never asked for anything.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.release.support import free_port

START_TIMEOUT = 60.0
USER, INDEX = "platform", "prod"


@dataclass(frozen=True)
class Devpi:
    base: str  # http://127.0.0.1:<port>
    password: str
    serverdir: Path

    @property
    def simple_url(self) -> str:
        return f"{self.base}/{USER}/{INDEX}/+simple/"

    def files(self) -> list[str]:
        """The distribution files the index holds for sendgrid-reseller (by reading its JSON API)."""
        answer = httpx.get(f"{self.base}/{USER}/{INDEX}/sendgrid-reseller", headers={"Accept": "application/json"})
        if answer.status_code == 404:
            return []
        answer.raise_for_status()
        links = [link for release in answer.json()["result"].values() for link in release.get("+links", [])]
        return sorted(link["href"].rsplit("/", 1)[-1] for link in links if link.get("rel") == "releasefile")


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def _token_header(base: str, user: str, password: str) -> dict[str, str]:
    answer = httpx.post(f"{base}/+login", json={"user": user, "password": password}, timeout=30)
    answer.raise_for_status()
    token = answer.json()["result"]["password"]
    return {"X-Devpi-Auth": base64.b64encode(f"{user}:{token}".encode()).decode(), "Accept": "application/json"}


@contextmanager
def running_devpi(work: Path) -> Iterator[Devpi]:
    if shutil.which(_tool("devpi-server")) is None:
        raise RuntimeError("devpi-server is not installed in the toolchain venv (requirements/lock.txt has it)")
    serverdir, port = work / "devpi", free_port()
    subprocess.run([_tool("devpi-init"), "--serverdir", str(serverdir)], check=True, capture_output=True, timeout=120)
    log = open(work / "devpi.log", "wb")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        [_tool("devpi-server"), "--serverdir", str(serverdir), "--host", "127.0.0.1", "--port", str(port)]
        + ["--offline-mode"],
        stdout=log,
        stderr=log,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if httpx.get(f"{base}/+api", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"devpi-server did not start; see {work / 'devpi.log'}")
            time.sleep(0.2)
        password = "e2e-devpi-password"
        root = _token_header(base, "root", "")
        httpx.put(
            f"{base}/{USER}", json={"password": password, "email": "p@example.com"}, headers=root
        ).raise_for_status()
        owner = _token_header(base, USER, password)
        config = {"bases": ["root/pypi"], "volatile": False}
        httpx.put(f"{base}/{USER}/{INDEX}", json=config, headers=owner).raise_for_status()
        yield Devpi(base, password, serverdir)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
        log.close()
