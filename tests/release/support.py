"""Shared by the release and e2e tests: a freshly generated package and a built wheel + sdist."""

from __future__ import annotations

import socket
from pathlib import Path

from generator.paths import DEFAULT_SPEC, DISTRIBUTION
from generator.pipeline import generate
from release.build import build


def generated_package(out: Path) -> Path:
    """Generate the package from the repository's spec into `out` (independent of generated/)."""
    generate(DEFAULT_SPEC, out, force=True)
    return out / DISTRIBUTION


def built(package: Path, dist: Path) -> tuple[Path, Path]:
    wheel, sdist = build(package, dist)
    return wheel, sdist


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
