"""One public-API change and what it costs in semver."""

from __future__ import annotations

from dataclasses import dataclass

BUMPS = ("patch", "minor", "major")  # in increasing order of severity
# "behaviour": the same call now sends something else (a new or changed default): minor, with a warning.
KIND_TO_BUMP = {"breaking": "major", "behaviour": "minor", "additive": "minor", "internal": "patch"}
KINDS = ("breaking", "behaviour", "additive", "internal")


@dataclass(frozen=True)
class Change:
    kind: str  # one of KINDS
    message: str  # what changed, in the names of the layer that saw it (spec or Python)
    keys: tuple[str, ...] = ()  # what it is about: changes sharing a key are one changelog entry
    python: str = ""  # the Python names a consumer types, when known
    migration: str = ""  # what a consumer does about a breaking change
    warning: str = ""  # what to look out for (a behaviour change)
    layer: str = "wire"  # "wire" (the spec) or "python" (the generated code)

    @property
    def bump(self) -> str:
        return KIND_TO_BUMP[self.kind]


def required_bump(changes: list[Change]) -> str | None:
    return max((c.bump for c in changes), key=BUMPS.index, default=None)


def most_severe(kinds: list[str]) -> str:
    return min(kinds, key=KINDS.index)
