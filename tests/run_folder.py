"""Folders shared by every pytest-xdist worker of one run (`make test` runs two)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def run_shared_folder(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """`name` in the workers' common temporary parent (the session's own folder without xdist)."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / name
    folder.mkdir(exist_ok=True)
    return folder
