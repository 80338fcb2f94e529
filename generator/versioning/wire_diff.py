"""Changes between two wire snapshots (see wire): operations, parameters, body fields, defaults.

Inputs and outputs differ: an input made required breaks callers, an output made optional breaks
readers. A default on an input is sent on every call that omits it, so a new or changed default
changes what existing calls send: a behaviour change (minor, with a warning). A spec edit outside
documentation that no rule here explains is an "unclassified change": breaking, never internal.
"""

from __future__ import annotations

import re
from typing import Any

from generator.versioning.changes import Change
from generator.versioning.naming import Namer


class _Differ:
    def __init__(self, names: Namer) -> None:
        self.names = names
        self.changes: list[Change] = []

    def add(self, kind: str, op_id: str, message: str, *, subject: str = "", key: str = "", **extra: str) -> None:
        python = self.names.operation(op_id) if op_id else ""
        shown = subject or (f"{python}()" if python else "")
        self.changes.append(
            Change(
                kind,
                message,
                (key or self.names.key(op_id),),
                python=f"`{shown}`" if shown else "",
                **extra,
            )
        )

    def entry(self, op_id: str, where: str, old: dict[str, Any], new: dict[str, Any], role: str, **at: str) -> None:
        if old["required"] != new["required"]:
            breaking = new["required"] if role == "input" else not new["required"]
            state = "required" if new["required"] else "optional"
            migration = ("pass it in every call" if role == "input" else "handle it being absent") if breaking else ""
            self.add("breaking" if breaking else "additive", op_id, f"{where}: made {state}", migration=migration, **at)
        if old["type"] != new["type"]:
            widened = _widens(old["type"], new["type"]) if role == "input" else _widens(new["type"], old["type"])
            verb = "widened" if widened else "narrowed"
            self.add(
                "additive" if widened else "breaking",
                op_id,
                f"{where}: type {verb} from {old['type']} to {new['type']}",
                migration="" if widened else f"use values of type {new['type']}",
                **at,
            )
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if old_enum is not None and new_enum is not None:
            for value in sorted(set(old_enum) - set(new_enum)):
                self.add(
                    "breaking",
                    op_id,
                    f"{where}: enum value {value!r} removed",
                    migration=f"stop sending {value!r}" if role == "input" else f"stop expecting {value!r}",
                    **at,
                )
            for value in sorted(set(new_enum) - set(old_enum)):
                self.add("additive", op_id, f"{where}: enum value {value!r} added", **at)
        elif old_enum is None and new_enum is not None:
            self.add(
                "breaking", op_id, f"{where}: now restricted to {new_enum}", migration=f"use one of {new_enum}", **at
            )
        elif old_enum is not None:
            self.add("additive", op_id, f"{where}: no longer restricted to {old_enum}", **at)
        if role == "input" and old.get("default") != new.get("default"):
            self.default_changed(op_id, where, old.get("default"), new.get("default"), at)

    def default_changed(self, op_id: str, where: str, old: str | None, new: str | None, at: dict[str, str]) -> None:
        named = re.search(r"'(?:[a-z]+:)?([^']+)'$", where)
        name = named.group(1) if named else "it"
        if new is None:
            message, warning = f"{where}: default {old} removed", f"calls that omit {name} no longer send {name}={old}"
        elif old is None:
            message, warning = f"{where}: now defaults to {new}", f"calls that omit {name} now send {name}={new}"
        else:
            message = f"{where}: default changed from {old} to {new}"
            warning = f"calls that omit {name} now send {name}={new} (was {old})"
        self.add("behaviour", op_id, message, warning=warning, **at)

    def members(self, op_id: str, where: str, old: dict[str, Any], new: dict[str, Any], noun: str, role: str) -> None:
        for name in sorted(old.keys() - new.keys()):
            at = self.at(op_id, noun, name, role)
            migration = f"stop passing {name!r}" if role == "input" else f"stop reading {name!r}"
            self.add("breaking", op_id, f"{where}: {noun} {name!r} removed", migration=migration, **at)
        for name in sorted(new.keys() - old.keys()):
            at = self.at(op_id, noun, name, role)
            if role == "input" and new[name]["required"]:
                self.add("breaking", op_id, f"{where}: new required {noun} {name!r}", migration=f"pass {name!r}", **at)
            elif role == "input" and "default" in new[name]:
                self.add(
                    "behaviour",
                    op_id,
                    f"{where}: new optional {noun} {name!r} with default {new[name]['default']}",
                    warning=f"every call that omits it now sends {name.split(':', 1)[-1]}={new[name]['default']}",
                    **at,
                )
            else:
                optional = "optional " if role == "input" else ""
                self.add("additive", op_id, f"{where}: new {optional}{noun} {name!r}", **at)
        for name in sorted(old.keys() & new.keys()):
            self.entry(
                op_id, f"{where}: {noun} {name!r}", old[name], new[name], role, **self.at(op_id, noun, name, role)
            )

    def at(self, op_id: str, noun: str, name: str, role: str) -> dict[str, str]:
        """The Python subject and pairing key of a parameter or body field, when the code has one."""
        operation = self.names.operation(op_id)
        # Without a Python name, the wire name keeps each parameter or field an entry of its own.
        unnamed = {"key": f"{self.names.key(op_id)}:{role}:{noun}:{name}"}
        if noun == "parameter":
            python = self.names.parameter(op_id, name)
            if operation and python:
                return {"subject": f"{operation}({python}=...)", "key": f"{self.names.key(op_id)}:{python}"}
            return unnamed
        field = self.names.field(op_id, role, name)
        return {"subject": field, "key": f"field:{field}"} if field else unnamed

    def operation(self, op_id: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for key, label in (
            ("group", "group"),
            ("client_path", "Python method"),
            ("method", "HTTP method"),
            ("path", "wire path"),
            ("fixed", "fixed fields"),
        ):
            if old.get(key) != new.get(key):
                self.add(
                    "breaking",
                    op_id,
                    f"{op_id}: {label} changed from {old.get(key)!r} to {new.get(key)!r}",
                    migration="update the calls as the new name says" if key in ("group", "client_path") else "",
                )
        self.members(op_id, op_id, old["parameters"], new["parameters"], "parameter", "input")
        self.body(op_id, old.get("body"), new.get("body"))
        for code in sorted(old["responses"].keys() - new["responses"].keys()):
            self.add("breaking", op_id, f"{op_id}: response {code} removed", migration=f"stop handling a {code} answer")
        for code in sorted(new["responses"].keys() - old["responses"].keys()):
            self.add("additive", op_id, f"{op_id}: new response {code}")
        for code in sorted(old["responses"].keys() & new["responses"].keys()):
            before, after = old["responses"][code], new["responses"][code]
            where = f"{op_id}: response {code}"
            if before["type"] != after["type"]:
                self.entry(
                    op_id,
                    where,
                    {"required": True, "type": before["type"]},
                    {"required": True, "type": after["type"]},
                    "output",
                )
            self.members(op_id, where, before["fields"], after["fields"], "field", "output")

    def body(self, op_id: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        if old and not new:
            self.add("breaking", op_id, f"{op_id}: request body removed", migration="stop passing body=")
        elif new and not old:
            kind = "breaking" if new["required"] else "additive"
            required = "required" if new["required"] else "optional"
            self.add(
                kind, op_id, f"{op_id}: new {required} request body", migration="pass body=" if new["required"] else ""
            )
        elif old and new:
            if old["media"] != new["media"]:
                self.add("breaking", op_id, f"{op_id}: request media type changed to {new['media']}")
            if not old["required"] and new["required"]:
                self.add(
                    "breaking", op_id, f"{op_id}: request body made required", migration="pass body= in every call"
                )
            if old["type"] != new["type"]:
                self.entry(
                    op_id,
                    f"{op_id}: request body",
                    {"required": True, "type": old["type"]},
                    {"required": True, "type": new["type"]},
                    "input",
                )
            self.members(op_id, f"{op_id}: request body", old["fields"], new["fields"], "field", "input")


def _widens(old: str, new: str) -> bool:
    """True when every value of type `old` is also a value of type `new`."""
    new_parts = set(new.split("|"))
    if "any" in new_parts:
        return True
    return all(
        part in new_parts
        or (part == "integer" and "number" in new_parts)
        or part.split(":", 1)[0] in new_parts  # a value of a format is a value of its plain type
        for part in old.split("|")
    )


def _same_identity(old: dict[str, Any], new: dict[str, Any]) -> bool:
    return (old["method"], old["path"], old["fixed"]) == (new["method"], new["path"], new["fixed"])


def wire_changes(old: dict[str, Any], new: dict[str, Any], names: Namer) -> list[Change]:
    """Every wire change from snapshot `old` to snapshot `new` (empty when identical)."""
    differ = _Differ(names)
    old_ops, new_ops = old.get("operations", {}), new.get("operations", {})
    removed, added = sorted(old_ops.keys() - new_ops.keys()), sorted(new_ops.keys() - old_ops.keys())
    for op_id in list(removed):
        twin = [a for a in added if _same_identity(old_ops[op_id], new_ops[a])]
        if len(twin) != 1:
            continue
        new_id = twin[0]
        removed.remove(op_id)
        added.remove(new_id)
        before, after = names.operation(op_id), names.operation(new_id)
        where = f"{old_ops[op_id]['method']} {old_ops[op_id]['path']}"
        python = f"renamed `{before}()` → `{after}()`" if before and after else ""
        differ.changes.append(
            Change(
                "breaking",
                f"operation {op_id!r} renamed to {new_id!r} (same {where})",
                (names.key(op_id), names.key(new_id)),
                python=python,
                migration=f"call `{after}()` instead of `{before}()`" if python else f"use operation {new_id!r}",
            )
        )
        differ.operation(new_id, {**old_ops[op_id], "client_path": new_ops[new_id]["client_path"]}, new_ops[new_id])
    for op_id in removed:
        differ.add("breaking", op_id, f"operation {op_id!r} removed", migration="remove the calls to it")
    for op_id in added:
        differ.add("additive", op_id, f"new operation {op_id!r} ({new_ops[op_id]['method']} {new_ops[op_id]['path']})")
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        differ.operation(op_id, old_ops[op_id], new_ops[op_id])
    return differ.changes


def unexplained(old: dict[str, Any], new: dict[str, Any], python_changed: bool) -> list[Change]:
    """Spec edits outside documentation that no classified change accounts for: breaking.

    An operation whose spec (with what it references) changed while its wire snapshot did not;
    a top-level part (servers, security, webhooks...) that changed with nothing in the Python API
    to show for it. A snapshot recorded without digests compares whole fingerprints instead.
    """
    old_ops, new_ops = old.get("operations", {}), new.get("operations", {})
    found: list[Change] = []
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        before, after = dict(old_ops[op_id]), dict(new_ops[op_id])
        old_digest, new_digest = before.pop("spec_digest", None), after.pop("spec_digest", None)
        if old_digest is None or new_digest is None:
            continue
        if old_digest != new_digest and before == after:
            found.append(_unclassified(f"operation {op_id!r} ({after['method']} {after['path']})"))
    before_parts, after_parts = old.get("digests"), new.get("digests")
    if before_parts is None or after_parts is None:
        if not found and old.get("spec_fingerprint") != new.get("spec_fingerprint") and not python_changed:
            return [_unclassified("the spec (the recorded snapshot has no per-part digests)")]
        return found
    for part in sorted(before_parts.keys() | after_parts.keys()):
        if before_parts.get(part) != after_parts.get(part) and not (part == "/webhooks" and python_changed):
            found.append(_unclassified(part))
    return found


def _unclassified(where: str) -> Change:
    return Change(
        "breaking",
        f"unclassified change at {where}",
        (f"unclassified:{where}",),
        migration="review this change by hand: the version check could not prove it compatible",
    )
