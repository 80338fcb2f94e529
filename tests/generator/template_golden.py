"""The golden record of our template overrides: what overlays/templates renders for a small spec.

The fixture (fixtures/golden/templates/openapi.yaml) has one operation per branch the overridden
templates take; its output, as the pipeline leaves it (formatted, with headers), is committed in
fixtures/golden/templates/expected. Only the files the overrides render are kept: a change to an
override reads as a diff there. `make golden` (or `python -m tests.generator.template_golden`)
rewrites it; tests/generator/test_template_golden.py fails when it is stale.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from generator.paths import TEMPLATES
from generator.pipeline import generate

GOLDEN = Path(__file__).parent / "fixtures" / "golden" / "templates"
SPEC = GOLDEN / "openapi.yaml"
EXPECTED = GOLDEN / "expected"
PACKAGE = "sendgrid_reseller"

# Each override and the files of the package it renders (paths relative to the package).
OUTPUT_OF_TEMPLATE: dict[str, str] = {
    "api_init.py.jinja": "api/__init__.py",
    "endpoint_init.py.jinja": "api/*/__init__.py",
    "endpoint_module.py.jinja": "api/*/[!_]*.py",
    "client.py.jinja": "client.py",
    "errors.py.jinja": "errors.py",
    "model.py.jinja": "models/[!_]*.py",
    "models_init.py.jinja": "models/__init__.py",
    "package_init.py.jinja": "__init__.py",
    "types.py.jinja": "types.py",
}


def overridden_templates() -> set[str]:
    """The stock templates overlays/templates replaces (its `_` files are our own helpers)."""
    return {p.name for p in TEMPLATES.glob("*.jinja") if not p.name.startswith("_")}


def rendered_files(package_dir: Path) -> dict[str, bytes]:
    """The overrides' output in a generated package: relative path -> bytes."""
    found: dict[str, bytes] = {}
    for pattern in OUTPUT_OF_TEMPLATE.values():
        for path in sorted(package_dir.glob(pattern)):
            found[path.relative_to(package_dir).as_posix()] = path.read_bytes()
    return dict(sorted(found.items()))


def regenerate(work_dir: Path) -> dict[str, bytes]:
    """Generate the fixture into work_dir (a cold run, in this process) and return the overrides' output."""
    result = generate(SPEC, work_dir, opc_in_process=True)
    return rendered_files(result.target / PACKAGE)


def committed() -> dict[str, bytes]:
    return {p.relative_to(EXPECTED).as_posix(): p.read_bytes() for p in sorted(EXPECTED.rglob("*")) if p.is_file()}


def first_difference(expected: dict[str, bytes], produced: dict[str, bytes]) -> str | None:
    """Where the produced files first part from the golden ones (file, then line), or None."""
    for name in sorted(expected.keys() | produced.keys()):
        if name not in produced:
            return f"{name}: in the golden record but no longer generated"
        if name not in expected:
            return f"{name}: generated but not in the golden record"
        if expected[name] == produced[name]:
            continue
        old, new = expected[name].decode().splitlines(), produced[name].decode().splitlines()
        for number, (was, now) in enumerate(zip(old, new, strict=False), start=1):
            if was != now:
                return f"{name}, line {number}: golden {was!r}, generated {now!r}"
        shorter, longer = (old, new) if len(old) < len(new) else (new, old)
        number = len(shorter) + 1
        side = "generated" if longer is new else "golden"
        return f"{name}, line {number}: only the {side} file goes on ({longer[number - 1]!r})"
    return None


def refresh() -> int:
    """Rewrite the golden record from a fresh generation; returns the number of files."""
    with tempfile.TemporaryDirectory(prefix="template-golden-") as scratch:
        produced = regenerate(Path(scratch))
    shutil.rmtree(EXPECTED, ignore_errors=True)
    for name, data in produced.items():
        (EXPECTED / name).parent.mkdir(parents=True, exist_ok=True)
        (EXPECTED / name).write_bytes(data)
    return len(produced)


if __name__ == "__main__":
    print(f"wrote {refresh()} files to {EXPECTED}")
    sys.exit(0)
