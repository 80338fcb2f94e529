"""Run the pinned command-line tools that live beside the running interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.errors import GeneratorError


def tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def run_tool(name: str, *args: str, cwd: Path | None = None) -> str:
    result = subprocess.run([tool(name), *args], capture_output=True, text=True, cwd=cwd, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise GeneratorError(f"{name} {' '.join(args[:2])} failed (exit {result.returncode}):\n{output[-3000:]}")
    return result.stdout
