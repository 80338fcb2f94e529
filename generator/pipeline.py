"""The stages in order: load, validate, lower, openapi-python-client, assemble, webhook models,
format, headers, manifest, swap. Any failure leaves the output folder exactly as it was.

`generate` keeps a cache beside the output (generator/cache.py): a run after a small spec edit
redoes only what the edit reaches and writes the same bytes as a cold run. `drift` (make check)
always generates cold.
"""

from __future__ import annotations

import filecmp
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import testing_extra, webhooks
from generator.adapt import adapt
from generator.cache import StageCache, cache_root, clear, content_key
from generator.catalog import OperationInfo
from generator.errors import Adaptation, GeneratorError
from generator.format import format_package
from generator.headers import add_headers
from generator.load import LoadedSpec, load_spec
from generator.lower import lower
from generator.manifest import (
    build_manifest,
    display_path,
    input_hashes,
    is_fresh,
    read_manifest,
    stale_inputs,
    tool_versions,
    write_manifest,
)
from generator.opc import start_package_source
from generator.package import assemble
from generator.paths import DEFAULT_NAMES, REPO_ROOT, PackageNames, changelog_for
from generator.swap import staging_area, swap_into_place
from generator.tools import Started
from generator.validate import validate_spec

VALIDATED_RECORD = "validated-document"


@dataclass
class GenerationResult:
    target: Path
    operations: int
    skipped: bool
    adaptations: tuple[Adaptation, ...] = ()


def _spec_name(spec_path: Path) -> str:
    try:
        return spec_path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return spec_path.name


def _docs(spec: LoadedSpec) -> list[Path]:
    """Documents shipped in the package that are inputs too: the CHANGELOG beside the spec."""
    changelog = changelog_for(spec.root_file)
    return [changelog] if changelog.exists() else []


def load_and_validate(spec_path: Path) -> LoadedSpec:
    spec = load_spec(spec_path)
    _adapt_checked(spec)
    validate_spec(spec)
    return spec


def _adapt_checked(spec: LoadedSpec) -> None:
    try:
        adapt(spec)
    except Exception:
        # Adapting runs before validation, so a malformed spec may trip it: report what validation finds.
        validate_spec(spec)
        raise


def _lower_checked(spec: LoadedSpec) -> tuple[dict[str, Any], list[OperationInfo]]:
    try:
        return lower(spec)
    except Exception:
        # Lowering runs before validation to save time, so on a malformed spec it may fail with any
        # symptom (a TypeError on a string where a list belongs): report what validation finds.
        validate_spec(spec)
        raise


def build(
    spec: LoadedSpec,
    spec_path: Path,
    scratch: Path,
    *,
    validated: bool = True,
    names: PackageNames = DEFAULT_NAMES,
    opc_in_process: bool = False,
    cache: StageCache | None = None,
) -> tuple[Path, int]:
    """Generate the whole distribution inside scratch and return its folder.

    openapi-python-client starts first, in a subprocess; an unvalidated spec is validated while it
    runs (and it is stopped if the spec is invalid), so validation costs no wall time on a 2-core
    machine; datamodel-codegen follows, on the core validation leaves. With a cache, each stage reuses
    what an earlier run computed from the same inputs (see generator/cache.py).
    """
    _adapt_checked(spec)
    lowered, catalog = _lower_checked(spec) if not validated else lower(spec)
    if opc_in_process and not validated:
        _validate(spec, cache)  # nothing runs beside an in-process generator: refuse before it starts
        validated = True
    started: list[Started[Any]] = []
    distribution_dir = scratch / names.distribution
    info = spec.document.get("info") or {}
    docs = _docs(spec)
    try:
        package = start_package_source(lowered, catalog, scratch, names, in_process=opc_in_process, cache=cache)
        started.append(package)
        if not validated:
            _validate(spec, cache)
        bundle: Callable[[], str] = lambda: testing_extra.spec_bundle(spec.root_file, cache)  # noqa: E731
        if names == DEFAULT_NAMES and not opc_in_process:
            # The main process would only wait for openapi-python-client: build spec.json meanwhile.
            text = bundle()
            bundle = lambda: text  # noqa: E731
        # Started once validation is done: on two cores it then takes the core the main process
        # leaves while waiting for openapi-python-client and assembling, instead of slowing both.
        webhook_models = webhooks.start_webhook_models(spec, scratch, names.package, cache)
        started.append(webhook_models)
        package_source = package.finish()
        assemble(
            package_source,
            distribution_dir,
            catalog,
            info,
            changelog=docs[0] if docs else None,
            names=names,
            cache=cache,
        )
        write_webhooks = webhook_models.finish()
    except BaseException:
        for stage in started:
            stage.stop()
        raise
    write_webhooks(distribution_dir)
    testing_extra.add_testing_module(distribution_dir, names, spec.root_file, bundle)
    format_package(distribution_dir, cache)
    add_headers(distribution_dir, _spec_name(spec_path), names.package)
    manifest = build_manifest(spec.files, distribution_dir, str(info.get("version", "")), docs)
    if spec.adaptations:
        manifest["adaptations"] = [
            {"at": f"{display_path(a.location.file)}#{a.location.pointer}", "change": a.change}
            for a in spec.adaptations
        ]
    write_manifest(distribution_dir, manifest)
    return distribution_dir, len(catalog)


def _validate(spec: LoadedSpec, cache: StageCache | None) -> None:
    """validate_spec, told the document the last successful run validated (when there is one)."""
    previous = cache.previous(VALIDATED_RECORD) if cache is not None else None
    validate_spec(spec, validated_before=previous if isinstance(previous, dict) else None)
    if cache is not None:
        cache.record(VALIDATED_RECORD, spec.document)


def toolchain_salt() -> str:
    """What every cache entry depends on besides its own inputs: generator, overlays and templates,
    the sandbox shipped in the package, and the pinned tools."""
    hashes = input_hashes([])
    return content_key({kind: hashes[kind] for kind in ("overlays", "generator", "sandbox")}, tool_versions())


def generate(
    spec_path: Path,
    out_dir: Path,
    *,
    force: bool = False,
    names: PackageNames = DEFAULT_NAMES,
    opc_in_process: bool = False,
    incremental: bool | None = None,
) -> GenerationResult:
    """Generate the package; `opc_in_process` runs openapi-python-client in this process (no
    overlap with validation, but no interpreter start: for processes that generate many documents).

    `incremental` (default: on, except in process, where documents are generated once each) keeps
    the generator cache beside the output and reuses it; off, the cache is removed and nothing is
    reused, which is a cold run."""
    target = out_dir / names.distribution
    changelog = changelog_for(spec_path)
    if not force and is_fresh(spec_path, target, [changelog] if changelog.exists() else []):
        return GenerationResult(target, 0, skipped=True)  # the manifest vouches for it: nothing to load
    if incremental is None:
        incremental = not opc_in_process
    if not incremental:
        clear(out_dir, names.distribution)
    cache = StageCache(cache_root(out_dir, names.distribution), toolchain_salt()) if incremental else None
    spec = load_spec(spec_path)
    with staging_area(out_dir) as scratch:
        distribution_dir, count = build(
            spec, spec_path, scratch, validated=False, names=names, opc_in_process=opc_in_process, cache=cache
        )
        swap_into_place(distribution_dir, target)
    if cache is not None:
        cache.commit()  # only now: a failed run leaves the last good state in place
    return GenerationResult(target, count, skipped=False, adaptations=tuple(spec.adaptations))


def drift(spec_path: Path, out_dir: Path, names: PackageNames = DEFAULT_NAMES) -> list[str]:
    """What differs between generated/ and a fresh generation (empty when up to date)."""
    spec = load_and_validate(spec_path)
    target = out_dir / names.distribution
    with staging_area(out_dir) as scratch:
        fresh, _ = build(spec, spec_path, scratch, names=names)
        differences = _compare_trees(fresh, target)
        if differences:
            manifest = read_manifest(target)
            if manifest is not None:
                current = {"inputs": input_hashes(spec.files, _docs(spec)), "tools": tool_versions()}
                differences = [f"input {c}" for c in stale_inputs(manifest, current)] + differences
    return differences


def _compare_trees(fresh: Path, committed: Path) -> list[str]:
    if not committed.exists():
        return [f"{committed} does not exist"]
    fresh_files = {
        p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    committed_files = {
        p.relative_to(committed).as_posix()
        for p in committed.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    differences = [f"missing from generated/: {name}" for name in sorted(fresh_files - committed_files)]
    differences += [f"not produced by the generator: {name}" for name in sorted(committed_files - fresh_files)]
    for name in sorted(fresh_files & committed_files):
        if not filecmp.cmp(fresh / name, committed / name, shallow=False):
            differences.append(f"differs from a fresh generation: {name}")
    return differences


__all__ = ["GenerationResult", "GeneratorError", "drift", "generate", "load_and_validate"]
