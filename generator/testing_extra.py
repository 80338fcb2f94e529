"""Stage 5b: the `testing` extra: the sandbox and the spec it reads, inside the package.

`sendgrid_reseller.testing` is a copy of sandbox/ (its modules import each other relatively, so
the copy runs unchanged) plus `spec.json`: the spec's files as the sandbox's own reader bundles
them. Built from the same spec as the client, in the same generation, it is versioned with it.
The client never imports it (tests/testing/test_import_boundary.py).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.cache import StageCache
from generator.paths import DEFAULT_NAMES, REPO_ROOT, PackageNames

SANDBOX = REPO_ROOT / "sandbox"
MODULE = "testing"
SPEC_BUNDLE = "spec.json"
# `pip install sendgrid-reseller[testing]`: the pytest plugin's one dependency beyond the client's.
REQUIREMENTS = ["pytest>=8"]
# The repository's fixed sandbox credentials stay out: the published sandbox makes its own.
NOT_SHIPPED = frozenset({"_credentials.py"})
# The sandbox's spec reader, loaded without the sandbox package (see `_sandbox_document`).
_DOCUMENT_MODULE = "generator._sandbox_document"


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


def _sandbox_document() -> ModuleType:
    """sandbox/_document.py alone: it imports only the standard library, while the sandbox
    package's `__init__` imports its whole server (a fifth of a second, paid by every run that
    reads a spec file)."""
    loaded = sys.modules.get(_DOCUMENT_MODULE)
    if loaded is None:
        found = importlib.util.spec_from_file_location(_DOCUMENT_MODULE, SANDBOX / "_document.py")
        assert found is not None and found.loader is not None  # a .py file always has a loader
        loaded = importlib.util.module_from_spec(found)
        sys.modules[_DOCUMENT_MODULE] = loaded  # before running it: its dataclasses look it up
        found.loader.exec_module(loaded)
    return loaded


def _as_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def read_spec_file(base: Path, name: str, root: str) -> tuple[str, list[str]]:
    """One spec file as the sandbox's reader parses it: its JSON text in spec.json, and the files
    its `$ref`s name."""
    document = _sandbox_document()
    content = document._read_file(base / name)
    if name == root:
        document.SpecDocument({name: content}, name)  # refuses a root that is no mapping, as the sandbox does
    return _as_json(content), list(document._referenced_files(content, name))


def _spec_file(base: Path, name: str, root: str, cache: StageCache | None) -> tuple[str, list[str]]:
    """`read_spec_file`, from the cache while the file's bytes are the same."""
    if cache is None:
        return read_spec_file(base, name, root)
    try:
        data = (base / name).read_bytes()
    except OSError:
        return read_spec_file(base, name, root)  # which says what is wrong
    key = cache.key("testing-spec-file", name, name == root, hashlib.sha256(data).hexdigest())
    found = cache.get(key)
    if found is not None:
        listed, _, text = found.decode("utf-8").partition("\n")
        refs: list[str] = json.loads(listed)
        return text, refs
    text, refs = read_spec_file(base, name, root)
    cache.put(key, f"{json.dumps(refs)}\n{text}".encode())
    return text, refs


def spec_bundle(root_spec: Path, cache: StageCache | None = None) -> str:
    """`spec.json`: the spec's files as the sandbox's own reader bundles them
    (`SpecDocument.from_path(root_spec).to_bundle()` as compact JSON with sorted keys).

    It is joined from one JSON text per file, so that with a cache a spec edit re-reads only the
    files it changed."""
    root_path = root_spec.resolve()
    base, root = root_path.parent, root_path.name
    texts: dict[str, str] = {}
    pending = [root]
    while pending:  # bounded: each file is read once, and a spec has finitely many
        name = pending.pop()
        if name in texts:
            continue
        texts[name], refs = _spec_file(base, name, root, cache)
        pending.extend(refs)
    files = ",".join(f"{_as_json(name)}:{texts[name]}" for name in sorted(texts))
    return f'{{"files":{{{files}}},"root":{_as_json(root)}}}\n'


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
