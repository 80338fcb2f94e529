"""The version check and `bump`, always measured against the last published release.

`spec/api-snapshot.json` records the public API of the last release that was published (`make
publish` rewrites it after a verified upload): its wire (from the spec) and its Python API (from
the generated code). Everything since is compared with that record, so a spec edited after
`make bump` but before publishing just gets its version and CHANGELOG entry recomputed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError
from generator.paths import SNAPSHOT_NAME as SNAPSHOT_NAME  # re-exported by generator.versioning
from generator.versioning.changelog import (
    changelog_entry,
    check_lines,
    section_version,
    top_entry,
    unreleased_highlights,
    versions,
    with_highlights,
    without_highlights,
    write_entry,
)
from generator.versioning.changes import Change, required_bump
from generator.versioning.naming import Namer
from generator.versioning.python_diff import python_changes
from generator.versioning.wire import wire_snapshot
from generator.versioning.wire_diff import unexplained, wire_changes

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def snapshot(document: dict[str, Any], python: dict[str, Any] | None = None) -> dict[str, Any]:
    """The public API: the wire from `document`, the Python API as read from the generated code."""
    return {
        "version": str((document.get("info") or {}).get("version", "")),
        "wire": wire_snapshot(document),
        "python": python,
    }


def _wire(data: dict[str, Any]) -> dict[str, Any]:
    return data["wire"] if "wire" in data else data  # a snapshot recorded before the split


def classify(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every public-API change from snapshot `old` to snapshot `new` (empty when identical)."""
    old_python, new_python = old.get("python"), new.get("python")
    names = Namer(*(api for api in (new_python, old_python) if api))
    changes = wire_changes(_wire(old), _wire(new), names)
    if old_python and new_python:
        changes += python_changes(old_python, new_python)
    changes += unexplained(_wire(old), _wire(new), python_changed=bool(changes))
    if not changes and _wire(old).get("spec_fingerprint") != _wire(new).get("spec_fingerprint"):
        changes.append(Change("internal", "documentation changes only (no public-API change)", ("internal",)))
    return changes


def read_snapshot(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as error:
        raise GeneratorError(f"{path}: not valid JSON ({error})") from error
    if not isinstance(data, dict):
        raise GeneratorError(f"{path}: not an API snapshot (expected a JSON object)")
    return data


def _dump(value: Any, depth: int) -> str:
    """JSON with the first levels spread over lines and each deeper value on one line (small diffs)."""
    if depth >= 3 or not isinstance(value, dict) or not value:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    pad = "  " * (depth + 1)
    items = [f"{pad}{json.dumps(k)}: {_dump(v, depth + 1)}" for k, v in sorted(value.items())]
    return "{\n" + ",\n".join(items) + "\n" + "  " * depth + "}"


def write_snapshot(path: Path, data: dict[str, Any]) -> None:
    path.write_text(_dump(data, 0) + "\n", encoding="utf-8")


def parse_version(text: str) -> tuple[int, int, int]:
    match = _SEMVER.match(text.strip())
    if not match:
        raise GeneratorError(f"info.version {text!r} is not a semantic version MAJOR.MINOR.PATCH")
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def bumped(version: str, bump: str) -> str:
    """The next version for a change of this size. While the major version is 0 the API is not
    declared stable (SemVer item 4): a breaking change moves the minor version, never to 1.0.0,
    which is a decision made by hand."""
    major, minor, patch = parse_version(version)
    if bump == "major":
        return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


@dataclass(frozen=True)
class VersionStatus:
    released: str  # the last published version (as recorded in the snapshot)
    current: str  # info.version
    changes: list[Change]
    python_compared: bool = True

    @property
    def bump(self) -> str | None:
        return required_bump(self.changes)

    @property
    def needed(self) -> str:
        return bumped(self.released, self.bump) if self.bump else self.released

    @property
    def ok(self) -> bool:
        return parse_version(self.current) >= parse_version(self.needed)

    @property
    def target(self) -> str:
        """What `bump` sets: the needed version, never lower than a hand-set one."""
        return max(self.current, self.needed, key=parse_version)


def status(document: dict[str, Any], snapshot_path: Path, python: dict[str, Any] | None = None) -> VersionStatus:
    previous = read_snapshot(snapshot_path)
    if previous is None:
        raise GeneratorError(f"{snapshot_path} is missing: run `make bump` to record the current API as released")
    current = snapshot(document, python)
    compared = bool(previous.get("python")) and python is not None
    return VersionStatus(str(previous.get("version", "")), current["version"], classify(previous, current), compared)


def describe(state: VersionStatus) -> list[str]:
    needed = f"info.version >= {state.needed}, is {state.current}"
    lines = [
        f"the public API changed since the release of {state.released}: a {state.bump} bump is required ({needed})"
    ]
    lines += check_lines(state.changes)
    lines.append("fix: run `make bump` and commit spec/openapi.yaml, CHANGELOG.md and generated/")
    return lines


def warnings(state: VersionStatus) -> list[str]:
    found = [f"warning: {c.warning}: {c.message}" for c in state.changes if c.kind == "behaviour" and c.warning]
    if found:
        found.append(
            "warning: recorded cassettes of the calls above no longer match what is sent: re-record them "
            "(`make record`) or update tests/client/transcriptions, and say so in the release notes"
        )
    if not state.python_compared:
        found.append("warning: the Python API was not compared (no generated package, or none recorded)")
    return found


def changelog_problem(state: VersionStatus, changelog: Path) -> str:
    """Why CHANGELOG.md does not describe the unpublished version (empty when it does)."""
    if parse_version(state.current) <= parse_version(state.released):
        return ""
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    top = top_entry(text)
    if section_version(top) != state.current:
        return f"{changelog.name} has no entry for {state.current} on top: run `make bump`"
    if without_highlights(top).rstrip("\n") != _entry_for(state).rstrip("\n"):
        return f"{changelog.name}'s entry for {state.current} does not list the changes since {state.released}: run `make bump`"
    return ""


def _entry_for(state: VersionStatus) -> str:
    if not state.changes:
        return f"## {state.current}\n\n- No public-API change.\n\n"
    return changelog_entry(state.current, state.changes)


def set_version_line(text: str, version: str) -> str:
    """`text` with only the `version:` line of the top-level `info:` block changed."""
    lines = text.splitlines(keepends=True)
    in_info = False
    for index, line in enumerate(lines):
        inline = re.match(r"^(info:\s*\{.*?\bversion:\s*)(['\"]?)([^'\",}\s]+)(.*)$", line, re.DOTALL)
        if inline:  # flow style: info: {title: X, version: 1.2.3}
            lines[index] = f"{inline.group(1)}{inline.group(2)}{version}{inline.group(4)}"
            return "".join(lines)
        if re.match(r"^info:\s*$", line):
            in_info = True
            continue
        if in_info and line.strip() and not line[0].isspace():
            break
        match = re.match(r"^(\s+version:\s*)(['\"]?)([^'\"\s#]+)(['\"]?)(.*?)(\r?\n)?$", line) if in_info else None
        if match:
            ending = match.group(6) or ""
            lines[index] = f"{match.group(1)}{match.group(2)}{version}{match.group(4)}{match.group(5)}{ending}"
            return "".join(lines)
    raise GeneratorError("no `version:` line directly under the top-level `info:` block of the root spec file")


def _set_version(spec_path: Path, version: str) -> None:
    text = spec_path.read_bytes().decode("utf-8")
    spec_path.write_bytes(set_version_line(text, version).encode("utf-8"))


def record_release(spec_path: Path, document: dict[str, Any], python: dict[str, Any] | None) -> None:
    """Record `document` (and the Python API) as the last published release."""
    write_snapshot(spec_path.parent / SNAPSHOT_NAME, snapshot(document, python))


def bump(
    spec_path: Path, document: dict[str, Any], changelog: Path, python: dict[str, Any] | None = None
) -> tuple[str, list[Change]]:
    """Set info.version to what the changes since the last release need; rewrite the CHANGELOG
    entry of that unpublished version. The first run records the current API as released."""
    snapshot_path = spec_path.parent / SNAPSHOT_NAME
    current_version = str((document.get("info") or {}).get("version", ""))
    if read_snapshot(snapshot_path) is None:
        record_release(spec_path, document, python)
        text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
        changelog.write_text(write_entry(text, changelog_entry(current_version, []), set()), encoding="utf-8")
        return current_version, []
    state = status(document, snapshot_path, python)
    if not state.changes and state.current == state.released:
        return state.current, []
    target = state.target
    if target != current_version:
        _set_version(spec_path, target)
    final = VersionStatus(state.released, target, state.changes, state.python_compared)
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    unreleased = {version for version in versions(text) if _newer(version, state.released)}
    entry = with_highlights(_entry_for(final), unreleased_highlights(text, unreleased))
    changelog.write_text(write_entry(text, entry, unreleased), encoding="utf-8")
    return target, state.changes


def _newer(version: str, than: str) -> bool:
    try:
        return parse_version(version) > parse_version(than)
    except GeneratorError:
        return False
