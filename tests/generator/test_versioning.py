"""Versioning from spec diffs: each breaking and additive kind on a pair of small specs, the
`check` refusal of an un-bumped change, and `bump` (version line, CHANGELOG, snapshot)."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import cli, versioning

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Small", "version": "1.2.3"},
    "paths": {
        "/rpc.json#get_thing": {
            "post": {
                "operationId": "get_thing",
                "tags": ["Things"],
                "x-sendgrid-client-path": "things.get",
                "summary": "Get a thing",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["method", "name"],
                                "properties": {
                                    "method": {"type": "string", "const": "thing"},
                                    "name": {"type": "string"},
                                    "colour": {"type": "string", "enum": ["red", "blue"]},
                                    "size": {"type": "number"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        },
        "/v3/things": {
            "get": {
                "operationId": "list_things",
                "tags": ["Things"],
                "x-sendgrid-client-path": "things.list",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "state", "in": "query", "schema": {"type": "string", "enum": ["on", "off"]}},
                ],
                "responses": {
                    "200": {
                        "description": "a page",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "kind": {"type": "string", "enum": ["a", "b"]}},
            }
        }
    },
}


def _get_thing(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["paths"]["/rpc.json#get_thing"]["post"]


def _form(doc: dict[str, Any]) -> dict[str, Any]:
    return _get_thing(doc)["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]


def _list_params(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return doc["paths"]["/v3/things"]["get"]["parameters"]


def _thing(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]["Thing"]


def _changes(edit: Callable[[dict[str, Any]], None]) -> list[versioning.Change]:
    new = copy.deepcopy(BASE)
    edit(new)
    return versioning.classify(versioning.snapshot(BASE), versioning.snapshot(new))


def _rename_operation(doc: dict[str, Any]) -> None:
    _get_thing(doc)["operationId"] = "fetch_thing"


def _rename_parameter(doc: dict[str, Any]) -> None:
    _list_params(doc)[0]["name"] = "page_size"


BREAKING: dict[str, Callable[[dict[str, Any]], None]] = {
    "operation removed": lambda d: d["paths"].pop("/v3/things"),
    "operation renamed": _rename_operation,
    "parameter removed": lambda d: _list_params(d).pop(0),
    "parameter renamed": _rename_parameter,
    "request field removed": lambda d: _form(d)["properties"].pop("size"),
    "response field removed": lambda d: _thing(d)["properties"].pop("kind"),
    "parameter made required": lambda d: _list_params(d)[0].update(required=True),
    "request field made required": lambda d: _form(d)["required"].append("colour"),
    "new required parameter": lambda d: _list_params(d).append(
        {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
    ),
    "parameter type narrowed": lambda d: _list_params(d)[0]["schema"].update(type="boolean"),
    "request field type narrowed": lambda d: _form(d)["properties"]["size"].update(type="integer"),
    "request enum value removed": lambda d: _form(d)["properties"]["colour"].update(enum=["red"]),
    "parameter enum value removed": lambda d: _list_params(d)[1]["schema"].update(enum=["on"]),
    "response enum value removed": lambda d: _thing(d)["properties"]["kind"].update(enum=["a"]),
    "fixed discriminator changed": lambda d: _form(d)["properties"]["method"].update(const="item"),
    "friendly method moved": lambda d: _get_thing(d).update({"x-sendgrid-client-path": "things.fetch"}),
    "model renamed": lambda d: _thing(d).update(title="Gadget"),
}

ADDITIVE: dict[str, Callable[[dict[str, Any]], None]] = {
    "new operation": lambda d: d["paths"].update(
        {
            "/v3/more": {
                "get": {"operationId": "more", "tags": ["Things"], "responses": {"204": {"description": "none"}}}
            }
        }
    ),
    "new optional parameter": lambda d: _list_params(d).append(
        {"name": "q", "in": "query", "schema": {"type": "string"}}
    ),
    "new optional request field": lambda d: _form(d)["properties"].update(note={"type": "string"}),
    "new response field": lambda d: _thing(d)["properties"].update(colour={"type": "string"}),
    "request enum value added": lambda d: _form(d)["properties"]["colour"].update(enum=["red", "blue", "green"]),
    "response enum value added": lambda d: _thing(d)["properties"]["kind"].update(enum=["a", "b", "c"]),
    "parameter type widened": lambda d: _list_params(d)[0]["schema"].update(type="number"),
    "request field made optional": lambda d: _form(d).update(required=["method"]),
}


@pytest.mark.parametrize("edit", BREAKING.values(), ids=BREAKING.keys())
def test_breaking_changes_need_a_major_bump(edit: Callable[[dict[str, Any]], None]) -> None:
    changes = _changes(edit)
    assert changes and versioning.required_bump(changes) == "major", changes


@pytest.mark.parametrize("edit", ADDITIVE.values(), ids=ADDITIVE.keys())
def test_additive_changes_need_a_minor_bump(edit: Callable[[dict[str, Any]], None]) -> None:
    changes = _changes(edit)
    assert changes and versioning.required_bump(changes) == "minor", changes
    assert all(c.kind == "additive" for c in changes)


def test_documentation_only_change_needs_a_patch_bump() -> None:
    changes = _changes(lambda d: _get_thing(d).update(summary="Fetch one thing", description="Longer words."))
    assert [c.kind for c in changes] == ["internal"]
    assert versioning.required_bump(changes) == "patch"


def test_identical_specs_and_a_version_only_edit_need_no_bump() -> None:
    assert _changes(lambda d: None) == []
    assert _changes(lambda d: d["info"].update(version="9.9.9")) == []


def test_changes_name_what_changed() -> None:
    messages = [c.message for c in _changes(BREAKING["parameter enum value removed"])]
    assert messages == ["list_things: parameter 'query:state': enum value 'off' removed"]


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [("1.2.3", "major", "2.0.0"), ("1.2.3", "minor", "1.3.0"), ("1.2.3", "patch", "1.2.4")],
)
def test_bumped(version: str, bump: str, expected: str) -> None:
    assert versioning.bumped(version, bump) == expected


def test_set_version_line_edits_only_that_line() -> None:
    text = "openapi: 3.1.0\r\ninfo:\r\n  title: X\r\n  version: '1.2.3'  # kept\r\npaths:\r\n  version: 7\r\n"
    assert versioning.set_version_line(text, "2.0.0") == text.replace("'1.2.3'", "'2.0.0'")
    flow = "openapi: 3.1.0\ninfo: {title: X, version: 1.2.3}\npaths: {}\n"
    assert versioning.set_version_line(flow, "1.3.0") == flow.replace("1.2.3", "1.3.0")


# --- the CLI on a spec in a temporary repository -------------------------------------------

MINIMAL = Path(__file__).parent / "fixtures" / "golden" / "minimal" / "openapi.yaml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "spec").mkdir()
    shutil.copyfile(MINIMAL, tmp_path / "spec" / "openapi.yaml")
    assert (
        cli.main(
            ["bump", "--spec", str(tmp_path / "spec" / "openapi.yaml"), "--changelog", str(tmp_path / "CHANGELOG.md")]
        )
        == 0
    )
    return tmp_path


def _spec(repo: Path) -> Path:
    return repo / "spec" / "openapi.yaml"


def _remove_list_things(repo: Path) -> None:
    text = _spec(repo).read_text(encoding="utf-8")
    start, end = text.index("  /v3/things:"), text.index("components:")
    _spec(repo).write_text(text[:start] + text[end:], encoding="utf-8")


def test_check_refuses_an_unbumped_spec_change(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _remove_list_things(repo)
    before = _spec(repo).read_bytes()
    assert cli.main(["check", "--spec", str(_spec(repo)), "--out", str(repo / "generated")]) == 1
    err = capsys.readouterr().err
    assert "a major bump is required (info.version >= 2.0.0, is 1.2.3)" in err
    assert "[breaking] operation 'list_things' removed" in err
    assert _spec(repo).read_bytes() == before
    assert not (repo / "generated").exists()  # refused before the drift check generated anything


def test_bump_writes_version_changelog_and_snapshot(repo: Path) -> None:
    _remove_list_things(repo)
    _spec(repo).write_text(
        _spec(repo)
        .read_text(encoding="utf-8")
        .replace(
            "name: {type: string}\n        size", "name: {type: string}\n        colour: {type: string}\n        size"
        ),
        encoding="utf-8",
    )
    before = _spec(repo).read_text(encoding="utf-8")
    assert cli.main(["bump", "--spec", str(_spec(repo)), "--changelog", str(repo / "CHANGELOG.md")]) == 0
    after = _spec(repo).read_text(encoding="utf-8")
    assert after == before.replace("version: 1.2.3}", "version: 2.0.0}")
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith(
        "# Changelog\n\n## 2.0.0 (major)\n\n### Breaking\n\n- operation 'list_things' removed\n"
    )
    assert "### Added\n\n- get_thing: response 200: new field 'colour'\n" in changelog
    assert changelog.endswith("## 1.2.3\n\n- Initial release of the recorded public API.\n\n")
    snapshot = json.loads((repo / "spec" / versioning.SNAPSHOT_NAME).read_text(encoding="utf-8"))
    assert snapshot["version"] == "2.0.0" and "list_things" not in snapshot["operations"]
    # Nothing left to bump: a second run changes nothing.
    assert cli.main(["bump", "--spec", str(_spec(repo)), "--changelog", str(repo / "CHANGELOG.md")]) == 0
    assert (repo / "CHANGELOG.md").read_text(encoding="utf-8") == changelog


def test_version_gate_passes_once_the_version_is_high_enough(repo: Path) -> None:
    _remove_list_things(repo)
    assert cli._version_refusal(_spec(repo))  # 1.2.3 with a breaking change
    _spec(repo).write_text(
        _spec(repo).read_text(encoding="utf-8").replace("version: 1.2.3", "version: 1.9.0"), encoding="utf-8"
    )
    assert cli._version_refusal(_spec(repo))  # a minor bump is not enough
    _spec(repo).write_text(
        _spec(repo).read_text(encoding="utf-8").replace("version: 1.9.0", "version: 3.0.0"), encoding="utf-8"
    )
    assert cli._version_refusal(_spec(repo)) == []  # hand-set beyond the need is fine
    assert cli.main(["bump", "--spec", str(_spec(repo)), "--changelog", str(repo / "CHANGELOG.md")]) == 0
    assert "version: 3.0.0}" in _spec(repo).read_text(encoding="utf-8")  # bump never lowers it
    assert (repo / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Changelog\n\n## 3.0.0 (major)\n")
