"""`python -m generator generate|validate|check`: the command line of the toolchain."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from generator.errors import GeneratorError
from generator.paths import DEFAULT_OUT, DEFAULT_SPEC, DISTRIBUTION, REGENERATE_COMMAND
from generator.pipeline import drift, generate, load_and_validate, report
from generator.tools import run_tool


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="generate the client package from the spec")
    gen.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="root OpenAPI file (default: spec/openapi.yaml)")
    gen.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: generated/)")
    gen.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    val = commands.add_parser("validate", help="load and validate the spec only")
    val.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    chk = commands.add_parser("check", help="validate, detect drift, lint and type-check the generated package")
    chk.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    chk.add_argument("--out", type=Path, default=DEFAULT_OUT)
    return parser


def _check(spec: Path, out: Path) -> int:
    differences = drift(spec, out)
    if differences:
        report("generated/ is stale:")
        for line in differences[:50]:
            report(f"  - {line}")
        report(f"fix: run `{REGENERATE_COMMAND}` and commit the result")
        return 1
    package = out / DISTRIBUTION
    run_tool("ruff", "check", "--config", str(package / "pyproject.toml"), str(package))
    run_tool("mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", str(package / "sendgrid_reseller"))
    report("check: spec valid, generated/ up to date, ruff and mypy --strict clean")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "validate":
            spec = load_and_validate(args.spec)
            report(f"valid: {args.spec} ({len(spec.files)} file(s))")
            return 0
        if args.command == "generate":
            started = time.perf_counter()
            result = generate(args.spec, args.out, force=args.force)
            elapsed = time.perf_counter() - started
            if result.skipped:
                report(f"up to date: {result.target} ({elapsed:.2f}s)")
            else:
                report(f"generated {result.operations} operations into {result.target} ({elapsed:.2f}s)")
            return 0
        return _check(args.spec, args.out)
    except GeneratorError as error:
        report(f"error: {error}")
        return 1
