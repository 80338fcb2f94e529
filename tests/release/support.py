"""Shared by the release and e2e tests: a freshly generated package and a built wheel + sdist."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

from generator.paths import DEFAULT_OUT, DISTRIBUTION
from release.build import IGNORED, build


def generated_package(out: Path) -> Path:
    """A private copy of generated/sendgrid-reseller (`make test` runs the drift check first, so it
    equals a fresh generation; copying instead of regenerating saves ~5 s per test module)."""
    target = out / DISTRIBUTION
    shutil.copytree(DEFAULT_OUT / DISTRIBUTION, target, ignore=IGNORED)
    return target


def built(package: Path, dist: Path) -> tuple[Path, Path]:
    wheel, sdist = build(package, dist)
    return wheel, sdist


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
