"""The wire half of the API snapshot: what each operation sends and receives, read from the spec.

Every schema wrapper is followed (`$ref`, `allOf`, `oneOf`, `anyOf`, a null alternative), so a
field declared as `allOf: [{$ref: Enum}]` records the enum's type and values, not `object`.
Defaults are recorded too: a default on an input is a value the client sends on every call.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from generator.catalog import OperationInfo, catalog_of
from generator.spec_query import deref, is_fixed, is_fixed_query_parameter, operations

_MAX_DEPTH = 6
_WRAPPERS = ("allOf", "oneOf", "anyOf")
# Keys that only document: an edit to them alone is a patch release.
DOCUMENTATION_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs", "x-sendgrid-docs"})


def _is_null(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "null" or kind == ["null"] or ("enum" in schema and schema["enum"] == [None])


def _merge(into: dict[str, Any], part: dict[str, Any]) -> None:
    """Fold one allOf part (or the only non-null oneOf/anyOf option) into `into`."""
    for key, value in part.items():
        if key == "properties":
            into["properties"] = {**value, **into.get("properties", {})}
        elif key == "required":
            into["required"] = sorted(set(into.get("required", [])) | set(value))
        elif key == "enum" and "enum" in into:
            into["enum"] = [v for v in into["enum"] if v in value]
        elif key == "nullable":
            into["nullable"] = bool(into.get("nullable")) or bool(value)
        else:
            into.setdefault(key, value)


def flatten(document: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    """`schema` with every wrapper followed, as one plain schema (`alternatives` for a real union)."""
    node = deref(document, schema)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return {}
    flat = {key: value for key, value in node.items() if key not in (*_WRAPPERS, "$ref")}
    for part in node.get("allOf") or []:
        _merge(flat, flatten(document, part, depth + 1))
    for keyword in ("oneOf", "anyOf"):
        options = [flatten(document, option, depth + 1) for option in node.get(keyword) or []]
        if any(_is_null(option) for option in options):
            flat["nullable"] = True
        options = [option for option in options if not _is_null(option)]
        if len(options) == 1:
            _merge(flat, options[0])
        elif options:
            flat["alternatives"] = options
    return flat


def type_of(document: dict[str, Any], schema: Any, depth: int = 0) -> str:
    """A schema's type as sorted alternatives (`integer|null`, `array<string>`, `string:date-time`)."""
    flat = flatten(document, schema)
    kinds = flat.get("type") or []
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    if not kinds and "enum" in flat:
        kinds = sorted({"null" if v is None else type(v).__name__.replace("str", "string") for v in flat["enum"]})
    if not kinds and "properties" in flat:
        kinds = ["object"]
    if flat.get("nullable"):
        kinds.append("null")
    for option in flat.get("alternatives") or []:
        kinds.extend(type_of(document, option, depth + 1).split("|"))
    shown = set()
    for kind in kinds or ["any"]:
        if kind == "array" and depth < _MAX_DEPTH:
            kind = f"array<{type_of(document, flat.get('items'), depth + 1)}>"
        elif kind in ("string", "integer", "number") and flat.get("format"):
            kind = f"{kind}:{flat['format']}"
        shown.add(kind)
    return "|".join(sorted(shown))


def describe(document: dict[str, Any], schema: Any, required: bool) -> dict[str, Any]:
    flat = flatten(document, schema)
    entry: dict[str, Any] = {"required": required, "type": type_of(document, flat)}
    values = flat.get("enum")
    if values is None and flat.get("alternatives") and all("enum" in a for a in flat["alternatives"]):
        values = [v for a in flat["alternatives"] for v in a["enum"]]
    if values is not None:
        entry["enum"] = sorted({str(value) for value in values if value is not None})
    if "default" in flat:
        entry["default"] = json.dumps(flat["default"], sort_keys=True, default=str)
    return entry


def fields(document: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> dict[str, dict[str, Any]]:
    """Every field of a body schema, nested ones as `a.b` and array items as `a[].b`."""
    flat = flatten(document, schema)
    if depth > _MAX_DEPTH:
        return {}
    if flat.get("type") == "array" or "items" in flat:
        return fields(document, flat.get("items"), prefix + "[].", depth + 1)
    properties: dict[str, Any] = dict(flat.get("properties") or {})
    for option in flat.get("alternatives") or []:
        for name, value in (option.get("properties") or {}).items():
            properties.setdefault(name, value)
    required = set(flat.get("required") or [])
    found: dict[str, dict[str, Any]] = {}
    for name, raw in sorted(properties.items()):
        prop = flatten(document, raw)
        if is_fixed(prop):
            continue  # a fixed discriminator: part of the operation's identity, not a field
        found[prefix + name] = describe(document, prop, name in required)
        found.update(fields(document, prop, prefix + name + ".", depth + 1))
    return found


def _first_media(document: dict[str, Any], holder: Any) -> tuple[str, Any]:
    content = (deref(document, holder) or {}).get("content") or {}
    for media, entry in content.items():
        return media, (entry or {}).get("schema")
    return "", None


def operation_snapshot(document: dict[str, Any], info: OperationInfo, operation: dict[str, Any]) -> dict[str, Any]:
    """What one operation sends and receives; its identity (group, client path, verb, wire path,
    fixed fields) as the operation catalog records it."""
    parameters: dict[str, dict[str, Any]] = {}
    for raw in operation.get("parameters") or []:
        parameter = deref(document, raw)
        if is_fixed_query_parameter(document, parameter):
            continue
        schema = flatten(document, parameter.get("schema"))
        name = parameter["name"].lower() if parameter.get("in") == "header" else parameter["name"]
        parameters[f"{parameter.get('in')}:{name}"] = describe(document, schema, bool(parameter.get("required")))
    body = None
    if operation.get("requestBody") is not None:
        media, schema = _first_media(document, operation["requestBody"])
        body = {
            "required": bool((deref(document, operation["requestBody"]) or {}).get("required")),
            "media": media,
            "type": type_of(document, schema),
            "fields": fields(document, schema),
        }
    responses = {}
    for code, raw in sorted((operation.get("responses") or {}).items()):
        if str(code).startswith("2"):
            media, schema = _first_media(document, raw)
            responses[str(code)] = {
                "media": media,
                "type": type_of(document, schema) if media else "none",
                "fields": fields(document, schema),
            }
    return {
        "group": info.tag,
        "client_path": info.client_path,
        "method": info.http_method.upper(),
        "path": info.wire_path,
        "fixed": info.fixed_fields,
        "parameters": dict(sorted(parameters.items())),
        "body": body,
        "responses": responses,
    }


def _without_documentation(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_documentation(v) for k, v in node.items() if k not in DOCUMENTATION_KEYS}
    if isinstance(node, list):
        return [_without_documentation(v) for v in node]
    return node


def _digest(node: Any) -> str:
    return hashlib.sha256(json.dumps(node, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _inlined(document: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Any:
    """`node` with every `$ref` replaced by what it names and documentation dropped (cycles cut)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in seen or len(seen) > 2 * _MAX_DEPTH:
                return {"$ref": ref}
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return _inlined(document, {**(deref(document, {"$ref": ref}) or {}), **rest}, (*seen, ref))
        return {k: _inlined(document, v, seen) for k, v in node.items() if k not in DOCUMENTATION_KEYS}
    if isinstance(node, list):
        return [_inlined(document, v, seen) for v in node]
    return node


def fingerprint(document: dict[str, Any]) -> str:
    """A hash of the whole document except info.version: any other edit counts as a change."""
    copy = json.loads(json.dumps(document, default=str))
    copy.get("info", {}).pop("version", None)
    return hashlib.sha256(json.dumps(copy, sort_keys=True, default=str).encode()).hexdigest()


def digests(document: dict[str, Any]) -> dict[str, str]:
    """A hash of each top-level part outside `info`, `paths` (hashed per operation) and
    `components` (hashed where used), documentation left out: an unexplained edit shows here."""
    return {
        f"/{key}": _digest(_inlined(document, value))
        for key, value in sorted(document.items())
        if key not in ("info", "paths", "components", "openapi")
    }


def wire_snapshot(document: dict[str, Any]) -> dict[str, Any]:
    ops = {
        info.operation_id: {
            **operation_snapshot(document, info, op),
            "spec_digest": _digest(_inlined(document, op)),  # not compared: says an edit happened here
        }
        for info, (_, _, op) in zip(catalog_of(document, lambda at: None), operations(document), strict=True)
    }
    return {
        "spec_fingerprint": fingerprint(document),
        "digests": digests(document),
        "operations": dict(sorted(ops.items())),
    }
