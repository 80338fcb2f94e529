"""Incremental regeneration: after a small spec edit, `generate` reuses the generator cache and
writes exactly the bytes a cold run writes; what the cache may skip is decided soundly."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import jinja2
import pytest

from generator.cache import CACHE_FOLDER
from generator.errors import SpecError
from generator.incremental import changed_path_items, documentation_changes, reduced_document
from generator.paths import DEFAULT_SPEC, REPO_ROOT
from generator.pipeline import generate

EDITED_FILE = "v3/subusers.yaml"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _spec_copy(tmp_path: Path) -> Path:
    """spec/ (and the CHANGELOG beside it) in a folder of their own, free to edit."""
    work = tmp_path / "work"
    shutil.copytree(DEFAULT_SPEC.parent, work / "spec")
    changelog = REPO_ROOT / "CHANGELOG.md"
    if changelog.exists():
        shutil.copyfile(changelog, work / "CHANGELOG.md")
    return work / "spec" / DEFAULT_SPEC.name


def _edit_first_operation_description(spec: Path, replacement: str) -> None:
    """Replace the first operation-level `description:` of the subusers file."""
    path = spec.parent / EDITED_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    operation = next(i for i, line in enumerate(lines) if line.startswith("    operationId: "))
    index = next(i for i, line in enumerate(lines) if i > operation and line.startswith("    description: "))
    lines[index] = f"    description: {replacement}\n"
    path.write_text("".join(lines), encoding="utf-8")


def test_incremental_run_after_a_description_change_matches_a_cold_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _spec_copy(tmp_path)
    incremental_out, cold_out = tmp_path / "incremental", tmp_path / "cold"
    generate(spec, incremental_out)  # fills the cache
    cache = incremental_out / CACHE_FOLDER
    assert cache.is_dir()
    before = _tree(incremental_out / "sendgrid-reseller")

    _edit_first_operation_description(spec, "Words written by the incremental test.")
    compiled: list[str] = []
    compile_template = jinja2.Environment.compile

    def counted(environment: jinja2.Environment, source: str, name: str | None = None, *args: Any) -> Any:
        compiled.append(str(name))
        return compile_template(environment, source, name, *args)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    result = generate(spec, incremental_out)
    monkeypatch.undo()
    # The edited operation is rendered again, from the templates the first run compiled.
    assert "endpoint_module.py.jinja" not in compiled
    generate(spec, cold_out, incremental=False)

    produced = _tree(result.target)
    assert produced == _tree(cold_out / "sendgrid-reseller")
    assert not (cold_out / CACHE_FOLDER).exists()  # the cold run reused nothing
    changed = {name for name in produced if produced[name] != before.get(name)}
    assert any("Words written by the incremental test." in produced[name].decode() for name in changed)


def test_invalid_description_is_refused_and_output_and_cache_stay(tmp_path: Path) -> None:
    """The schema pass is skipped for string-for-string documentation edits only: a description
    that is not a string still fails, and the failed run changes neither the output nor the cache."""
    spec = _spec_copy(tmp_path)
    out = tmp_path / "out"
    generate(spec, out)
    output_before = _tree(out / "sendgrid-reseller")
    cache_before = _tree(out / CACHE_FOLDER)
    _edit_first_operation_description(spec, "[not, a, string]")
    with pytest.raises(SpecError, match="OpenAPI schema"):
        generate(spec, out)
    assert _tree(out / "sendgrid-reseller") == output_before
    assert _tree(out / CACHE_FOLDER) == cache_before
    assert sorted(p.name for p in out.iterdir()) == [CACHE_FOLDER, "sendgrid-reseller"]


def test_documentation_changes_admit_prose_only() -> None:
    old = {"paths": {"/a": {"get": {"description": "old", "responses": {"200": {"description": "ok"}}}}}}
    prose = {"paths": {"/a": {"get": {"description": "new", "responses": {"200": {"description": "ok"}}}}}}
    assert documentation_changes(old, prose) == [("paths", "/a", "get", "description")]
    assert documentation_changes(old, old) == []
    not_text = {"paths": {"/a": {"get": {"description": 5, "responses": {"200": {"description": "ok"}}}}}}
    assert documentation_changes(old, not_text) is None
    renamed = {"paths": {"/b": old["paths"]["/a"]}}
    assert documentation_changes(old, renamed) is None
    # Below `default`, `example` or `properties` a key called description is data, not prose.
    assert documentation_changes({"default": {"description": "a"}}, {"default": {"description": "b"}}) is None
    assert documentation_changes({"example": {"summary": "a"}}, {"example": {"summary": "b"}}) is None
    assert documentation_changes({"type": "string"}, {"type": "integer"}) is None


def test_only_documentation_edits_regenerate_path_items_alone() -> None:
    schema = {"type": "object", "properties": {"id": {"type": "string"}}}
    old: dict[str, Any] = {
        "openapi": "3.1.0",
        "paths": {
            "/a": {"get": {"description": "a", "responses": {"200": {"$ref": "#/components/responses/A"}}}},
            "/b": {"get": {"description": "b", "responses": {"200": {"description": "ok"}}}},
        },
        "components": {
            "responses": {
                "A": {
                    "description": "A",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}},
                }
            },
            "schemas": {"A": schema, "Unused": schema},
        },
    }
    edited = {**old, "paths": {**old["paths"], "/a": {"get": {**old["paths"]["/a"]["get"], "description": "new"}}}}
    assert changed_path_items(old, edited) == ["/a"]
    assert changed_path_items(old, old) == []
    structural = {**old, "paths": {**old["paths"], "/b": {"post": old["paths"]["/b"]["get"]}}}
    assert changed_path_items(old, structural) is None
    reduced = reduced_document(edited, ["/a"])
    assert list(reduced["paths"]) == ["/a"]
    assert reduced["components"] == {"responses": old["components"]["responses"], "schemas": {"A": schema}}


def test_catalog_changes_beyond_the_summary_regenerate_everything() -> None:
    """The templates read the catalog (paging, fixed fields): a change there is not documentation."""
    document = {"openapi": "3.1.0", "paths": {"/a": {"get": {"responses": {}}}, "/b": {"get": {"responses": {}}}}}
    entry = {"path_key": "/a", "summary": "old", "paginated": False}
    assert changed_path_items(document, document, {"a": entry}, {"a": {**entry, "summary": "new"}}) == ["/a"]
    assert changed_path_items(document, document, {"a": entry}, {"a": {**entry, "paginated": True}}) is None
    assert changed_path_items(document, document, {"a": entry}, {"b": entry}) is None
