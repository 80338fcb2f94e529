"""Stage 8: the generation manifest: what went in (hashes, tool versions) and what came out.

The drift check reads it to say exactly what is stale; the no-op regeneration reads it to skip
work when nothing changed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from generator import testing_extra
from generator.paths import OPC_CONFIG, OVERLAYS, REPO_ROOT

MANIFEST_NAME = "generation-manifest.json"
# Every file in the built wheel and sdist carries this timestamp (the release build exports it as
# SOURCE_DATE_EPOCH): fixed, so the archives are byte-reproducible. 2020-01-01T00:00:00Z.
SOURCE_DATE_EPOCH = 1577836800
# The Python version policy. generated/ is verified byte-identical (make check, in CI) on this
# CPython minor version; the manifest records it rather than the running interpreter's, so output
# never depends on who generated it. Any CPython from 3.11.5 may generate: on another minor version
# the drift check still compares every byte, and a difference is reported file by file.
REFERENCE_PYTHON = (3, 11)
PINNED_TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff", "jinja2", "pyyaml", "pydantic")


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def input_hashes(spec_files: list[Path], docs: list[Path] | None = None) -> dict[str, dict[str, str]]:
    generator_dir = REPO_ROOT / "generator"
    overlay_files = sorted(p for p in OVERLAYS.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    generator_files = sorted(p for p in generator_dir.rglob("*.py") if "__pycache__" not in p.parts)
    return {
        "spec": {display_path(p): file_hash(p) for p in sorted(spec_files)},
        "overlays": {display_path(p): file_hash(p) for p in overlay_files},
        "generator": {display_path(p): file_hash(p) for p in [*generator_files, OPC_CONFIG]},
        "docs": {display_path(p): file_hash(p) for p in docs or []},
        "sandbox": {display_path(p): file_hash(p) for p in testing_extra.sources()},  # the testing extra
    }


def tool_versions() -> dict[str, str]:
    versions = {"python": ".".join(map(str, REFERENCE_PYTHON))}
    for name in PINNED_TOOLS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def python_policy_warning() -> str | None:
    """What to tell a contributor whose interpreter is not the reference version, else None."""
    running = sys.version_info[:2]
    if running == REFERENCE_PYTHON:
        return None
    reference = ".".join(map(str, REFERENCE_PYTHON))
    return (
        f"warning: this is CPython {running[0]}.{running[1]}; generated/ is verified byte-identical on "
        f"CPython {reference} (CI). The drift check still compares every byte: a difference it reports "
        f"may come from the interpreter, so regenerate with {reference} before committing generated/"
    )


def output_hashes(distribution_dir: Path) -> dict[str, str]:
    return {
        path.relative_to(distribution_dir).as_posix(): file_hash(path)
        for path in sorted(distribution_dir.rglob("*"))
        if path.is_file() and path.name != MANIFEST_NAME and "__pycache__" not in path.parts
    }


def build_manifest(
    spec_files: list[Path], distribution_dir: Path, version: str, docs: list[Path] | None = None
) -> dict[str, Any]:
    return {
        "version": version,
        "source_date_epoch": SOURCE_DATE_EPOCH,
        "inputs": input_hashes(spec_files, docs),
        "tools": tool_versions(),
        "outputs": output_hashes(distribution_dir),
    }


def write_manifest(distribution_dir: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    (distribution_dir / MANIFEST_NAME).write_text(text, encoding="utf-8")


def read_manifest(distribution_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((distribution_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_fresh(root_spec: Path, distribution_dir: Path, docs: list[Path]) -> bool:
    """Whether `distribution_dir` is what generating from `root_spec` would write, without loading it.

    The spec files are those the manifest recorded: the files a spec reaches follow from their
    contents, so when every recorded file is unchanged the same set is reached. Overlays,
    generator files, documents, tool versions and the outputs themselves are compared in full.
    """
    manifest = read_manifest(distribution_dir)
    if manifest is None or not manifest.get("outputs"):
        return False
    recorded = [REPO_ROOT / name for name in manifest.get("inputs", {}).get("spec", {})]
    if root_spec.resolve() not in recorded or not all(path.is_file() for path in recorded):
        return False
    current = {"inputs": input_hashes(recorded, docs), "tools": tool_versions()}
    return not stale_inputs(manifest, current) and manifest["outputs"] == output_hashes(distribution_dir)


def stale_inputs(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Human-readable differences between two manifests' inputs and tools."""
    changes: list[str] = []
    for kind, files in new["inputs"].items():
        before = old.get("inputs", {}).get(kind, {})
        for name in sorted(set(files) | set(before)):
            if name not in before:
                changes.append(f"{kind}: {name} is new")
            elif name not in files:
                changes.append(f"{kind}: {name} was removed")
            elif before[name] != files[name]:
                changes.append(f"{kind}: {name} changed")
    for name, version in new["tools"].items():
        if old.get("tools", {}).get(name) != version:
            changes.append(f"tool {name}: {old.get('tools', {}).get(name)} -> {version}")
    return changes
