"""Errors every stage raises: each says what went wrong and where (file and JSON pointer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    return "".join("/" + escape_pointer_token(t) for t in tokens)


@dataclass(frozen=True)
class Location:
    file: Path
    pointer: str = ""

    def __str__(self) -> str:
        try:
            shown = self.file.relative_to(Path.cwd())
        except ValueError:
            shown = self.file
        return f"{shown}#{self.pointer}" if self.pointer or not str(shown).endswith("") else str(shown)


@dataclass(frozen=True)
class Adaptation:
    """A valid construct the generator lowered into one openapi-python-client can express."""

    location: Location
    change: str

    def __str__(self) -> str:
        return f"{self.location}: {self.change}"


@dataclass
class SpecProblem:
    location: Location | None
    message: str

    def __str__(self) -> str:
        where = str(self.location) if self.location else "(spec)"
        return f"{where}: {self.message}"


class GeneratorError(Exception):
    """A stage failed. The message is meant for the person who runs the generator."""


@dataclass
class SpecError(GeneratorError):
    problems: list[SpecProblem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        lines = [f"the spec has {len(self.problems)} problem(s):"]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)

    @classmethod
    def single(cls, location: Location | None, message: str) -> SpecError:
        return cls([SpecProblem(location, message)])
