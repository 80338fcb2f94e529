"""Stage 5b: the `testing` extra: the sandbox and the spec it reads, inside the package.

`sendgrid_reseller.testing` is a copy of sandbox/ (its modules import each other relatively, so
the copy runs unchanged) plus `spec.json`: the spec's files as the sandbox's own reader bundles
them. Built from the same spec as the client, in the same generation, it is versioned with it.
The client never imports it (tests/testing/test_import_boundary.py).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from generator.paths import DEFAULT_NAMES, REPO_ROOT, PackageNames

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


def extras(names: PackageNames) -> dict[str, list[str]]:
    """`testing` for our package; none for a package generated from another document (the
    sandbox and its plugin speak SendGrid's API and import sendgrid_reseller)."""
    return {"testing": REQUIREMENTS} if names == DEFAULT_NAMES else {}


def plugin_module(names: PackageNames) -> str | None:
    """The pytest11 entry point's module, or None when the package has no testing extra."""
    return f"{names.package}.{MODULE}.pytest_plugin" if names == DEFAULT_NAMES else None


def spec_bundle(root_spec: Path) -> str:
    """`spec.json`: the spec's files as the sandbox's own reader bundles them."""
    # Imported here: the manifest (read by every no-op `make generate`) needs only `sources()`,
    # and importing the sandbox imports httpx.
    from sandbox._document import SpecDocument

    bundle = SpecDocument.from_path(root_spec).to_bundle()
    return json.dumps(bundle, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def add_testing_module(
    distribution_dir: Path, names: PackageNames, root_spec: Path, bundle: Callable[[], str] | None = None
) -> None:
    """`bundle` gives spec.json's text (default: `spec_bundle(root_spec)`; the pipeline passes a
    cached one)."""
    if names != DEFAULT_NAMES:
        return
    target = distribution_dir / names.package / MODULE
    target.mkdir()
    for source in sources():
        shutil.copyfile(source, target / source.name)
    text = bundle() if bundle is not None else spec_bundle(root_spec)
    (target / SPEC_BUNDLE).write_text(text, encoding="utf-8")
