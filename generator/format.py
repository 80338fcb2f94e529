"""Stage 6: format the assembled package with the pinned ruff (imports sorted, fixes applied).

With a generator cache, a file whose exact text ruff has formatted before (under the same
configuration) gets that result back, and ruff runs on the other files only: ruff's fixes and
formatting work file by file, so the result is the one a run over the whole folder gives.
"""

from __future__ import annotations

from pathlib import Path

from generator.cache import StageCache
from generator.tools import run_tool

# What ruff picks up in a folder: `check` lints Python files; `format` also formats the Python
# code blocks of Markdown files (README.md's examples).
CHECKED_SUFFIXES = (".py", ".pyi", ".ipynb")
FORMATTED_SUFFIXES = (*CHECKED_SUFFIXES, ".md")


def _ruff(config: Path, checked: list[str], formatted: list[str]) -> None:
    # --force-exclude: files named one by one are excluded exactly as in a folder walk.
    if checked:
        run_tool(
            "ruff", "check", "--fix", "--quiet", "--exit-zero", "--force-exclude", "--config", str(config), *checked
        )
    if formatted:
        run_tool("ruff", "format", "--quiet", "--force-exclude", "--config", str(config), *formatted)


def format_package(distribution_dir: Path, cache: StageCache | None = None) -> None:
    config = distribution_dir / "pyproject.toml"
    if cache is None:
        _ruff(config, [str(distribution_dir)], [str(distribution_dir)])
        return
    settings = config.read_bytes()
    pending: list[tuple[Path, str]] = []
    for path in sorted(distribution_dir.rglob("*")):
        if path.suffix in FORMATTED_SUFFIXES and path.is_file():
            relative = path.relative_to(distribution_dir).as_posix()
            key = cache.key("ruff", relative, settings, path.read_bytes())
            formatted = cache.get(key)
            if formatted is None:
                pending.append((path, key))
            else:
                path.write_bytes(formatted)
    if pending:
        _ruff(
            config,
            [str(path) for path, _ in pending if path.suffix in CHECKED_SUFFIXES],
            [str(path) for path, _ in pending],
        )
        for path, key in pending:
            cache.put(key, path.read_bytes())
