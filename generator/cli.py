"""`python -m generator generate|validate|check|bump`: the command line of the toolchain."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError
from generator.manifest import is_fresh, python_policy_warning
from generator.paths import (
    DEFAULT_NAMES,
    DEFAULT_OUT,
    DEFAULT_SPEC,
    REGENERATE_COMMAND,
    SNAPSHOT_NAME,
    PackageNames,
    changelog_for,
)
from generator.tools import run_tool

# generator.pipeline and generator.versioning (and the tools they import) load on first use: a
# no-op `generate` is answered from the manifest alone, in well under a second.


def report(message: str) -> None:
    print(message, file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="generate the client package from the spec")
    gen.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="root OpenAPI file (default: spec/openapi.yaml)")
    gen.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: generated/)")
    gen.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    gen.add_argument(
        "--cold",
        action="store_true",
        help="reuse nothing from earlier runs (removes the generator cache beside the output; the output is the same)",
    )
    gen.add_argument(
        "--package-name",
        default=None,
        help="the package's name, e.g. acme-api (default: sendgrid-reseller for spec/openapi.yaml and "
        "specs released with `make bump`, else from the document's info.title)",
    )
    frn = commands.add_parser(
        "foreign",
        help="generate every OpenAPI document in a folder (or one file) and report, per document, "
        "operations declared and generated, adaptations and seconds",
    )
    frn.add_argument("spec", type=Path, help="an OpenAPI document, or a folder of them (*.yaml, *.yml, *.json)")
    frn.add_argument("--out", type=Path, default=None, help="output folder (default: a temporary one)")
    frn.add_argument("--package-name", default=None, help="for a single document (default: from info.title)")
    frn.add_argument("--jobs", type=int, default=0, help="documents generated at once (default: one per core)")
    val = commands.add_parser("validate", help="load and validate the spec only")
    val.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    chk = commands.add_parser("check", help="validate, detect drift, lint and type-check the generated package")
    chk.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    chk.add_argument("--out", type=Path, default=DEFAULT_OUT)
    bmp = commands.add_parser(
        "bump", help="set info.version from the spec diff, prepend CHANGELOG.md, refresh the API snapshot"
    )
    bmp.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    bmp.add_argument("--changelog", type=Path, default=None, help="default: CHANGELOG.md beside the spec folder")
    bmp.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the generated package whose Python API is compared")
    return parser


def _python_api(out: Path, names: PackageNames = DEFAULT_NAMES) -> dict[str, Any] | None:
    """The generated package's public Python API (None when there is no generated package)."""
    from generator import versioning

    package = out / names.distribution
    return versioning.read_python_api(package, names.package) if (package / names.package).is_dir() else None


def _version_refusal(spec: Path, out: Path = DEFAULT_OUT) -> list[str]:
    """Why info.version (or the CHANGELOG) does not match the public-API change since the last
    published release (empty when fine); warnings about changes of behaviour are reported."""
    from generator import versioning
    from generator.pipeline import load_and_validate

    document = load_and_validate(spec).document
    state = versioning.status(document, spec.parent / versioning.SNAPSHOT_NAME, _python_api(out))
    for line in versioning.warnings(state):
        report(line)
    if not state.ok:
        return versioning.describe(state)
    problem = versioning.changelog_problem(state, changelog_for(spec))
    return [problem] if problem else []


def _bump(spec: Path, changelog: Path, out: Path = DEFAULT_OUT) -> int:
    from generator import versioning
    from generator.pipeline import load_and_validate

    first = not (spec.parent / versioning.SNAPSHOT_NAME).exists()
    python = _python_api(out)
    version, changes = versioning.bump(spec, load_and_validate(spec).document, changelog, python)
    if first:
        report(f"bump: recorded the public API of {version} in {versioning.SNAPSHOT_NAME} and {changelog.name}")
    elif not changes:
        report(f"bump: no public-API or spec change since the last release; version stays {version}")
    else:
        entries = len(versioning.entries(changes))
        report(f"bump: {versioning.required_bump(changes)} -> {version} ({entries} entr(y/ies) in {changelog.name})")
        report(f"next: run `{REGENERATE_COMMAND}` and commit spec/, CHANGELOG.md and generated/")
    if python is None:
        report("warning: no generated package: the Python API was not compared; run `make generate` first")
    return 0


def _check(spec: Path, out: Path, names: PackageNames) -> int:
    refusal = _version_refusal(spec, out)
    if refusal:
        for line in refusal:
            report(line)
        return 1
    from generator.pipeline import drift

    differences = drift(spec, out, names)
    if differences:
        report("generated/ is stale:")
        for line in differences[:50]:
            report(f"  - {line}")
        report(f"fix: run `{REGENERATE_COMMAND}` and commit the result")
        return 1
    package = out / names.distribution
    run_tool("ruff", "check", "--config", str(package / "pyproject.toml"), str(package))
    run_tool("mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", str(package / names.package))
    report("check: spec valid, generated/ up to date, ruff and mypy --strict clean")
    return 0


def package_names(spec: Path, package_name: str | None) -> PackageNames:
    """--package-name, else ours for our spec (spec/openapi.yaml, or any copy released with
    `make bump`: an API snapshot beside it), else the document's title."""
    try:
        if package_name:
            return PackageNames.from_name(package_name)
        if spec.resolve() == DEFAULT_SPEC.resolve() or (spec.parent / SNAPSHOT_NAME).exists():
            return DEFAULT_NAMES
    except ValueError as error:
        raise GeneratorError(str(error)) from None
    from generator.foreign import names_from_title

    return names_from_title(spec)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "foreign":
            from generator.foreign import run_foreign

            return run_foreign(args.spec, args.out, args.package_name, args.jobs)
        wants_names = args.command in ("generate", "check")
        if wants_names and (warning := python_policy_warning()):
            report(warning)
        names = package_names(args.spec, getattr(args, "package_name", None)) if wants_names else DEFAULT_NAMES
        if args.command == "generate" and not args.force:
            started = time.perf_counter()
            target = args.out / names.distribution
            changelog = changelog_for(args.spec)
            if is_fresh(args.spec, target, [changelog] if changelog.exists() else []):
                report(f"up to date: {target} ({time.perf_counter() - started:.2f}s)")
                return 0
        from generator.pipeline import generate, load_and_validate

        if args.command == "validate":
            spec = load_and_validate(args.spec)
            report(f"valid: {args.spec} ({len(spec.files)} file(s))")
            return 0
        if args.command == "generate":
            started = time.perf_counter()
            result = generate(args.spec, args.out, force=args.force, names=names, incremental=not args.cold)
            elapsed = time.perf_counter() - started
            for adaptation in result.adaptations:
                report(f"adapted {adaptation}")
            if result.skipped:
                report(f"up to date: {result.target} ({elapsed:.2f}s)")
            else:
                report(f"generated {result.operations} operations into {result.target} ({elapsed:.2f}s)")
            return 0
        if args.command == "bump":
            return _bump(args.spec, args.changelog or changelog_for(args.spec), args.out)
        return _check(args.spec, args.out, names)
    except GeneratorError as error:
        report(f"error: {error}")
        return 1
