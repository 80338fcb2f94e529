"""Stage 9: put the new package in place so that a failure at any point leaves the old one intact."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def staging_area(out_dir: Path) -> Iterator[Path]:
    """A scratch folder on the same filesystem as out_dir (so the final rename is atomic)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    try:
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def swap_into_place(new_dir: Path, target: Path) -> None:
    """Replace `target` by `new_dir`: two renames, the old tree restored if the second fails."""
    backup = None
    if target.exists():
        backup = target.with_name(f".previous-{target.name}-{os.getpid()}")
        os.replace(target, backup)
    try:
        os.replace(new_dir, target)
    except BaseException:
        if backup is not None:
            os.replace(backup, target)
        raise
    if backup is not None:
        shutil.rmtree(backup, ignore_errors=True)
