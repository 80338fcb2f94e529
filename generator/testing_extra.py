"""Stage 5b: the `testing` extra: the sandbox and the spec it reads, inside the package.

`sendgrid_reseller.testing` is a copy of sandbox/ (its modules import each other relatively, so
the copy runs unchanged) plus `spec.json`: the spec's files as the sandbox's own reader bundles
them. Built from the same spec as the client, in the same generation, it is versioned with it.
The client never imports it (tests/testing/test_import_boundary.py).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from generator.paths import REPO_ROOT
from sandbox._document import SpecDocument

SANDBOX = REPO_ROOT / "sandbox"
MODULE = "testing"
SPEC_BUNDLE = "spec.json"
# `pip install sendgrid-reseller[testing]`: the pytest plugin's one dependency beyond the client's.
REQUIREMENTS = ["pytest>=8"]
# The repository's fixed sandbox credentials stay out: the published sandbox makes its own.
NOT_SHIPPED = frozenset({"_credentials.py"})


def sources() -> list[Path]:
    """The hand-written files copied into the package (inputs of the generation)."""
    return sorted(p for p in SANDBOX.glob("*.py") if p.name not in NOT_SHIPPED)


def add_testing_module(package_dir: Path, root_spec: Path) -> None:
    target = package_dir / MODULE
    target.mkdir()
    for source in sources():
        shutil.copyfile(source, target / source.name)
    bundle = SpecDocument.from_path(root_spec).to_bundle()
    text = json.dumps(bundle, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
    (target / SPEC_BUNDLE).write_text(text, encoding="utf-8")
