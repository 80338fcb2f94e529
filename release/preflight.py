"""`make publish`'s first step, before anything is generated, tested or built: every reason the
upload would fail, found in about a second instead of after the whole pipeline.

- the working tree is committed (what is published is a commit anyone can check out);
- the index answers as a PEP 503 simple index, accepts the credentials, and does not hold the
  spec's info.version in any spelling (see publish.preflight).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from release.errors import ReleaseError
from release.publish import preflight
from release.simple_index import Target

MAX_LISTED = 10


def uncommitted(repo: Path) -> list[str]:
    """`git status --porcelain` lines of the checkout at `repo` (ignored files are not listed)."""
    try:
        result = subprocess.run(
            ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=normal"],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    except OSError as error:
        raise ReleaseError(f"cannot run git to check the tree is committed ({error})") from None
    if result.returncode != 0:
        raise ReleaseError(f"{repo} is not a git checkout: cannot tell the tree is committed ({result.stderr.strip()})")
    return [line for line in result.stdout.splitlines() if line.strip()]


def spec_version(spec: Path) -> str:
    try:
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        return str(document["info"]["version"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as error:
        raise ReleaseError(f"{spec}: cannot read info.version ({error})") from None


def check_all(repo: Path, spec: Path, target: Target) -> list[str]:
    """Fail on the first reason the publish would fail; else return what the index holds."""
    dirty = uncommitted(repo)
    if dirty:
        shown = "\n".join(f"  {line}" for line in dirty[:MAX_LISTED])
        more = f"\n  ... and {len(dirty) - MAX_LISTED} more" if len(dirty) > MAX_LISTED else ""
        raise ReleaseError(
            f"the working tree has uncommitted changes; commit them so the release is a commit:\n{shown}{more}"
        )
    version = spec_version(spec)
    return [*preflight(target, version), f"preflight: ready to publish {version} to {target.simple_url}"]
