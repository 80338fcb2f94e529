"""Changes between two public Python APIs (see python_api): removed names, signatures, fields.

Every change to a recorded entry is classified; what cannot be proven compatible (an annotation
that changed in a way not shown to widen) counts as breaking.
"""

from __future__ import annotations

import re
from typing import Any

from generator.versioning.changes import Change

_LITERAL = re.compile(r"^Literal\[(.*)\]$", re.DOTALL)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_OPTIONAL_KINDS = ("variadic positional", "variadic keyword")
_EXPECTED_TO_CHANGE = frozenset({"__version__"})  # a release changes it by definition


def short(path: str) -> str:
    """How a consumer writes a public path: `client.x.y` for the friendly client, else the name."""
    for prefix, shown in (("sendgrid_reseller.SendGrid.", "client."), ("sendgrid_reseller.AsyncSendGrid.", "aclient.")):
        if path.startswith(prefix):
            return shown + path[len(prefix) :]
    return path.removeprefix("sendgrid_reseller.models.").removeprefix("sendgrid_reseller.")


def operation_key(path: str, entry: dict[str, Any] | None = None) -> str:
    """Callables of one endpoint module (and methods wrapping them) share a key: one entry each."""
    target = (entry or {}).get("target") or path
    module = target.rsplit(".", 1)[0]
    return f"op:{module}" if ".api." in module else f"callable:{path}"


def _parts(annotation: str) -> set[str]:
    return {part.strip() for part in annotation.split("|")}


def _literal_values(text: str) -> set[str] | None:
    match = _LITERAL.match(text.strip())
    return {v.strip() for v in match.group(1).split(",")} if match else None


def _widens(old: str, new: str) -> bool:
    """Whether every value of annotation `old` is a value of annotation `new` (union parts only)."""
    new_parts = _parts(new)
    return (
        "Any" in new_parts
        or _parts(old) <= new_parts
        or all(part in new_parts or (part == "int" and "float" in new_parts) for part in _parts(old))
    )


def parameters(signature: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A recorded signature's parameters by name, in order."""
    return {p["name"]: p for p in signature.get("parameters", [])}


def _attribute_change(before: dict[str, Any], after: dict[str, Any]) -> str:
    if before.get("type") != after.get("type"):
        return f"type changed from `{before.get('type')}` to `{after.get('type')}`"
    return f"value changed from `{_flat(before.get('value'))}` to `{_flat(after.get('value'))}`"


def _flat(text: Any) -> str:
    return " ".join(str(text).split())


def _required(parameter: dict[str, Any]) -> bool:
    return parameter["default"] is None and parameter["kind"] not in _OPTIONAL_KINDS


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []

    def add(self, kind: str, subject: str, text: str, key: str, migration: str = "", warning: str = "") -> None:
        python = f"`{subject}`: {text}" if subject else text
        self.changes.append(
            Change(kind, python, (key,), python=python, migration=migration, warning=warning, layer="python")
        )

    def exports(self) -> None:
        old, new = self.old.get("exports", {}), self.new.get("exports", {})
        objects = {**self.old.get("objects", {}), **self.new.get("objects", {})}
        for module in sorted(old.keys() | new.keys()):
            before, after = old.get(module, {}), new.get(module, {})
            for name in sorted(before.keys() - after.keys()):
                target = before[name]
                key = operation_key(target, objects.get(target)) if ".api." in module else f"name:{name}"
                self.add(
                    "breaking",
                    f"{module}.{name}",
                    "removed",
                    key,
                    f"stop importing `{name}` from `{module}`",
                )
            for name in sorted(after.keys() - before.keys()):
                target = after[name]
                key = operation_key(target, objects.get(target)) if ".api." in module else f"name:{name}"
                self.add("additive", f"{module}.{name}", "new", key)

    def objects(self) -> None:
        old, new = self.old.get("objects", {}), self.new.get("objects", {})
        for path in sorted(old.keys() & new.keys()):
            if path.rsplit(".", 1)[-1] in _EXPECTED_TO_CHANGE:
                continue
            before, after = old[path], new[path]
            if before.get("kind") != after.get("kind"):
                self.add(
                    "breaking",
                    short(path),
                    f"now a {after.get('kind')} (was a {before.get('kind')})",
                    f"name:{path.rsplit('.', 1)[-1]}",
                    "review every use of it",
                )
            elif after["kind"] == "class":
                self.klass(path, before, after)
            elif after["kind"] == "function":
                self.callable(path, path, before, after)
            elif before != after:
                self.attribute(path, before, after)
        for path in sorted(old.keys() - new.keys()):
            if old[path].get("kind") == "class" and "." in short(path):  # reached through a property
                self.add("breaking", short(path), "removed", f"name:{path}", f"stop using `{short(path)}`")

    def attribute(self, path: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        old_values, new_values = _literal_values(before.get("value", "")), _literal_values(after.get("value", ""))
        key = f"name:{path.rsplit('.', 1)[-1]}"
        if old_values is not None and new_values is not None:
            for value in sorted(old_values - new_values):
                self.add(
                    "breaking",
                    short(path),
                    f"value {value} removed",
                    key,
                    f"stop sending {value} and handle its absence in what you read",
                )
            for value in sorted(new_values - old_values):
                self.add("additive", short(path), f"new value {value}", key)
            return
        self.add(
            "breaking",
            short(path),
            _attribute_change(before, after),
            key,
            f"check every use of `{short(path)}` against its new definition",
        )

    def klass(self, path: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        name = short(path)
        if before.get("bases") != after.get("bases"):
            self.add(
                "breaking",
                name,
                f"bases changed from {before.get('bases')} to {after.get('bases')}",
                f"name:{path.rsplit('.', 1)[-1]}",
                "check `except` clauses and isinstance() checks that rely on its bases",
            )
        old_fields, new_fields = before.get("fields", {}), after.get("fields", {})
        for field in sorted(old_fields.keys() - new_fields.keys()):
            self.add(
                "breaking",
                f"{name}.{field}",
                "removed",
                f"field:{name}.{field}",
                f"stop reading or setting `{name}.{field}`",
            )
        for field in sorted(new_fields.keys() - old_fields.keys()):
            entry = new_fields[field]
            if entry.get("required") and not entry.get("property"):
                self.add(
                    "breaking",
                    f"{name}.{field}",
                    f"new required field `{field}: {entry['type']}`",
                    f"field:{name}.{field}",
                    f"pass `{field}=` wherever you construct `{name}`",
                )
            else:
                self.add(
                    "additive", f"{name}.{field}", f"new field `{field}: {entry['type']}`", f"field:{name}.{field}"
                )
        for field in sorted(old_fields.keys() & new_fields.keys()):
            self.field(f"{name}.{field}", old_fields[field], new_fields[field])
        old_methods, new_methods = before.get("methods", {}), after.get("methods", {})
        for method in sorted(old_methods.keys() - new_methods.keys()):
            key = operation_key(f"{path}.{method}", old_methods[method])
            self.add("breaking", f"{name}.{method}()", "removed", key, f"stop calling `{name}.{method}()`")
        for method in sorted(new_methods.keys() - old_methods.keys()):
            self.add("additive", f"{name}.{method}()", "new", operation_key(f"{path}.{method}", new_methods[method]))
        for method in sorted(old_methods.keys() & new_methods.keys()):
            self.callable(f"{path}.{method}", f"{name}.{method}", old_methods[method], new_methods[method])

    def field(self, subject: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        key = f"field:{subject}"
        if before.get("type") != after.get("type"):
            # A field is read and written: only a change both ways compatible is safe.
            self.add(
                "breaking",
                subject,
                f"type changed from `{before.get('type')}` to `{after.get('type')}`",
                key,
                f"update code that reads or sets `{subject}` to the type `{after.get('type')}`",
            )
        if not before.get("required") and after.get("required") and not after.get("property"):
            self.add(
                "breaking", subject, "now required", key, f"pass `{subject.rsplit('.', 1)[-1]}=` when constructing"
            )
        elif before.get("required") and not after.get("required"):
            self.add("breaking", subject, "now optional (may be unset)", key, f"handle `{subject}` being UNSET")
        if before.get("value") != after.get("value"):
            self.add(
                "breaking",
                subject,
                f"value changed from `{before.get('value')}` to `{after.get('value')}`",
                key,
                f"check uses of `{subject}`",
            )

    def callable(self, path: str, subject_path: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        subject = short(subject_path) + "()"
        key = operation_key(path, after)
        old_params, new_params = parameters(before), parameters(after)
        for name in [n for n in old_params if n not in new_params]:
            self.add("breaking", subject, f"parameter `{name}` removed", f"{key}:{name}", f"stop passing `{name}=`")
        for name in [n for n in new_params if n not in old_params]:
            param = new_params[name]
            if _required(param):
                self.add(
                    "breaking",
                    subject,
                    f"new required parameter `{name}: {param['type']}`",
                    f"{key}:{name}",
                    f"pass `{name}=` in every call",
                )
            else:
                self.add(
                    "additive",
                    subject,
                    f"new optional parameter `{name}: {param['type']} = {param['default']}`",
                    f"{key}:{name}",
                )
        for name in [n for n in old_params if n in new_params]:
            self.parameter(subject, f"{key}:{name}", name, old_params[name], new_params[name])
        old_order = [n for n in old_params if n in new_params]
        new_order = [n for n in new_params if n in old_params]
        positional = [n for n in old_order if "positional" in old_params[n]["kind"]]
        if old_order != new_order and positional:
            self.add(
                "breaking",
                subject,
                f"parameters reordered from {old_order} to {new_order}",
                key,
                "pass the arguments by keyword",
            )
        if before.get("returns") != after.get("returns"):
            widened = _widens(after.get("returns", ""), before.get("returns", ""))
            self.add(
                "additive" if widened else "breaking",
                subject,
                f"returns `{after.get('returns')}` (was `{before.get('returns')}`)",
                key,
                "" if widened else f"update code that uses the result of `{subject}`",
            )

    def parameter(self, subject: str, key: str, name: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        if before["kind"] != after["kind"]:
            self.add(
                "breaking",
                subject,
                f"parameter `{name}` is now {after['kind']} (was {before['kind']})",
                key,
                f"pass `{name}` as a {after['kind']} argument",
            )
        if not _required(before) and _required(after):
            self.add("breaking", subject, f"parameter `{name}` now required", key, f"pass `{name}=` in every call")
        elif before["default"] != after["default"]:
            self.add(
                "behaviour",
                subject,
                f"parameter `{name}` defaults to `{after['default']}` (was `{before['default']}`)",
                key,
                warning=f"calls that omit `{name}` now behave as `{name}={after['default']}`",
            )
        if before["type"] != after["type"]:
            widened = _widens(before["type"], after["type"])
            self.add(
                "additive" if widened else "breaking",
                subject,
                f"parameter `{name}` type {'widened' if widened else 'changed'} from `{before['type']}` to `{after['type']}`",
                key,
                "" if widened else f"pass `{name}` as `{after['type']}`",
            )


def _renamed_classes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """A class that left and one that arrived with the very same fields: one rename, not two changes."""
    old_objects, new_objects = old.get("objects", {}), new.get("objects", {})
    gone = {p: o for p, o in old_objects.items() if p not in new_objects and o.get("kind") == "class"}
    came = {p: o for p, o in new_objects.items() if p not in old_objects and o.get("kind") == "class"}
    renames: list[Change] = []
    for old_path, before in sorted(gone.items()):
        match = [p for p, after in sorted(came.items()) if after.get("fields") == before.get("fields")]
        if len(match) == 1 and before.get("fields"):
            old_name, new_name = short(old_path), short(match[0])
            came.pop(match[0])
            renames.append(
                Change(
                    "breaking",
                    f"renamed `{old_name}` → `{new_name}`",
                    (f"name:{old_path.rsplit('.', 1)[-1]}", f"name:{match[0].rsplit('.', 1)[-1]}"),
                    python=f"renamed `{old_name}` → `{new_name}`",
                    migration=f"replace `{old_name}` with `{new_name}` in imports and annotations",
                    layer="python",
                )
            )
    return renames


def python_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every public Python API change from `old` to `new` (both from python_api.read_python_api)."""
    differ = _Differ(old, new)
    differ.exports()
    differ.objects()
    return _renamed_classes(old, new) + differ.changes


def identifiers(annotation: str) -> list[str]:
    return _IDENTIFIER.findall(annotation)
