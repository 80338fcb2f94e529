"""The toolchain lock is complete, hashed and installed in hash-checking mode (issue 18, tooling)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LOCK = REPO / "requirements" / "lock.txt"
REQUIREMENT = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+)")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _locked() -> dict[str, list[str]]:
    """Each locked requirement with its hashes (continuation lines after the pin)."""
    entries: dict[str, list[str]] = {}
    current: str | None = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = REQUIREMENT.match(line)
        if match:
            current = _normalise(match["name"])
            entries[current] = []
        elif current and line.strip().startswith("--hash=sha256:"):
            entries[current].append(line.strip().removesuffix("\\").strip())
        elif line and not line.startswith(" "):
            current = None
    return entries


def test_every_locked_package_carries_sha256_hashes() -> None:
    locked = _locked()
    unhashed = sorted(name for name, hashes in locked.items() if not hashes)
    assert len(locked) > 100, f"{LOCK} lists only {len(locked)} packages"
    assert not unhashed, f"{LOCK}: packages without --hash lines: {unhashed}"


def test_pip_itself_and_every_direct_dependency_are_locked() -> None:
    locked = _locked()
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    names = {_normalise(re.split(r"[=<>!~;\[ ]", spec, maxsplit=1)[0]) for spec in direct}
    missing = sorted(names - set(locked))
    assert not missing, f"direct dependencies in pyproject.toml absent from {LOCK}: {missing} (run make lock)"
    assert "pip" in locked, f"{LOCK} must pin pip: the bootstrap installs exactly that pip"


def test_bootstrap_installs_the_lock_in_hash_checking_mode_without_upgrading_pip() -> None:
    recipe = (REPO / "Makefile").read_text(encoding="utf-8").split("$(STAMP): requirements/lock.txt", 1)[1]
    recipe = recipe.split("\n\n", 1)[0]
    assert "--require-hashes -r requirements/lock.txt" in recipe, recipe
    assert "--upgrade pip" not in recipe, f"the bootstrap upgrades pip past the lock:\n{recipe}"
