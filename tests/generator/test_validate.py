"""Stage 2: every broken-spec fixture fails with a message naming the file and the place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.pipeline import load_and_validate

CASES = {
    "dangling_ref.yaml": ("#/paths/~1v3~1a/get/responses/200/content/application~1json/schema", "dangling $ref"),
    "dangling_file_ref.yaml": ("#/paths/~1v3~1a", "file not found"),
    "duplicate_operation_id.yaml": ("#/paths/~1v3~1b/get/operationId", "duplicate operationId 'same'"),
    "v2_without_discriminators.yaml": ("#/paths/~1rpc.json#one/post", "no discriminator"),
    "empty.yaml": ("empty.yaml", "file is empty"),
    "invalid_yaml.yaml": ("invalid_yaml.yaml", "not valid YAML"),
    "not_openapi.yaml": ("not_openapi.yaml", "not an OpenAPI document"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_spec_is_rejected_with_its_location(fixtures: Path, name: str) -> None:
    place, reason = CASES[name]
    with pytest.raises(SpecError) as caught:
        load_and_validate(fixtures / "broken" / name)
    message = str(caught.value)
    assert f"{name}{place}" in message or place in message and name in message
    assert reason in message


def test_our_spec_is_valid() -> None:
    spec = load_and_validate(Path("spec/openapi.yaml"))
    assert spec.document["openapi"].startswith("3.1")


def test_identical_v2_signatures_are_rejected(tmp_path: Path) -> None:
    form = (
        "      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n"
        "            schema: {type: object, required: [method], properties: {method: {type: string, const: same}}}\n"
        "      responses: {'200': {description: ok}}\n"
    )
    (tmp_path / "spec.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n"
        f"  /rpc.json#a:\n    post:\n      operationId: a\n{form}"
        f"  /rpc.json#b:\n    post:\n      operationId: b\n{form}"
    )
    with pytest.raises(SpecError, match="cannot tell it from a"):
        load_and_validate(tmp_path / "spec.yaml")


def test_schema_error_names_the_file_and_full_pointer_of_the_schema(tmp_path: Path) -> None:
    """Issue 21: a wrong type inside a schema of spec/v3/subusers.yaml was reported as
    spec/openapi.yaml#/properties/id/type (the path inside the schema, in the root file)."""
    spec = tmp_path / "spec"
    shutil.copytree(Path("spec"), spec)
    subusers = spec / "v3" / "subusers.yaml"
    text = subusers.read_text()
    assert "      id: {type: integer, description: The subuser's user id.}" in text
    subusers.write_text(
        text.replace("id: {type: integer, description: The subuser's", "id: {type: integr, description: The subuser's")
    )
    with pytest.raises(SpecError) as caught:
        load_and_validate(spec / "openapi.yaml")
    assert f"{subusers}#/schemas/Subuser/properties/id/type: OpenAPI schema: 'integr' is not valid" in str(caught.value)
