"""Versioning: what changed in the public API since the last published release, and the bump.

- wire / wire_diff: what each operation sends and receives, from the spec, and its changes;
- python_api / python_diff: the public Python API, read from the generated code with griffe;
- naming: the Python names of wire things, read from the same code;
- changelog: entries a consumer can act on; state: the snapshot, the check and `bump`.
"""

from generator.versioning.changelog import changelog_entry, entries
from generator.versioning.changes import BUMPS, KIND_TO_BUMP, Change, required_bump
from generator.versioning.python_api import exported_classes, read_python_api
from generator.versioning.python_diff import python_changes
from generator.versioning.state import (
    SNAPSHOT_NAME,
    VersionStatus,
    bump,
    bumped,
    changelog_problem,
    classify,
    describe,
    parse_version,
    read_snapshot,
    record_release,
    set_version_line,
    snapshot,
    status,
    warnings,
    write_snapshot,
)
from generator.versioning.wire import fingerprint

__all__ = [
    "BUMPS",
    "KIND_TO_BUMP",
    "SNAPSHOT_NAME",
    "Change",
    "VersionStatus",
    "bump",
    "bumped",
    "changelog_entry",
    "changelog_problem",
    "classify",
    "describe",
    "entries",
    "exported_classes",
    "fingerprint",
    "parse_version",
    "python_changes",
    "read_python_api",
    "read_snapshot",
    "record_release",
    "required_bump",
    "set_version_line",
    "snapshot",
    "status",
    "warnings",
    "write_snapshot",
]
