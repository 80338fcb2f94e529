"""`python -m generator foreign PATH` (`make foreign SPEC=...`): generate other people's documents.

For each OpenAPI document (one file, or every *.yaml / *.yml / *.json directly in a folder) it
generates a package named after the document, imports every module of it, and prints one line:
operations declared and generated, adaptations, seconds, and the outcome; each adaptation follows
on its own line with its JSON pointer. A totals line ends the report. The exit status is 0 only
when every document generated whole and imported.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Adaptation, GeneratorError, SpecError
from generator.load import load_spec, read_document
from generator.paths import PackageNames
from generator.spec_query import operations

DOCUMENT_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass
class DocumentResult:
    spec: Path
    declared: int = 0
    generated: int = 0
    seconds: float = 0.0
    adaptations: list[Adaptation] = field(default_factory=list)
    outcome: str = "ok"  # "ok", "refused: ..." (invalid OpenAPI) or "failed: ..."

    @property
    def ok(self) -> bool:
        return self.outcome.startswith("ok")

    def line(self, width: int) -> str:
        return (
            f"{self.spec.name:<{width}}  declared {self.declared:>3}  generated {self.generated:>3}  "
            f"adaptations {len(self.adaptations):>2}  {self.seconds:6.2f}s  {self.outcome}"
        )


def names_from_title(spec: Path, fallback: str | None = None) -> PackageNames:
    """The package named after the document's `info.title` (or the file's name without one)."""
    document = read_document(spec)
    info = document.get("info") if isinstance(document, dict) else None
    title = info.get("title") if isinstance(info, dict) else None
    for candidate in (title, fallback, spec.stem):
        if isinstance(candidate, str):
            try:
                return PackageNames.from_name(candidate)
            except ValueError:
                continue
    raise GeneratorError(f"{spec}: cannot derive a package name; pass --package-name")


def documents_in(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in DOCUMENT_SUFFIXES)
        if not found:
            raise GeneratorError(f"{path}: no OpenAPI documents (*.yaml, *.yml, *.json) in this folder")
        return found
    if not path.exists():
        raise GeneratorError(f"{path}: no such file or folder")
    return [path]


def generated_operations(package_dir: Path) -> int:
    """Endpoint modules actually written (api/<tag>/<operation>.py), counted on disk."""
    return sum(1 for p in (package_dir / "api").glob("*/*.py") if p.name != "__init__.py")


def import_everything(distribution_dir: Path, package: str) -> None:
    """Import the package and each of its modules (endpoint modules load lazily otherwise)."""
    sys.path.insert(0, str(distribution_dir))
    try:
        importlib.invalidate_caches()
        for module in sorted((distribution_dir / package).rglob("*.py")):
            parts = module.relative_to(distribution_dir).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            importlib.import_module(name)
    finally:
        sys.path.remove(str(distribution_dir))


def generate_one(spec: Path, out_dir: Path, names: PackageNames) -> DocumentResult:
    from generator.pipeline import generate  # the heavy stages load once, on first use

    result = DocumentResult(spec)
    started = time.perf_counter()
    try:
        result.declared = len(operations(load_spec(spec).document))
        generation = generate(spec, out_dir, force=True, names=names, opc_in_process=True)
        result.adaptations = list(generation.adaptations)
        result.generated = generated_operations(generation.target / names.package)
        import_everything(generation.target, names.package)
        if result.generated != result.declared:
            result.outcome = f"failed: {result.declared - result.generated} operation(s) missing"
        else:
            result.outcome = f"ok ({names.package})"
    except SpecError as error:
        result.outcome = "refused: " + "; ".join(str(p) for p in error.problems)
    except GeneratorError as error:
        result.outcome = "failed: " + str(error).replace("\n", " ")
    except Exception as error:  # an import of the generated code failed: report, go on with the rest
        result.outcome = f"failed: import: {type(error).__name__}: {error}"
    result.seconds = time.perf_counter() - started
    return result


def _package_names(specs: list[Path], package_name: str | None) -> list[PackageNames | str]:
    """Each document's package names (or why there are none); one title twice: the file tells them apart."""
    chosen: list[PackageNames | str] = []
    used: set[str] = set()
    for spec in specs:
        try:
            names = PackageNames.from_name(package_name) if package_name else names_from_title(spec)
            if names.package in used:
                names = PackageNames.from_name(f"{names.package} {spec.stem}")
        except (GeneratorError, ValueError) as error:
            chosen.append(f"refused: {error}")
            continue
        used.add(names.package)
        chosen.append(names)
    return chosen


def _generate_job(job: tuple[Path, Path, PackageNames | str]) -> DocumentResult:
    spec, out, names = job
    return DocumentResult(spec, outcome=names) if isinstance(names, str) else generate_one(spec, out, names)


def _executor(workers: int) -> Executor:
    if workers <= 1:
        return _InProcess()
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


class _InProcess(Executor):
    """One document at a time in this process (one core, or one document)."""

    def map(self, fn: Any, *iterables: Any, timeout: float | None = None, chunksize: int = 1) -> Iterator[Any]:
        return map(fn, *iterables)


def run_foreign(path: Path, out_dir: Path | None, package_name: str | None, jobs: int = 0) -> int:
    """Generate every document (`jobs` at a time, default: one per core) and print the report."""
    specs = documents_in(path)
    if package_name and len(specs) > 1:
        raise GeneratorError("--package-name names one package: give a single document, not a folder")
    workers = min(jobs or os.cpu_count() or 1, len(specs))
    with tempfile.TemporaryDirectory(prefix="generator-foreign-") as scratch:
        out = out_dir or Path(scratch)
        width = max(len(s.name) for s in specs)
        work = list(zip(specs, [out] * len(specs), _package_names(specs, package_name), strict=True))
        results: list[DocumentResult] = []
        started = time.perf_counter()
        # Documents are independent: each worker process generates one at a time (its stages
        # already overlap openapi-python-client with validation); lines come out in order.
        with _executor(workers) as pool:
            for result in pool.map(_generate_job, work):
                results.append(result)
                print(result.line(width), flush=True)
                for adaptation in result.adaptations:
                    print(f"    adapted {adaptation}", flush=True)
        elapsed = time.perf_counter() - started
    ok = sum(r.ok for r in results)
    refused = sum(r.outcome.startswith("refused") for r in results)
    print(
        f"total: {len(results)} document(s), declared {sum(r.declared for r in results)}, "
        f"generated {sum(r.generated for r in results)}, adaptations {sum(len(r.adaptations) for r in results)}, "
        f"{elapsed:.1f}s; {ok} ok, {refused} refused, {len(results) - ok - refused} failed"
    )
    return 0 if ok == len(results) else 1
