"""Issue 21 observation 4: the changelog speaks Python first (the names a consumer types), wire
second, pairs renames, and gives each breaking entry a migration line.

A small package in the shape the generator produces (friendly client -> group descriptors ->
endpoint modules declaring OPERATION, models) is written twice, old and new, and read with griffe
exactly as the real one is.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from generator import versioning

RUNTIME = """
class Operation:
    def __init__(self, name: str) -> None:
        self.name = name


class GroupMethod:
    def __init__(self, function: object) -> None:
        self.function = function
"""


def _write_package(root: Path, *, new: bool) -> Path:
    """The old or new version of the small package; returns the distribution folder."""
    package = root / "sendgrid_reseller"
    for folder in ("api/things", "models", "_runtime"):
        (package / folder).mkdir(parents=True, exist_ok=True)
    (package / "_runtime" / "__init__.py").write_text(RUNTIME)
    (package / "__init__.py").write_text('from ._facade import SendGrid\n\n__all__ = ["SendGrid"]\n')
    (package / "api" / "__init__.py").write_text("")
    (package / "api" / "things" / "__init__.py").write_text("")
    status_op = "update_thing_status" if new else "set_thing_disabled"
    status_method = "update_status" if new else "set_disabled"
    model = "Widget" if new else "Gadget"
    region_param = ", include_region: bool | Unset = False" if new else ""
    (package / "_facade.py").write_text(
        "from functools import cached_property\n\nfrom ._groups import ThingsGroup\n\n\n"
        "class SendGrid:\n    @cached_property\n    def things(self) -> ThingsGroup:\n        return ThingsGroup()\n"
    )
    (package / "_groups.py").write_text(
        "from ._runtime import GroupMethod\n"
        "from .api.things import list_things as _list_things\n"
        f"from .api.things import {status_op} as _status\n\n\n"
        "class ThingsGroup:\n"
        "    list = GroupMethod(_list_things.sync)\n"
        f"    {status_method} = GroupMethod(_status.sync)\n"
    )
    (package / "api" / "things" / "list_things.py").write_text(
        "from ..._runtime import Operation\nfrom ...models.thing import Thing\nfrom ...types import UNSET, Unset\n\n"
        'OPERATION = Operation(name="list_things")\n\n\n'
        f"def sync(client: object, /, *, limit: int | Unset = UNSET{region_param}) -> list[Thing]:\n    return []\n"
    )
    (package / "api" / "things" / f"{status_op}.py").write_text(
        f"from ..._runtime import Operation\nfrom ...models.{model.lower()} import {model}\n\n"
        f'OPERATION = Operation(name="{status_op}")\n\n\n'
        f"def sync(client: object, /, thing_id: str, *, body: {model}) -> None:\n    return None\n"
    )
    (package / "types.py").write_text("class Unset:\n    pass\n\n\nUNSET = Unset()\n")
    region = "    region: str | Unset = UNSET\n" if new else ""
    (package / "models" / "thing.py").write_text(
        f"from ..types import UNSET, Unset\n\n\nclass Thing:\n    name: str\n{region}"
    )
    (package / "models" / f"{model.lower()}.py").write_text(f"class {model}:\n    disabled: bool\n")
    (package / "models" / "__init__.py").write_text(
        f"from .thing import Thing\nfrom .{model.lower()} import {model}\n\n__all__ = [{model!r}, 'Thing']\n"
    )
    return root


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1.0.0"},
    "paths": {
        "/v3/things": {
            "get": {
                "operationId": "list_things",
                "tags": ["Things"],
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "things",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
                            }
                        },
                    }
                },
            }
        },
        "/v3/things/{thing_id}": {
            "patch": {
                "operationId": "set_thing_disabled",
                "tags": ["Things"],
                "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}},
                },
                "responses": {"204": {"description": "done"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            "Gadget": {"type": "object", "required": ["disabled"], "properties": {"disabled": {"type": "boolean"}}},
        }
    },
}


def _new_spec() -> dict[str, Any]:
    doc = copy.deepcopy(SPEC)
    doc["paths"]["/v3/things"]["get"]["parameters"].append(
        {"name": "include_region", "in": "query", "schema": {"type": "boolean", "default": False}}
    )
    doc["components"]["schemas"]["Thing"]["properties"]["region"] = {"type": "string"}
    patch = doc["paths"]["/v3/things/{thing_id}"]["patch"]
    patch["operationId"] = "update_thing_status"
    doc["components"]["schemas"]["Widget"] = doc["components"]["schemas"].pop("Gadget")
    patch["requestBody"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Widget"}
    return doc


def _changelog(tmp_path: Path) -> str:
    old_api = versioning.read_python_api(_write_package(tmp_path / "old", new=False))
    new_api = versioning.read_python_api(_write_package(tmp_path / "new", new=True))
    changes = versioning.classify(versioning.snapshot(SPEC, old_api), versioning.snapshot(_new_spec(), new_api))
    return versioning.changelog_entry("2.0.0", changes)


def test_entries_name_python_first_and_wire_second(tmp_path: Path) -> None:
    text = _changelog(tmp_path)
    lines = text.splitlines()
    region = next(line for line in lines if "include_region" in line)
    assert region.startswith("- `client.things.list(")
    assert "include_region" in region.split("(wire:")[0] and "'query:include_region'" in region.split("(wire:")[1]
    field = next(line for line in lines if line.startswith("- `Thing.region`"))
    assert "(wire: list_things: response 200: new field '[].region')" in field
    assert "Warning: every call that omits it now sends include_region=false" in text


def test_renames_are_paired_with_a_migration_line(tmp_path: Path) -> None:
    text = _changelog(tmp_path)
    breaking = text.split("### Breaking\n\n")[1].split("\n### ")[0]
    assert "- renamed `client.things.set_disabled()` → `client.things.update_status()`" in breaking
    assert "- renamed `Gadget` → `Widget`" in breaking
    entries = [line for line in breaking.splitlines() if line.startswith("- ")]
    migrations = [line for line in breaking.splitlines() if line.startswith("  - Migration: ")]
    assert len(entries) == len(migrations) == 2, breaking
    assert "  - Migration: call `client.things.update_status()` instead of `client.things.set_disabled()`." in breaking
    assert not any(" removed" in line and "set_thing_disabled" in line for line in entries)


def test_every_breaking_entry_has_a_migration_line() -> None:
    old = versioning.snapshot(SPEC)
    new_doc = copy.deepcopy(SPEC)
    new_doc["paths"]["/v3/things"]["get"]["parameters"] = []
    new_doc["paths"]["/v3/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "type": "string"
    }
    text = versioning.changelog_entry("2.0.0", versioning.classify(old, versioning.snapshot(new_doc)))
    block = text.split("### Breaking\n\n")[1]
    entries = [line for line in block.splitlines() if line.startswith("- ")]
    assert entries and len([line for line in block.splitlines() if "Migration:" in line]) == len(entries)


def test_a_bumped_version_string_is_not_an_api_change(tmp_path: Path) -> None:
    """Journey regression: after `make bump` the regenerated `__version__` read as a breaking change."""
    old = _write_package(tmp_path / "old", new=False)
    (old / "sendgrid_reseller" / "__init__.py").write_text(
        'from ._facade import SendGrid\n\n__version__ = "1.0.0"\n__all__ = ["SendGrid", "__version__"]\n'
    )
    api = versioning.read_python_api(old)
    (old / "sendgrid_reseller" / "__init__.py").write_text(
        'from ._facade import SendGrid\n\n__version__ = "1.1.0"\n__all__ = ["SendGrid", "__version__"]\n'
    )
    assert versioning.python_changes(api, versioning.read_python_api(old)) == []


def test_a_changed_constant_shows_its_values() -> None:
    """Journey regression: a changed set of values read "changed from `set[X]` to `set[X]`"."""
    entry = {"kind": "attribute", "type": "set[Colour]"}
    old = {"exports": {}, "objects": {"sendgrid_reseller.models.colour.VALUES": {**entry, "value": "{'red', 'blue'}"}}}
    new = {"exports": {}, "objects": {"sendgrid_reseller.models.colour.VALUES": {**entry, "value": "{'red'}"}}}
    (change,) = versioning.python_changes(old, new)
    assert change.kind == "breaking" and "value changed from `{'red', 'blue'}` to `{'red'}`" in change.message


def test_a_breaking_change_before_1_0_moves_the_minor_version() -> None:
    assert versioning.bumped("0.1.3", "major") == "0.2.0"
    assert versioning.bumped("0.1.3", "minor") == "0.2.0"
    assert versioning.bumped("0.1.3", "patch") == "0.1.4"
    assert versioning.bumped("1.4.2", "major") == "2.0.0"


def test_hand_written_highlights_survive_bump_and_check() -> None:
    from generator.versioning.changelog import unreleased_highlights, with_highlights, without_highlights

    generated = "## 0.2.0 (minor)\n\n### Added\n\n- `client.x.y(...)`: new method\n"
    block = "\n### Highlights\n\n- Migration: do this.\n"
    entry = with_highlights(generated, block)
    assert entry.index("### Highlights") < entry.index("### Added")
    # make check compares the generated part only; make bump keeps the block of an unpublished entry
    assert without_highlights(entry) == generated
    changelog = "# Changelog\n\n" + entry + "\n## 0.1.0\n\n- Initial release of the recorded public API.\n"
    assert unreleased_highlights(changelog, {"0.2.0"}) == block
    assert unreleased_highlights(changelog, set()) == ""
