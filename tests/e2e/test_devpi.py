"""The release journey on devpi-server (issue 21 observation 7): "any PEP 503 index", tested.

devpi names its simple index `<server>/<user>/<index>/+simple/` and takes uploads at
`<server>/<user>/<index>/`. Published with only INDEX_URL / INDEX_USER / INDEX_PASSWORD set
(the upload address derived), installed by a consumer from it alone, never overwritten, and
refused before anything is uploaded when the URL is mistyped or the password is wrong.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from release.build import package_version
from tests.e2e.consumer import install_from
from tests.e2e.devpi import USER, Devpi, running_devpi
from tests.release.support import built, free_port, generated_package

TIMEOUT = 120
ANSI = "\x1b["


@dataclass
class Release:
    devpi: Devpi
    package: Path
    dist: Path
    wheel: Path
    sdist: Path
    version: str
    work: Path


def _env(devpi: Devpi, url: str | None = None, password: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INDEX_", "TWINE_"))}
    return env | {
        "INDEX_URL": url or devpi.simple_url,
        "INDEX_USER": USER,
        "INDEX_PASSWORD": password or devpi.password,
        "INDEX_PORT": str(free_port()),  # never the embedded index: INDEX_URL is set
    }


def _release(release: Release, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "release", "--index-root", str(release.work / ".index"), *args]
    if args[0] == "publish":
        command += ["--package", str(release.package), "--dist", str(release.dist)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False)


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Release]:
    work = tmp_path_factory.mktemp("devpi-release")
    package = generated_package(work / "generated")
    wheel, sdist = built(package, work / "dist")
    with running_devpi(work) as devpi:
        yield Release(devpi, package, work / "dist", wheel, sdist, package_version(package)[0], work)


@pytest.fixture(scope="module")
def mistakes_first(release: Release) -> dict[str, subprocess.CompletedProcess[str]]:
    """The mistakes of the journey, tried on the empty index before the real publish."""
    devpi = release.devpi
    return {
        "simple/ instead of +simple/": _release(
            release, _env(devpi, devpi.simple_url.replace("+simple", "simple")), "publish"
        ),
        "wrong password": _release(release, _env(devpi, password="not-the-password"), "publish"),
    }


@pytest.fixture(scope="module")
def published(
    release: Release, mistakes_first: dict[str, subprocess.CompletedProcess[str]]
) -> subprocess.CompletedProcess[str]:
    started = time.perf_counter()
    result = _release(release, _env(release.devpi), "publish")
    result.stderr += f"\n(publish took {time.perf_counter() - started:.1f}s)"
    return result


def test_mistyped_simple_url_is_refused_before_uploading(
    release: Release, mistakes_first: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    result = mistakes_first["simple/ instead of +simple/"]
    assert result.returncode == 1
    assert "is not a PEP 503 simple index (HTTP 404" in result.stderr
    assert "/+simple/" in result.stderr and "nothing was uploaded" in result.stderr


def test_wrong_password_is_refused_before_uploading(
    release: Release, mistakes_first: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    result = mistakes_first["wrong password"]
    assert result.returncode == 1
    assert f"refused the credentials of {USER!r} (HTTP 401)" in result.stderr
    assert "not-the-password" not in result.stdout + result.stderr


def test_nothing_reached_the_index_through_the_mistakes(
    release: Release, published: subprocess.CompletedProcess[str]
) -> None:
    # devpi keeps every upload of a non-volatile index: two files means exactly one upload each.
    assert release.devpi.files() == sorted([release.wheel.name, release.sdist.name])


def test_publish_with_the_derived_upload_address(release: Release, published: subprocess.CompletedProcess[str]) -> None:
    assert published.returncode == 0, published.stderr
    assert "sha256 of every file checked on the index" in published.stdout
    line = f'pip install --index-url {release.devpi.simple_url} "sendgrid-reseller=={release.version}"'
    assert line in published.stdout
    assert ANSI not in published.stdout + published.stderr
    assert release.devpi.password not in published.stdout + published.stderr


@pytest.mark.parametrize(
    "spelling",
    [
        lambda url: url,
        lambda url: url.rstrip("/"),
        lambda url: url.replace("+simple", "simple"),
        lambda url: url.replace("127.0.0.1", "localhost"),
    ],
    ids=["exact", "no trailing slash", "simple/ instead of +simple/", "localhost"],
)
def test_the_same_version_is_never_uploaded_again(
    release: Release, published: subprocess.CompletedProcess[str], spelling: Callable[[str], str]
) -> None:
    assert published.returncode == 0, published.stderr
    before = release.devpi.files()
    result = _release(release, _env(release.devpi, spelling(release.devpi.simple_url)), "publish")
    assert result.returncode == 1
    assert "already on" in result.stderr or "not a PEP 503 simple index" in result.stderr
    assert release.devpi.files() == before


def test_a_consumer_installs_it_from_devpi_only(
    release: Release, published: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    assert published.returncode == 0, published.stderr
    result = install_from(release.devpi.simple_url, release.version, tmp_path / "venv")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((tmp_path / "venv" / "install-report.json").read_text())
    installed = {item["metadata"]["name"]: item for item in report["install"]}
    assert list(installed) == ["sendgrid-reseller"]
    assert installed["sendgrid-reseller"]["download_info"]["url"].startswith(release.devpi.base + "/")


def test_preflight_fails_fast_when_the_version_is_there(
    release: Release, published: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    """Observation 6: `make publish` found this only after ~34 s of generating, testing and building."""
    assert published.returncode == 0, published.stderr
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    (repo / "spec" / "openapi.yaml").write_text(f"openapi: 3.1.0\ninfo: {{title: T, version: '{release.version}'}}\n")
    for command in (
        ["init", "-q"],
        ["add", "."],
        ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "x"],
    ):
        subprocess.run(["git", "-C", str(repo), *command], check=True, capture_output=True)
    started = time.perf_counter()
    result = _release(
        release, _env(release.devpi), "preflight", "--repo", str(repo), "--spec", str(repo / "spec" / "openapi.yaml")
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 1
    assert f"sendgrid-reseller {release.version} is already on" in result.stderr
    assert "set info.version in spec/openapi.yaml to the next patch version" in result.stderr
    print(f"preflight refused in {elapsed:.1f}s")
    (repo / "spec" / "openapi.yaml").write_text("openapi: 3.1.0\ninfo: {title: T, version: '99.0.0'}\n")
    dirty = _release(
        release, _env(release.devpi), "preflight", "--repo", str(repo), "--spec", str(repo / "spec" / "openapi.yaml")
    )
    assert dirty.returncode == 1 and "uncommitted changes" in dirty.stderr and "spec/openapi.yaml" in dirty.stderr
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "y"],
        check=True,
    )
    ready = _release(
        release, _env(release.devpi), "preflight", "--repo", str(repo), "--spec", str(repo / "spec" / "openapi.yaml")
    )
    assert ready.returncode == 0, ready.stderr
    assert "ready to publish 99.0.0" in ready.stderr
