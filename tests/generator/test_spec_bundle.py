"""The testing extra's spec.json: the sandbox reader's bundle, joined from one JSON text per spec
file, and with the generator cache rebuilt from the files a spec edit changed alone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator import testing_extra
from generator.cache import StageCache
from generator.paths import DEFAULT_SPEC, REPO_ROOT
from sandbox._document import SpecDocument
from tests.generator.test_incremental import EDITED_FILE, _edit_first_operation_description, _spec_copy


def _sandbox_bundle(root: Path) -> str:
    bundle = SpecDocument.from_path(root).to_bundle()
    return json.dumps(bundle, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def test_bundle_is_the_sandbox_readers_bundle() -> None:
    assert testing_extra.spec_bundle(DEFAULT_SPEC) == _sandbox_bundle(DEFAULT_SPEC)


def test_a_spec_edit_rereads_only_the_edited_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = _spec_copy(tmp_path)
    first = StageCache(tmp_path / "cache", "salt")
    testing_extra.spec_bundle(spec, first)
    first.commit()
    _edit_first_operation_description(spec, "Words written by the bundle test.")

    read: list[str] = []
    reader = testing_extra.read_spec_file

    def counting_reader(base: Path, name: str, root: str) -> tuple[str, list[str]]:
        read.append(name)
        return reader(base, name, root)

    monkeypatch.setattr(testing_extra, "read_spec_file", counting_reader)
    text = testing_extra.spec_bundle(spec, StageCache(tmp_path / "cache", "salt"))
    assert read == [EDITED_FILE]
    assert "Words written by the bundle test." in text
    assert text == _sandbox_bundle(spec)


def test_a_root_that_is_no_mapping_is_refused_as_the_sandbox_refuses_it(tmp_path: Path) -> None:
    root = tmp_path / "openapi.yaml"
    root.write_text("- a list, not a document\n", encoding="utf-8")
    with pytest.raises(ValueError, match="root file 'openapi.yaml' is missing or not a mapping"):
        testing_extra.spec_bundle(root, StageCache(tmp_path / "cache", "salt"))


def test_a_missing_referenced_file_is_named(tmp_path: Path) -> None:
    root = tmp_path / "openapi.yaml"
    root.write_text("openapi: 3.1.0\npaths:\n  /a:\n    $ref: 'gone.yaml#/a'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="gone.yaml"):
        testing_extra.spec_bundle(root)


def test_bundling_does_not_import_the_sandbox_package() -> None:
    """Its `__init__` starts the whole sandbox (httpx, the app): a cost for every spec edit."""
    script = (
        "import sys\n"
        "from generator import testing_extra\n"
        "from generator.paths import DEFAULT_SPEC\n"
        "testing_extra.spec_bundle(DEFAULT_SPEC)\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'sandbox'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
