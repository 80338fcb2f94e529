"""What changed since the last generation, and the smaller document that regenerates only that.

A run compares the lowered document with the one the last successful run recorded (in the
generator cache): when the only differences are documentation text (`description`, `summary`)
inside some path items, openapi-python-client runs on those path items alone (with the
components they reach) and the endpoint modules it writes replace the recorded ones; every
other module is the recorded one. Any other difference, or a reduced run whose models differ
from the recorded ones, means a full run: the reuse is taken only where it is provably the same.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from generator.cache import content_key

if TYPE_CHECKING:
    # generator.validate imports this module, and the command line imports that for `generate`'s
    # freshness check: the catalog would import openapi-python-client (a second) for a type only.
    from generator.catalog import OperationInfo

# Keys whose string values are prose: changing one changes docstrings, never code or types.
DOCUMENTATION_KEYS = frozenset({"description", "summary"})
# Below these the keys are data (values, names, mappings), not prose, whatever they are called.
DATA_KEYS = frozenset({"default", "example", "examples", "const", "enum", "mapping", "properties", "x-examples"})
COMPONENT_PREFIX = "#/components/"


def documentation_changes(old: Any, new: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]] | None:
    """Where `old` and `new` differ, when every difference is a string in a documentation field
    (same keys in the same order everywhere else); None when any other difference exists.

    Keys compare as JSON writes them (a YAML `200:` and `"200":` are the same response code): the
    recorded side has been through JSON."""
    if type(old) is not type(new):
        return None
    if isinstance(old, dict):
        if len(old) != len(new) or any(str(a) != str(b) for a, b in zip(old, new, strict=False)):
            return None
        changes: list[tuple[Any, ...]] = []
        for (key, before), after in zip(old.items(), new.values(), strict=True):
            found = documentation_changes(before, after, (*at, str(key)))
            if found is None:
                return None
            changes += found
        return changes
    if isinstance(old, list):
        if len(old) != len(new):
            return None
        changes = []
        for index, (before, after) in enumerate(zip(old, new, strict=True)):
            found = documentation_changes(before, after, (*at, index))
            if found is None:
                return None
            changes += found
        return changes
    if old == new:
        return []
    is_prose = bool(at) and at[-1] in DOCUMENTATION_KEYS and isinstance(old, str)
    return [at] if is_prose and not DATA_KEYS.intersection(at[:-1]) else None


def path_item_hashes(lowered: dict[str, Any]) -> dict[str, str]:
    """One input hash per path item (each v2 call has its own `path#variant` item)."""
    return {key: content_key(item) for key, item in (lowered.get("paths") or {}).items()}


def operation_hashes(lowered: dict[str, Any]) -> dict[str, str]:
    """One input hash per operation, by operationId (or `METHOD path` without one)."""
    found = {}
    for key, item in (lowered.get("paths") or {}).items():
        for method, operation in item.items() if isinstance(item, dict) else ():
            if isinstance(operation, dict) and ("responses" in operation or "operationId" in operation):
                name = str(operation.get("operationId") or f"{method.upper()} {key}")
                shared = {k: v for k, v in item.items() if not isinstance(v, dict) or k == "parameters"}
                found[name] = content_key(operation, shared)
    return found


def frame(lowered: dict[str, Any]) -> str:
    """The hash of everything but the path items' contents (their keys and order included)."""
    return content_key({k: v for k, v in lowered.items() if k != "paths"}, list(lowered.get("paths") or {}))


def catalog_table(catalog: list[OperationInfo]) -> dict[str, Any]:
    """The catalog as the templates see it, in its JSON form (as the cache records it)."""
    table: dict[str, Any] = json.loads(json.dumps({info.module: info.as_template_data() for info in catalog}))
    return table


def _without_summary(entry: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in entry.items() if key != "summary"}


def changed_path_items(
    previous: dict[str, Any],
    current: dict[str, Any],
    previous_catalog: dict[str, Any] | None = None,
    current_catalog: dict[str, Any] | None = None,
) -> list[str] | None:
    """The path items to regenerate when only their documentation changed (in the lowered document
    and in the catalog the templates read); None when the change reaches anything else (then
    everything is regenerated)."""
    if frame(previous) != frame(current) or (previous_catalog or {}).keys() != (current_catalog or {}).keys():
        return None
    old_paths, new_paths = previous.get("paths") or {}, current.get("paths") or {}
    changed = {key for key in new_paths if content_key(new_paths[key]) != content_key(old_paths[key])}
    for module, entry in (current_catalog or {}).items():
        before = (previous_catalog or {})[module]
        if entry != before:
            if _without_summary(entry) != _without_summary(before) or entry.get("path_key") not in new_paths:
                return None
            changed.add(entry["path_key"])
    for key in changed:
        if documentation_changes(old_paths[key], new_paths[key]) is None:
            return None
    return [key for key in new_paths if key in changed]


def _refs(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(COMPONENT_PREFIX):
            found.add(ref)
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)


def reduced_document(lowered: dict[str, Any], path_keys: list[str]) -> dict[str, Any]:
    """`lowered` with only `path_keys` and the components they reach, directly or not."""
    paths = lowered.get("paths") or {}
    components = lowered.get("components") or {}
    pending: set[str] = set()
    _refs([paths[key] for key in path_keys], pending)
    reached: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in reached:
            continue
        reached.add(ref)
        kind, _, name = ref[len(COMPONENT_PREFIX) :].partition("/")
        entry = (components.get(kind) or {}).get(name)
        if entry is not None:
            _refs(entry, pending)
    kept: dict[str, Any] = {}
    for kind, entries in components.items():
        if not isinstance(entries, dict):
            kept[kind] = entries
            continue
        chosen = {name: value for name, value in entries.items() if f"{COMPONENT_PREFIX}{kind}/{name}" in reached}
        if chosen:
            kept[kind] = chosen
    reduced = {key: value for key, value in lowered.items() if key not in ("paths", "components")}
    reduced["paths"] = {key: paths[key] for key in path_keys}
    if kept:
        reduced["components"] = kept
    return reduced
