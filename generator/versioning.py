"""Versioning from spec diffs: the public-API snapshot, the change classification and `bump`.

`spec/api-snapshot.json` holds the public API of the previous release (committed, so this works
offline). Comparing it with the current spec says which semver bump the spec change needs:
breaking -> major, additive -> minor, documentation or internal only -> patch.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError
from generator.validate import deref, discriminators, operations

SNAPSHOT_NAME = "api-snapshot.json"
BUMPS = ("patch", "minor", "major")  # in increasing order of severity
KIND_TO_BUMP = {"breaking": "major", "additive": "minor", "internal": "patch"}
CHANGELOG_HEADINGS = {"breaking": "Breaking", "additive": "Added", "internal": "Other"}
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_MAX_DEPTH = 6


@dataclass(frozen=True)
class Change:
    kind: str  # "breaking", "additive" or "internal"
    message: str

    @property
    def bump(self) -> str:
        return KIND_TO_BUMP[self.kind]


# --- snapshot -------------------------------------------------------------------------------


def _type_of(document: dict[str, Any], schema: Any, depth: int = 0) -> str:
    """A schema's type as sorted alternatives (`integer|null`, `array<string>`); `any` if untyped."""
    schema = deref(document, schema) or {}
    alternatives = schema.get("type") or []
    alternatives = [alternatives] if isinstance(alternatives, str) else list(alternatives)
    if schema.get("nullable"):
        alternatives.append("null")
    for keyword in ("oneOf", "anyOf"):
        for option in schema.get(keyword) or []:
            alternatives.extend(_type_of(document, option, depth + 1).split("|"))
    if not alternatives and "allOf" in schema:
        alternatives = ["object"]
    shown = []
    for alternative in sorted(set(alternatives)) or ["any"]:
        if alternative == "array" and depth < _MAX_DEPTH:
            alternative = f"array<{_type_of(document, schema.get('items'), depth + 1)}>"
        shown.append(alternative)
    return "|".join(sorted(shown))


def _describe(document: dict[str, Any], schema: dict[str, Any], required: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {"required": required, "type": _type_of(document, schema)}
    if "enum" in schema:
        entry["enum"] = sorted(str(value) for value in schema["enum"])
    return entry


def _fields(document: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> dict[str, dict[str, Any]]:
    """Every field of a body schema, nested ones as `a.b` and array items as `a[].b`."""
    schema = deref(document, schema) or {}
    if depth > _MAX_DEPTH:
        return {}
    if schema.get("type") == "array" or "items" in schema:
        return _fields(document, schema.get("items"), prefix + "[].", depth + 1)
    properties: dict[str, Any] = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        part = deref(document, part) or {}
        properties.update(part.get("properties") or {})
        required |= set(part.get("required") or [])
    found: dict[str, dict[str, Any]] = {}
    for name, raw in sorted(properties.items()):
        prop = deref(document, raw) or {}
        if "const" in prop:
            continue  # a fixed discriminator: part of the operation's identity, not a field
        found[prefix + name] = _describe(document, prop, name in required)
        found.update(_fields(document, prop, prefix + name + ".", depth + 1) if _has_fields(document, prop) else {})
    return found


def _has_fields(document: dict[str, Any], schema: dict[str, Any]) -> bool:
    items = deref(document, schema.get("items")) or {}
    return bool(schema.get("properties") or schema.get("allOf") or items.get("properties") or items.get("allOf"))


def _first_media(document: dict[str, Any], holder: Any) -> tuple[str, Any]:
    content = (deref(document, holder) or {}).get("content") or {}
    for media, entry in content.items():
        return media, (entry or {}).get("schema")
    return "", None


def _operation_snapshot(
    document: dict[str, Any], path_key: str, method: str, operation: dict[str, Any]
) -> dict[str, Any]:
    parameters: dict[str, dict[str, Any]] = {}
    for raw in operation.get("parameters") or []:
        parameter = deref(document, raw)
        schema = deref(document, parameter.get("schema")) or {}
        if parameter.get("in") == "query" and "const" in schema:
            continue
        name = parameter["name"].lower() if parameter.get("in") == "header" else parameter["name"]
        parameters[f"{parameter.get('in')}:{name}"] = _describe(document, schema, bool(parameter.get("required")))
    body = None
    if operation.get("requestBody") is not None:
        media, schema = _first_media(document, operation["requestBody"])
        body = {
            "required": bool((deref(document, operation["requestBody"]) or {}).get("required")),
            "media": media,
            "type": _type_of(document, schema),
            "fields": _fields(document, schema),
        }
    responses = {}
    for code, raw in sorted((operation.get("responses") or {}).items()):
        if str(code).startswith("2"):
            media, schema = _first_media(document, raw)
            responses[str(code)] = {
                "media": media,
                "type": _type_of(document, schema) if media else "none",
                "fields": _fields(document, schema),
            }
    return {
        "group": (operation.get("tags") or [""])[0],
        "client_path": str(operation.get("x-sendgrid-client-path") or ""),
        "method": method.upper(),
        "path": path_key.split("#", 1)[0],
        "fixed": discriminators(document, method, operation),
        "parameters": dict(sorted(parameters.items())),
        "body": body,
        "responses": responses,
    }


def fingerprint(document: dict[str, Any]) -> str:
    """A hash of the whole document except info.version: any other edit counts as a change."""
    copy = json.loads(json.dumps(document, default=str))
    copy.get("info", {}).pop("version", None)
    return hashlib.sha256(json.dumps(copy, sort_keys=True).encode()).hexdigest()


def _model_names(document: dict[str, Any]) -> list[str]:
    """The names generated classes take: each object schema's title, else its component name."""
    names = set()
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        names.add(str((schema or {}).get("title") or name) if isinstance(schema, dict) else str(name))

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("title"), str) and (node.get("type") == "object" or "properties" in node):
                names.add(node["title"])
            for key, value in node.items():
                if key not in ("example", "examples", "default", "const", "enum"):
                    visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(document.get("paths") or {})
    visit(document.get("webhooks") or {})
    return sorted(names)


def snapshot(document: dict[str, Any]) -> dict[str, Any]:
    ops = {
        op["operationId"]: _operation_snapshot(document, key, method, op) for key, method, op in operations(document)
    }
    return {
        "version": str((document.get("info") or {}).get("version", "")),
        "spec_fingerprint": fingerprint(document),
        "operations": dict(sorted(ops.items())),
        "models": _model_names(document),
    }


def read_snapshot(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as error:
        raise GeneratorError(f"{path}: not valid JSON ({error})") from error
    return data if isinstance(data, dict) else None


def write_snapshot(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# --- classification -------------------------------------------------------------------------


def _widens(old: str, new: str) -> bool:
    """True when every value of type `old` is also a value of type `new`."""
    new_parts = set(new.split("|"))
    if "any" in new_parts:
        return True
    return all(part in new_parts or (part == "integer" and "number" in new_parts) for part in old.split("|"))


def _compare_entry(where: str, old: dict[str, Any], new: dict[str, Any], role: str, changes: list[Change]) -> None:
    if old["required"] != new["required"]:
        # An input made required breaks callers; an output made optional breaks readers.
        breaking = new["required"] if role == "input" else not new["required"]
        state = "required" if new["required"] else "optional"
        changes.append(Change("breaking" if breaking else "additive", f"{where}: made {state}"))
    if old["type"] != new["type"]:
        widened = _widens(old["type"], new["type"]) if role == "input" else _widens(new["type"], old["type"])
        verb = "widened" if widened else "narrowed"
        changes.append(
            Change("additive" if widened else "breaking", f"{where}: type {verb} from {old['type']} to {new['type']}")
        )
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if old_enum is not None and new_enum is not None:
        for value in sorted(set(old_enum) - set(new_enum)):
            changes.append(Change("breaking", f"{where}: enum value {value!r} removed"))
        for value in sorted(set(new_enum) - set(old_enum)):
            changes.append(Change("additive", f"{where}: enum value {value!r} added"))
    elif old_enum is None and new_enum is not None:
        changes.append(Change("breaking", f"{where}: now restricted to {new_enum}"))
    elif old_enum is not None:
        changes.append(Change("additive", f"{where}: no longer restricted to {old_enum}"))


def _compare_map(
    where: str, old: dict[str, Any], new: dict[str, Any], noun: str, role: str, changes: list[Change]
) -> None:
    for name in sorted(old.keys() - new.keys()):
        changes.append(Change("breaking", f"{where}: {noun} {name!r} removed"))
    for name in sorted(new.keys() - old.keys()):
        required_input = role == "input" and new[name]["required"]
        kind, what = (
            ("breaking", f"required {noun}")
            if required_input
            else ("additive", f"{'optional ' if role == 'input' else ''}{noun}")
        )
        changes.append(Change(kind, f"{where}: new {what} {name!r}"))
    for name in sorted(old.keys() & new.keys()):
        _compare_entry(f"{where}: {noun} {name!r}", old[name], new[name], role, changes)


def _compare_operation(op_id: str, old: dict[str, Any], new: dict[str, Any], changes: list[Change]) -> None:
    for key, label in (
        ("group", "group"),
        ("client_path", "Python method"),
        ("method", "HTTP method"),
        ("path", "wire path"),
        ("fixed", "fixed fields"),
    ):
        if old.get(key) != new.get(key):
            changes.append(Change("breaking", f"{op_id}: {label} changed from {old.get(key)!r} to {new.get(key)!r}"))
    _compare_map(op_id, old["parameters"], new["parameters"], "parameter", "input", changes)
    old_body, new_body = old.get("body"), new.get("body")
    if old_body and not new_body:
        changes.append(Change("breaking", f"{op_id}: request body removed"))
    elif new_body and not old_body:
        kind = "breaking" if new_body["required"] else "additive"
        changes.append(Change(kind, f"{op_id}: new {'required' if new_body['required'] else 'optional'} request body"))
    elif old_body and new_body:
        if old_body["media"] != new_body["media"]:
            changes.append(Change("breaking", f"{op_id}: request media type changed to {new_body['media']}"))
        if not old_body["required"] and new_body["required"]:
            changes.append(Change("breaking", f"{op_id}: request body made required"))
        if old_body["type"] != new_body["type"]:
            _compare_entry(
                f"{op_id}: request body",
                {"required": True, "type": old_body["type"]},
                {"required": True, "type": new_body["type"]},
                "input",
                changes,
            )
        _compare_map(f"{op_id}: request body", old_body["fields"], new_body["fields"], "field", "input", changes)
    for code in sorted(old["responses"].keys() - new["responses"].keys()):
        changes.append(Change("breaking", f"{op_id}: response {code} removed"))
    for code in sorted(new["responses"].keys() - old["responses"].keys()):
        changes.append(Change("additive", f"{op_id}: new response {code}"))
    for code in sorted(old["responses"].keys() & new["responses"].keys()):
        before, after = old["responses"][code], new["responses"][code]
        where = f"{op_id}: response {code}"
        if before["type"] != after["type"]:
            _compare_entry(
                where,
                {"required": True, "type": before["type"]},
                {"required": True, "type": after["type"]},
                "output",
                changes,
            )
        _compare_map(where, before["fields"], after["fields"], "field", "output", changes)


def classify(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every public-API change from snapshot `old` to snapshot `new` (empty when identical)."""
    changes: list[Change] = []
    old_ops, new_ops = old.get("operations", {}), new.get("operations", {})
    for op_id in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(Change("breaking", f"operation {op_id!r} removed"))
    for op_id in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(
            Change("additive", f"new operation {op_id!r} ({new_ops[op_id]['method']} {new_ops[op_id]['path']})")
        )
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        _compare_operation(op_id, old_ops[op_id], new_ops[op_id], changes)
    if "models" in old:  # model classes are public names: callers import and construct them
        old_models, new_models = set(old["models"]), set(new.get("models", []))
        for name in sorted(old_models - new_models):
            changes.append(Change("breaking", f"model {name!r} removed or renamed"))
        for name in sorted(new_models - old_models):
            changes.append(Change("additive", f"new model {name!r}"))
    if not changes and old.get("spec_fingerprint") != new.get("spec_fingerprint"):
        changes.append(Change("internal", "documentation or internal changes only (no public-API change)"))
    return changes


def required_bump(changes: list[Change]) -> str | None:
    return max((c.bump for c in changes), key=BUMPS.index, default=None)


# --- versions -------------------------------------------------------------------------------


def parse_version(text: str) -> tuple[int, int, int]:
    match = _SEMVER.match(text.strip())
    if not match:
        raise GeneratorError(f"info.version {text!r} is not a semantic version MAJOR.MINOR.PATCH")
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def bumped(version: str, bump: str) -> str:
    major, minor, patch = parse_version(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


@dataclass(frozen=True)
class VersionStatus:
    released: str
    current: str
    changes: list[Change]

    @property
    def bump(self) -> str | None:
        return required_bump(self.changes)

    @property
    def needed(self) -> str:
        return bumped(self.released, self.bump) if self.bump else self.released

    @property
    def ok(self) -> bool:
        return parse_version(self.current) >= parse_version(self.needed)


def status(document: dict[str, Any], snapshot_path: Path) -> VersionStatus:
    previous = read_snapshot(snapshot_path)
    if previous is None:
        raise GeneratorError(f"{snapshot_path} is missing: run `python -m generator bump` to record the current API")
    current = snapshot(document)
    return VersionStatus(str(previous.get("version", "")), current["version"], classify(previous, current))


def describe(state: VersionStatus) -> list[str]:
    needed = f"info.version >= {state.needed}, is {state.current}"
    lines = [f"the spec changed since {state.released}: a {state.bump} bump is required ({needed})"]
    lines += [f"  - [{c.kind}] {c.message}" for c in state.changes]
    lines.append("fix: run `make bump` and commit spec/openapi.yaml, CHANGELOG.md and spec/api-snapshot.json")
    return lines


# --- bump -----------------------------------------------------------------------------------


def set_version_line(text: str, version: str) -> str:
    """`text` with only the `version:` line of the top-level `info:` block changed."""
    lines = text.splitlines(keepends=True)
    in_info = False
    for index, line in enumerate(lines):
        inline = re.match(r"^(info:\s*\{.*?\bversion:\s*)(['\"]?)([^'\",}\s]+)(.*)$", line, re.DOTALL)
        if inline:  # flow style: info: {title: X, version: 1.2.3}
            lines[index] = f"{inline.group(1)}{inline.group(2)}{version}{inline.group(4)}"
            return "".join(lines)
        if re.match(r"^info:\s*$", line):
            in_info = True
            continue
        if in_info and line.strip() and not line[0].isspace():
            break
        match = re.match(r"^(\s+version:\s*)(['\"]?)([^'\"\s#]+)(['\"]?)(.*?)(\r?\n)?$", line) if in_info else None
        if match:
            ending = match.group(6) or ""
            lines[index] = f"{match.group(1)}{match.group(2)}{version}{match.group(4)}{match.group(5)}{ending}"
            return "".join(lines)
    raise GeneratorError("no `version:` line directly under the top-level `info:` block of the root spec file")


def changelog_entry(version: str, changes: list[Change]) -> str:
    if not changes:
        return f"## {version}\n\n- Initial release of the recorded public API.\n\n"
    parts = [f"## {version} ({required_bump(changes)})\n"]
    for kind, heading in CHANGELOG_HEADINGS.items():
        messages = [c.message for c in changes if c.kind == kind]
        if messages:
            parts.append(f"\n### {heading}\n\n" + "".join(f"- {m}\n" for m in messages))
    return "".join(parts) + "\n"


def prepend_changelog(path: Path, entry: str) -> None:
    title = "# Changelog\n\n"
    existing = path.read_text(encoding="utf-8") if path.exists() else title
    body = existing[len(title) :] if existing.startswith(title) else existing
    path.write_text(title + entry + body, encoding="utf-8")


def bump(spec_path: Path, document: dict[str, Any], changelog: Path) -> tuple[str, list[Change]]:
    """Write the needed version into the spec, a CHANGELOG entry and the refreshed snapshot."""
    snapshot_path = spec_path.parent / SNAPSHOT_NAME
    previous = read_snapshot(snapshot_path)
    current_version = str((document.get("info") or {}).get("version", ""))
    if previous is None:
        changes: list[Change] = []
        target = current_version
    else:
        state = status(document, snapshot_path)
        changes = state.changes
        if not changes:
            return state.current, []
        target = max(state.current, state.needed, key=parse_version)
    if target != current_version:
        text = spec_path.read_bytes().decode("utf-8")
        spec_path.write_bytes(set_version_line(text, target).encode("utf-8"))
        document = json.loads(json.dumps(document, default=str))
        document.setdefault("info", {})["version"] = target
    prepend_changelog(changelog, changelog_entry(target, changes))
    write_snapshot(snapshot_path, snapshot(document))
    return target, changes
