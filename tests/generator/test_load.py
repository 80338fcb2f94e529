"""Stage 1: bundling multi-file specs, and errors that name the file and JSON pointer."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.load import load_spec


def test_multifile_spec_is_bundled_with_named_components_hoisted(fixtures: Path) -> None:
    spec = load_spec(fixtures / "multifile" / "openapi.yaml")
    schemas = spec.document["components"]["schemas"]
    assert set(schemas) == {"Error", "Pet", "Owner"}
    operation = spec.document["paths"]["/v3/pets"]["get"]
    items = operation["responses"]["200"]["content"]["application/json"]["schema"]["items"]
    assert items == {"$ref": "#/components/schemas/Pet"}
    # The root alias and the reference from pets.yaml both point at one hoisted Error schema.
    error = operation["responses"]["400"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/Error"}
    assert schemas["Error"]["properties"] == {"message": {"type": "string"}}
    assert len(spec.files) == 3


def test_locations_map_back_to_the_file_a_human_edits(fixtures: Path) -> None:
    spec = load_spec(fixtures / "multifile" / "openapi.yaml")
    location = spec.locate("/paths/~1v3~1pets/get/responses/200")
    assert location.file.name == "pets.yaml"
    assert location.pointer == "/pets/get/responses/200"
    owner = spec.locate("/components/schemas/Pet/properties/owner")
    assert (owner.file.name, owner.pointer) == ("pets.yaml", "/schemas/Pet/properties/owner")


def test_dangling_internal_ref_names_file_and_pointer(fixtures: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_spec(fixtures / "broken" / "dangling_ref.yaml")
    message = str(caught.value)
    assert "dangling_ref.yaml#/paths/~1v3~1a/get/responses/200/content/application~1json/schema" in message
    assert "#/components/schemas/Missing" in message


def test_dangling_file_ref_names_the_referring_place(fixtures: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_spec(fixtures / "broken" / "dangling_file_ref.yaml")
    assert "dangling_file_ref.yaml#/paths/~1v3~1a" in str(caught.value)
    assert "missing_file.yaml" in str(caught.value)


def test_inline_ref_cycle_is_reported(tmp_path: Path) -> None:
    (tmp_path / "root.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    $ref: other.yaml#/a\n"
    )
    (tmp_path / "other.yaml").write_text("a:\n  $ref: '#/b'\nb:\n  $ref: '#/a'\n")
    with pytest.raises(SpecError, match="cycle"):
        load_spec(tmp_path / "root.yaml")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("empty.yaml", "file is empty"), ("invalid_yaml.yaml", "not valid YAML")],
)
def test_unreadable_documents(fixtures: Path, name: str, expected: str) -> None:
    with pytest.raises(SpecError, match=expected) as caught:
        load_spec(fixtures / "broken" / name)
    assert name in str(caught.value)


def test_two_different_schemas_with_one_name_across_files(tmp_path: Path) -> None:
    (tmp_path / "root.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components:\n  schemas:\n    A: {$ref: one.yaml#/schemas/Thing}\n    B: {$ref: two.yaml#/schemas/Thing}\n"
    )
    (tmp_path / "one.yaml").write_text("schemas:\n  Thing: {type: string}\n")
    (tmp_path / "two.yaml").write_text("schemas:\n  Thing: {type: integer}\n  User: {$ref: '#/schemas/Thing'}\n")
    spec = load_spec(tmp_path / "root.yaml")
    assert spec.document["components"]["schemas"]["A"] == {"type": "string"}
    assert spec.document["components"]["schemas"]["B"] == {"type": "integer"}
