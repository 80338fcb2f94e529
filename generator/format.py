"""Stage 6: format the assembled package with the pinned ruff (imports sorted, fixes applied)."""

from __future__ import annotations

from pathlib import Path

from generator.tools import run_tool


def format_package(distribution_dir: Path) -> None:
    config = str(distribution_dir / "pyproject.toml")
    run_tool("ruff", "check", "--fix", "--quiet", "--exit-zero", "--config", config, str(distribution_dir))
    run_tool("ruff", "format", "--quiet", "--config", config, str(distribution_dir))
