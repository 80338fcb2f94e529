"""Building the docs site, serving it on 127.0.0.1, and a headless Chromium to read it with."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # selenium is imported where a browser starts: most docs tests need none
    from selenium.webdriver import Chrome

REPOSITORY = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 300
INSTALL_COMMAND = "apt-get install -y chromium chromium-driver"
BROWSER_NAMES = ("chromium", "chromium-browser")


def _build_command(target: Path, config: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(config), "-d", str(target)]


BUILD_ENVIRONMENT = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site(target: Path, config: Path = REPOSITORY / "mkdocs.yml") -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` into `target`, as `make docs` runs it; the result is not checked here."""
    return subprocess.run(
        _build_command(target, config),
        cwd=REPOSITORY,
        env=BUILD_ENVIRONMENT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )


class BackgroundBuild:
    """A build running while other tests go on (the reproducibility check's second build)."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self._process = subprocess.Popen(
            _build_command(target, REPOSITORY / "mkdocs.yml"),
            cwd=REPOSITORY,
            env=BUILD_ENVIRONMENT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def result(self) -> tuple[int, str]:
        """(exit status, stderr), waiting for the build to end."""
        _, errors = self._process.communicate(timeout=BUILD_TIMEOUT)
        return self._process.returncode, errors

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.communicate()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket], client_address: object) -> None:
        # A browser dropping a connection (navigating on) is not a fault of the site; anything
        # else (a file that cannot be read, a bug) is printed, so a failing test shows it.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 (a free port); yields the base URL, ending with '/'."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _browser_paths() -> tuple[str, str] | None:
    browser = next((found for name in BROWSER_NAMES if (found := shutil.which(name))), None)
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def ensure_chromium() -> tuple[str, str] | None:
    """(chromium, chromedriver) paths, installing Debian's packages when missing and allowed; else None."""
    found = _browser_paths()
    if found or shutil.which("apt-get") is None or os.geteuid() != 0:
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (INSTALL_COMMAND, f"apt-get update && {INSTALL_COMMAND}"):
        subprocess.run(command, shell=True, env=env, capture_output=True, timeout=600, check=False)
        found = _browser_paths()
        if found:
            return found
    return None


def start_browser(browser: str, driver: str) -> Chrome:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    options.page_load_strategy = "eager"  # the DOM is enough: no waiting for images and fonts
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--no-first-run",
        "--disable-extensions",
    ):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)
