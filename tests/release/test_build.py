"""`python -m build` of the generated package is byte-reproducible and ships what consumers need."""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

import pytest

from release.build import build, package_version
from tests.release.support import generated_package


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_package(tmp_path_factory.mktemp("generated"))


@pytest.fixture(scope="module")
def two_builds(package: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[Path]]:
    first = build(package, tmp_path_factory.mktemp("dist-1"))
    (package / "sendgrid_reseller" / "__pycache__").mkdir(exist_ok=True)  # caches must not leak in
    (package / "sendgrid_reseller" / "__pycache__" / "x.pyc").write_bytes(b"junk")
    second = build(package, tmp_path_factory.mktemp("dist-2"))
    return first, second


def test_building_twice_gives_identical_bytes(package: Path, two_builds: tuple[list[Path], list[Path]]) -> None:
    first, second = two_builds
    version, _ = package_version(package)
    assert [p.name for p in first] == [
        f"sendgrid_reseller-{version}-py3-none-any.whl",
        f"sendgrid_reseller-{version}.tar.gz",
    ]
    for a, b in zip(first, second, strict=True):
        assert a.name == b.name
        assert a.read_bytes() == b.read_bytes(), f"{a.name} differs between two builds"


def test_wheel_contents_and_metadata(two_builds: tuple[list[Path], list[Path]]) -> None:
    wheel = two_builds[0][0]
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(f"{dist_info}/METADATA").decode()
        stamps = {info.date_time for info in archive.infolist()}
        assert any(n.startswith("sendgrid_reseller/__pycache__") for n in names) is False
    assert {"sendgrid_reseller/py.typed", "sendgrid_reseller/API.md", "sendgrid_reseller/CHANGELOG.md"} <= names
    assert f"{dist_info}/licenses/LICENSE" in names
    assert "License-Expression: MIT" in metadata and "License-File: LICENSE" in metadata
    assert "Description-Content-Type: text/markdown" in metadata and "# sendgrid-reseller" in metadata  # README
    assert stamps == {(2020, 1, 1, 0, 0, 0)}  # SOURCE_DATE_EPOCH from the manifest, not the clock


def test_sdist_contents(two_builds: tuple[list[Path], list[Path]]) -> None:
    sdist = two_builds[0][1]
    with tarfile.open(sdist) as archive:
        members = archive.getmembers()
    root = members[0].name.split("/")[0]
    names = {m.name.removeprefix(root + "/") for m in members}
    assert {
        "README.md",
        "CHANGELOG.md",
        "API.md",
        "LICENSE",
        "pyproject.toml",
        "PKG-INFO",
        "sendgrid_reseller/py.typed",
    } <= names
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)
    assert {m.mtime for m in members} == {1577836800} and {(m.uid, m.gid, m.uname, m.gname) for m in members} == {
        (0, 0, "", "")
    }
