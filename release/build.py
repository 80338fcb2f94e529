"""A byte-reproducible wheel and sdist of generated/sendgrid-reseller.

The package folder is copied (without caches) to a scratch folder and built there with
`python -m build`; every archive member gets the fixed timestamp recorded in the generation
manifest (SOURCE_DATE_EPOCH), so building the same generated/ twice gives identical bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from release.errors import ReleaseError

IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", ".mypy_cache", ".ruff_cache", "dist", "build")


def package_version(package_dir: Path) -> tuple[str, int]:
    """(version, source_date_epoch) from the package's generation manifest."""
    try:
        manifest = json.loads((package_dir / "generation-manifest.json").read_text(encoding="utf-8"))
        return str(manifest["version"]), int(manifest["source_date_epoch"])
    except (OSError, ValueError, KeyError) as error:
        raise ReleaseError(
            f"{package_dir}: no usable generation-manifest.json ({error}); run `make generate`"
        ) from None


def build(package_dir: Path, out_dir: Path, *, isolation: bool = False) -> list[Path]:
    """Build wheel and sdist of `package_dir` into `out_dir`; return their paths (wheel first)."""
    version, epoch = package_version(package_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob(f"sendgrid_reseller-{version}*"):
        stale.unlink()
    with tempfile.TemporaryDirectory(prefix="sendgrid-reseller-build-") as scratch:
        source = Path(scratch) / "sendgrid-reseller"
        shutil.copytree(package_dir, source, ignore=IGNORED)
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": "0"}
        command = [sys.executable, "-m", "build", "--outdir", str(out_dir.resolve()), str(source)]
        if not isolation:
            command.insert(3, "--no-isolation")  # hatchling comes from our lock: offline and pinned
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        if result.returncode != 0:
            raise ReleaseError(f"python -m build failed:\n{(result.stdout + result.stderr).strip()[-3000:]}")
    built = sorted(out_dir.glob(f"sendgrid_reseller-{version}-*.whl")) + sorted(
        out_dir.glob(f"sendgrid_reseller-{version}.tar.gz")
    )
    if len(built) != 2:
        raise ReleaseError(
            f"expected one wheel and one sdist of {version} in {out_dir}, found {[p.name for p in built]}"
        )
    return built
