"""The whole pipeline: golden output, determinism, no-op regeneration, and losing nothing on failure."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import GeneratorError, SpecError
from generator.headers import strip_header
from generator.paths import REPO_ROOT, RUNTIME
from generator.pipeline import generate

GOLDEN = Path(__file__).parent / "fixtures" / "golden" / "minimal"
# The files the overrides and the spec decide; the copied runtime is checked separately.
GOLDEN_PARTS = (
    "sendgrid_reseller/api",
    "sendgrid_reseller/models",
    "sendgrid_reseller/_facade.py",
    "sendgrid_reseller/_groups",
    "API.md",
)


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _golden_files(distribution: Path) -> dict[str, bytes]:
    tree = _tree(distribution)
    return {name: data for name, data in tree.items() if name.startswith(GOLDEN_PARTS)}


def test_golden_minimal_spec(tmp_path: Path) -> None:
    result = generate(GOLDEN / "openapi.yaml", tmp_path)
    produced = _golden_files(result.target)
    expected_dir = GOLDEN / "expected"
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        for name, data in produced.items():
            (expected_dir / name).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / name).write_bytes(data)
    expected = _tree(expected_dir)
    assert sorted(produced) == sorted(expected), "run UPDATE_GOLDEN=1 pytest tests/generator to refresh"
    for name in expected:
        assert produced[name] == expected[name], f"{name} differs from the golden file"


def test_v2_call_sends_fixed_fields_and_wire_path(tmp_path: Path) -> None:
    result = generate(GOLDEN / "openapi.yaml", tmp_path)
    module = (result.target / "sendgrid_reseller/api/things/get_thing.py").read_text()
    assert '"url": "/rpc.json",' in module
    assert '"method": "thing",' in module
    assert "fixed_fields=FIXED_FIELDS," in module  # the runtime sends them last (request.py)
    form = (result.target / "sendgrid_reseller/models/get_thing_form.py").read_text()
    assert "method" not in form.split("def to_dict")[0].split('"""')[-1]
    assert '"tags[]"' in form


def test_generation_is_deterministic_across_hash_seeds(tmp_path: Path) -> None:
    """A generation under a fixed hash seed equals the committed generated/ (made under another seed).

    `make check` already proves generated/ equals a fresh generation under a random seed, so one
    generation here is enough (two took 47 s of the suite).
    """
    out = tmp_path / "seeded"
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", "spec/openapi.yaml", "--out", str(out)],
        cwd=REPO_ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    seeded = _tree(out / "sendgrid-reseller")
    committed = _tree(REPO_ROOT / "generated" / "sendgrid-reseller")
    differing = sorted(name for name in seeded.keys() | committed.keys() if seeded.get(name) != committed.get(name))
    assert not differing, (
        f"PYTHONHASHSEED=4242 output differs from generated/ (or generated/ is stale): {differing[:10]}"
    )


def test_noop_regeneration_is_skipped_and_detects_hand_edits(tmp_path: Path) -> None:
    first = generate(GOLDEN / "openapi.yaml", tmp_path)
    assert not first.skipped
    assert generate(GOLDEN / "openapi.yaml", tmp_path).skipped
    edited = first.target / "sendgrid_reseller" / "_facade.py"
    edited.write_text(edited.read_text() + "\n# hand edit\n")
    again = generate(GOLDEN / "openapi.yaml", tmp_path)
    assert not again.skipped
    assert "# hand edit" not in edited.read_text()


@pytest.mark.parametrize("broken", ["dangling_ref.yaml", "duplicate_operation_id.yaml", "not_openapi.yaml"])
def test_failed_generation_leaves_output_untouched(tmp_path: Path, fixtures: Path, broken: str) -> None:
    generate(GOLDEN / "openapi.yaml", tmp_path)
    before = _tree(tmp_path)
    with pytest.raises(SpecError):
        generate(fixtures / "broken" / broken, tmp_path, force=True)
    assert _tree(tmp_path) == before  # the generator cache beside the output included
    assert sorted(p.name for p in tmp_path.iterdir()) == [".generator-cache", "sendgrid-reseller"]


def test_endpoint_openapi_python_client_would_drop_fails_and_leaves_output(tmp_path: Path) -> None:
    """A text/plain request body: openapi-python-client cannot send one, and nothing adapts it."""
    generate(GOLDEN / "openapi.yaml", tmp_path)
    before = _tree(tmp_path)
    spec = tmp_path.parent / "drop.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /v3/a:\n    post:\n      operationId: xml_only\n"
        "      tags: [A]\n      x-sendgrid-client-path: a.post\n      requestBody:\n        required: true\n"
        "        content:\n          text/plain:\n            schema: {type: string}\n"
        "      responses: {'200': {description: ok}}\n"
    )
    with pytest.raises(GeneratorError) as caught:
        generate(spec, tmp_path, force=True)
    assert "'xml_only' (POST /v3/a) would be dropped: Unsupported content type text/plain" in str(caught.value)
    log = Path(str(caught.value).rsplit("full output: ", 1)[1].strip())
    assert "Unsupported content type text/plain" in log.read_text()
    log.unlink()
    assert _tree(tmp_path) == before


def test_runtime_copies_match_the_overlays() -> None:
    package_runtime = REPO_ROOT / "generated" / "sendgrid-reseller" / "sendgrid_reseller" / "_runtime"
    sources = sorted(p for p in RUNTIME.rglob("*.py") if "__pycache__" not in p.parts)
    assert sources, "overlays/runtime is empty"
    for source in sources:
        copy = package_runtime / source.relative_to(RUNTIME)
        assert copy.is_file(), f"{copy} missing: run make generate"
        assert strip_header(copy.read_text()) == source.read_text(), f"{copy} differs from {source}"
    copies = {p.relative_to(package_runtime) for p in package_runtime.rglob("*.py")}
    assert copies == {p.relative_to(RUNTIME) for p in sources}


def test_a_foreign_spec_without_our_extensions_generates_typed_code(tmp_path: Path, fixtures: Path) -> None:
    """No tags, no operationIds, camelCase path parameters, OpenAPI 3.0 `nullable`: still a clean package."""
    result = generate(fixtures / "foreign.yaml", tmp_path)
    package = result.target / "sendgrid_reseller"
    module = (package / "api" / "default" / "get_pets_pet_id.py").read_text()
    assert '"url": "/pets/{pet_id}".format(' in module
    assert "def get_pets_pet_id(" in (package / "_groups" / "default.py").read_text()
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", str(package)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout
