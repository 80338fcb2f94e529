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


# An edit of the document in place; what it returns (a lambda's pop() result) is ignored.
Edit = Callable[[dict[str, Any]], object]


def _get_thing(doc: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = doc["paths"]["/rpc.json#get_thing"]["post"]
    return operation


def _form(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = _get_thing(doc)["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    return schema


def _list_params(doc: dict[str, Any]) -> list[dict[str, Any]]:
    parameters: list[dict[str, Any]] = doc["paths"]["/v3/things"]["get"]["parameters"]
    return parameters


def _thing(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = doc["components"]["schemas"]["Thing"]
    return schema


def _changes(edit: Edit) -> list[versioning.Change]:
    new = copy.deepcopy(BASE)
    edit(new)
    return versioning.classify(versioning.snapshot(BASE), versioning.snapshot(new))


def _rename_operation(doc: dict[str, Any]) -> None:
    _get_thing(doc)["operationId"] = "fetch_thing"


def _rename_parameter(doc: dict[str, Any]) -> None:
    _list_params(doc)[0]["name"] = "page_size"


BREAKING: dict[str, Edit] = {
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

ADDITIVE: dict[str, Edit] = {
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
def test_breaking_changes_need_a_major_bump(edit: Edit) -> None:
    changes = _changes(edit)
    assert changes and versioning.required_bump(changes) == "major", changes


@pytest.mark.parametrize("edit", ADDITIVE.values(), ids=ADDITIVE.keys())
def test_additive_changes_need_a_minor_bump(edit: Edit) -> None:
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


def _spec(repo: Path) -> Path:
    return repo / "spec" / "openapi.yaml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "spec").mkdir()
    shutil.copyfile(MINIMAL, tmp_path / "spec" / "openapi.yaml")
    assert _bump(tmp_path) == 0
    return tmp_path


def _bump(repo: Path) -> int:
    """`bump` in a scratch repository; no generated package there, so only the wire is compared."""
    spec, changelog = str(_spec(repo)), str(repo / "CHANGELOG.md")
    return cli.main(["bump", "--spec", spec, "--changelog", changelog, "--out", str(repo / "generated")])


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
    assert _bump(repo) == 0
    after = _spec(repo).read_text(encoding="utf-8")
    assert after == before.replace("version: 1.2.3}", "version: 2.0.0}")
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith(
        "# Changelog\n\n## 2.0.0 (major)\n\n### Breaking\n\n- operation 'list_things' removed\n"
    )
    assert "### Added\n\n- get_thing: response 200: new field 'colour'\n" in changelog
    assert changelog.endswith("## 1.2.3\n\n- Initial release of the recorded public API.\n\n")
    snapshot = json.loads((repo / "spec" / versioning.SNAPSHOT_NAME).read_text(encoding="utf-8"))
    # The snapshot is the last *published* release: bump leaves it, `make publish` records it.
    assert snapshot["version"] == "1.2.3" and "list_things" in snapshot["wire"]["operations"]
    # Nothing left to bump: a second run changes nothing.
    assert _bump(repo) == 0
    assert (repo / "CHANGELOG.md").read_text(encoding="utf-8") == changelog


def test_version_gate_passes_once_the_version_is_high_enough(repo: Path) -> None:
    _remove_list_things(repo)
    assert cli._version_refusal(_spec(repo), repo / "generated")  # 1.2.3 with a breaking change
    _spec(repo).write_text(
        _spec(repo).read_text(encoding="utf-8").replace("version: 1.2.3", "version: 1.9.0"), encoding="utf-8"
    )
    assert cli._version_refusal(_spec(repo), repo / "generated")  # a minor bump is not enough
    _spec(repo).write_text(
        _spec(repo).read_text(encoding="utf-8").replace("version: 1.9.0", "version: 3.0.0"), encoding="utf-8"
    )
    # Hand-set beyond the need is fine; only the CHANGELOG must still say what 3.0.0 changes.
    assert cli._version_refusal(_spec(repo), repo / "generated") == [
        "CHANGELOG.md has no entry for 3.0.0 on top: run `make bump`"
    ]
    assert _bump(repo) == 0
    assert cli._version_refusal(_spec(repo), repo / "generated") == []
    assert "version: 3.0.0}" in _spec(repo).read_text(encoding="utf-8")  # bump never lowers it
    assert (repo / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Changelog\n\n## 3.0.0 (major)\n")


# --- issue 21: wrappers followed, defaults are behaviour, unclassified is breaking ----------


def _with_frequency(doc: dict[str, Any]) -> None:
    """A shared enum used through the wrappers the real spec uses (spec/v3/subusers.yaml)."""
    doc["components"]["schemas"]["Frequency"] = {"type": "string", "enum": ["monthly", "weekly", "daily"]}
    _thing(doc)["properties"]["frequency"] = {"anyOf": [{"$ref": "#/components/schemas/Frequency"}, {"type": "null"}]}
    _form(doc)["properties"]["reset"] = {
        "description": "how often",
        "allOf": [{"$ref": "#/components/schemas/Frequency"}],
    }


def _frequency_changes(edit: Edit) -> list[versioning.Change]:
    old = copy.deepcopy(BASE)
    _with_frequency(old)
    new = copy.deepcopy(old)
    edit(new)
    return versioning.classify(versioning.snapshot(old), versioning.snapshot(new))


def test_an_enum_behind_allof_and_anyof_refs_is_followed() -> None:
    """Observation 1: removing `daily` was a patch ("internal") and adding `hourly` went unseen."""
    removed = _frequency_changes(lambda d: d["components"]["schemas"]["Frequency"].update(enum=["monthly", "weekly"]))
    assert versioning.required_bump(removed) == "major"
    messages = [c.message for c in removed]
    assert "get_thing: request body: field 'reset': enum value 'daily' removed" in messages
    assert "list_things: response 200: field '[].frequency': enum value 'daily' removed" in messages
    added = _frequency_changes(lambda d: d["components"]["schemas"]["Frequency"]["enum"].append("hourly"))
    assert versioning.required_bump(added) == "minor"
    assert "get_thing: request body: field 'reset': enum value 'hourly' added" in [c.message for c in added]
    snap = versioning.snapshot(BASE | {"components": copy.deepcopy(BASE["components"])})
    assert snap["wire"]["operations"]["get_thing"]["responses"]["200"]["fields"]["name"]["type"] == "string"


def test_wrapped_field_records_type_and_enum_not_object() -> None:
    doc = copy.deepcopy(BASE)
    _with_frequency(doc)
    fields = versioning.snapshot(doc)["wire"]["operations"]["get_thing"]["body"]["fields"]
    assert fields["reset"] == {"required": False, "type": "string", "enum": ["daily", "monthly", "weekly"]}
    response = versioning.snapshot(doc)["wire"]["operations"]["get_thing"]["responses"]["200"]["fields"]
    assert response["frequency"]["type"] == "null|string"


def test_a_new_parameter_with_a_default_is_a_behaviour_change_with_a_warning() -> None:
    """Observation 2: `default: false` makes every existing call send `include_region=false`."""
    changes = _changes(
        lambda d: _list_params(d).append(
            {"name": "include_region", "in": "query", "schema": {"type": "boolean", "default": False}}
        )
    )
    assert [c.kind for c in changes] == ["behaviour"] and versioning.required_bump(changes) == "minor"
    assert "every call that omits it now sends include_region=false" in changes[0].warning
    state = versioning.VersionStatus("1.2.3", "1.3.0", changes)
    assert any("make record" in line for line in versioning.warnings(state))


def test_a_changed_default_of_an_input_is_a_behaviour_change() -> None:
    changes = _changes(lambda d: _list_params(d)[0]["schema"].update(default=50))
    assert [(c.kind, c.message) for c in changes] == [
        ("behaviour", "list_things: parameter 'query:limit': now defaults to 50")
    ]


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (lambda d: _list_params(d)[0]["schema"].update(maximum=500), "operation 'list_things' (GET /v3/things)"),
        (lambda d: _thing(d)["properties"]["name"].update(maxLength=3), "operation 'get_thing' (POST /rpc.json)"),
        (lambda d: d.update(servers=[{"url": "https://api.example.com"}]), "/servers"),
    ],
    ids=["parameter limit", "shared schema limit", "servers"],
)
def test_an_unclassified_change_is_breaking_and_says_where(edit: Edit, where: str) -> None:
    changes = _changes(edit)
    assert versioning.required_bump(changes) == "major"
    assert f"unclassified change at {where}" in [c.message for c in changes]
    assert all(c.kind == "breaking" for c in changes)


def test_a_renamed_operation_is_one_paired_change() -> None:
    changes = _changes(_rename_operation)
    assert [c.message for c in changes] == ["operation 'get_thing' renamed to 'fetch_thing' (same POST /rpc.json)"]
    assert changes[0].migration


def _add_query_parameter(repo: Path, name: str, extra: str = "") -> None:
    text = _spec(repo).read_text(encoding="utf-8")
    anchor = "        - {name: offset, in: query, schema: {type: integer}}\n"
    line = f"        - {{name: {name}, in: query, schema: {{type: string{extra}}}}}\n"
    _spec(repo).write_text(text.replace(anchor, anchor + line), encoding="utf-8")


def _top_entry(repo: Path) -> str:
    text = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    return text.split("\n## ")[1]


def test_edits_between_bump_and_publish_recompute_instead_of_skipping(repo: Path) -> None:
    """Observation 3: after `make bump` to an unpublished 1.3.0, another edit demanded 1.3.1."""
    _add_query_parameter(repo, "q")
    assert _bump(repo) == 0
    assert "version: 1.3.0}" in _spec(repo).read_text(encoding="utf-8")
    _add_query_parameter(repo, "sort")
    refusal = cli._version_refusal(_spec(repo), repo / "generated")
    assert refusal == ["CHANGELOG.md's entry for 1.3.0 does not list the changes since 1.2.3: run `make bump`"]
    assert _bump(repo) == 0
    assert "version: 1.3.0}" in _spec(repo).read_text(encoding="utf-8")  # not 1.3.1: 1.3.0 is unpublished
    entry = _top_entry(repo)
    assert entry.startswith("1.3.0 (minor)") and "'query:q'" in entry and "'query:sort'" in entry
    assert (repo / "CHANGELOG.md").read_text(encoding="utf-8").count("## 1.3.0") == 1
    assert cli._version_refusal(_spec(repo), repo / "generated") == []
    _remove_list_things(repo)  # now breaking: the unpublished 1.3.0 entry becomes 2.0.0
    assert _bump(repo) == 0
    text = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "version: 2.0.0}" in _spec(repo).read_text(encoding="utf-8")
    assert "## 1.3.0" not in text and text.count("## 2.0.0 (major)") == 1
    assert json.loads((repo / "spec" / versioning.SNAPSHOT_NAME).read_text())["version"] == "1.2.3"


def test_recording_a_release_moves_the_baseline(repo: Path) -> None:
    from generator.pipeline import load_and_validate

    _add_query_parameter(repo, "q")
    assert _bump(repo) == 0
    versioning.record_release(_spec(repo), load_and_validate(_spec(repo)).document, None)  # what publish does
    assert cli._version_refusal(_spec(repo), repo / "generated") == []
    _add_query_parameter(repo, "sort")
    assert "info.version >= 1.4.0, is 1.3.0" in cli._version_refusal(_spec(repo), repo / "generated")[0]


def test_fields_and_parameters_without_python_names_stay_separate_entries() -> None:
    """Journey regression: with no generated code to name them, a new parameter and a new response
    field of one operation were merged into a single changelog entry."""

    def edit(doc: dict[str, Any]) -> None:
        _list_params(doc).append({"name": "q", "in": "query", "schema": {"type": "string"}})
        _thing(doc)["properties"]["colour"] = {"type": "string"}

    listed = [entry.text for entry in versioning.entries(_changes(edit))]
    assert "list_things: new optional parameter 'query:q'" in listed
    assert "list_things: response 200: new field '[].colour'" in listed
