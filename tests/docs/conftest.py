"""The docs site, built once per session as `make docs` builds it, served on 127.0.0.1, and a browser."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.docs.site_tools import BackgroundBuild, build_site, ensure_chromium, serve, start_browser
from tests.run_folder import run_shared_folder

if TYPE_CHECKING:  # selenium is imported where a browser starts
    from selenium.webdriver import Chrome


@pytest.fixture(scope="session")
def second_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundBuild]:
    """The same build again, into another folder (the reproducibility check), started when first asked for."""
    build = BackgroundBuild(tmp_path_factory.mktemp("docs-again") / "site")
    try:
        yield build
    finally:
        build.stop()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once per run: under pytest-xdist the first worker to ask builds it and the
    others wait for it and share it (a build is about 40 s of CPU on these 2 cores)."""
    shared = run_shared_folder(tmp_path_factory, "docs-site")
    target, failure = shared / "site", shared / "failure.txt"
    with open(shared / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if failure.exists():
            pytest.fail(failure.read_text(encoding="utf-8"))
        if not target.exists():
            started, building = time.monotonic(), target.with_name("building")
            result = build_site(building)
            if result.returncode != 0:
                message = f"mkdocs build --strict failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
                failure.write_text(message, encoding="utf-8")
                pytest.fail(message)
            building.rename(target)  # whole or absent: a worker never sees half a site
            print(f"\ndocs site built in {time.monotonic() - started:.1f} s")  # shown with -s; see the README
    return target


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser(site_url: str) -> Iterator[Chrome]:
    paths = ensure_chromium()
    if paths is None:
        reason = "chromium and chromedriver are not on PATH and could not be installed (apt-get as root)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the browser tests")
        pytest.skip(reason)
    driver = start_browser(*paths)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
