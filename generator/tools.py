"""Run the pinned command-line tools that live beside the running interpreter."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

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


class Background:
    """A tool running while other stages work: `wait()` returns its output, `stop()` ends it."""

    def __init__(self, command: list[str]) -> None:
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def wait(self) -> tuple[int, str]:
        output, _ = self._process.communicate()
        return self._process.returncode, output or ""

    def stop(self) -> None:
        if self._process.returncode is None:  # not waited for yet
            self._process.kill()
            self._process.communicate()


T = TypeVar("T")


@dataclass(frozen=True)
class Started(Generic[T]):
    """A stage started in the background: `finish()` waits for its result, `stop()` abandons it."""

    finish: Callable[[], T]
    stop: Callable[[], None]
