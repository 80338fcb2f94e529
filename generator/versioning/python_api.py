"""The public Python API of a generated package, read back from its code with griffe.

Nothing here knows how the generator names things: whatever the package's code says is the API.
Public means importable without a leading underscore: every module whose dotted path has no
`_` component, with its exports (`__all__`, else the public names it defines); every class,
function and type alias those exports reach; and everything reachable from an exported class
through its properties (the friendly client's groups, wherever they live). An attribute whose
value wraps a function (`GroupMethod(module.sync)`) is a method with that function's signature
less its first parameter, the client it is bound to.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError
from generator.paths import IMPORT_PACKAGE

_DUNDER_KEPT = ("__init__", "__call__", "__iter__", "__aiter__", "__enter__", "__aenter__")


def _griffe() -> Any:
    import griffe  # imported on use: `python -m generator generate` never needs it

    logging.getLogger("griffe").setLevel(logging.ERROR)  # unresolved third-party names are expected
    return griffe


def _text(expression: Any) -> str:
    return "" if expression is None else str(expression)


def _public(name: str) -> bool:
    return not name.startswith("_") or name in _DUNDER_KEPT


def _signature(function: Any, *, drop_first: bool = False) -> dict[str, Any]:
    parameters = list(function.parameters)
    if drop_first and parameters:
        parameters = parameters[1:]
    elif (
        parameters
        and parameters[0].name in ("self", "cls")
        and function.parent is not None
        and function.parent.is_class
    ):
        parameters = parameters[1:]
    return {
        "parameters": [  # a list: the order matters to positional callers
            {
                "name": p.name,
                "kind": p.kind.value,
                "type": _text(p.annotation),
                "default": None if p.default is None else _text(p.default),
            }
            for p in parameters
        ],
        "returns": _text(function.returns),
    }


class _Reader:
    def __init__(self, root: Any) -> None:
        self.root = root
        self.collection = root.modules_collection
        self.exports: dict[str, dict[str, str]] = {}
        self.objects: dict[str, dict[str, Any]] = {}
        self.names: dict[str, str] = {}  # canonical path -> the shortest public path

    def resolve(self, obj: Any) -> Any:
        try:
            target = obj.final_target if obj.is_alias else obj
        except Exception:  # an alias to something outside the package (httpx, attrs)
            return None
        # `OldName = NewClass` (a kept alias) is the class itself, as it is at run time.
        if target.is_attribute and target.annotation is None and type(target.value).__name__ == "ExprName":
            same = target.parent.members.get(str(target.value)) if target.parent is not None else None
            if same is not None and same is not target:
                resolved = self.resolve(same)
                if resolved is not None and resolved.is_class:
                    return resolved
        return target

    def lookup(self, path: str) -> Any:
        try:
            return self.resolve(self.collection.get_member(path))
        except (KeyError, ValueError, AttributeError):
            return None

    def name(self, canonical: str, public: str) -> None:
        known = self.names.get(canonical)
        if known is None or (len(public), public) < (len(known), known):
            self.names[canonical] = public

    def module(self, module: Any) -> None:
        names = (
            module.exports
            if module.exports is not None
            else [name for name, member in module.members.items() if not member.is_alias and not member.is_module]
        )
        exported: dict[str, str] = {}
        for name in sorted(str(n) for n in names):
            if name.startswith("_") and name != "__version__":
                continue
            member = module.members.get(name)
            target = self.resolve(member) if member is not None else None
            if target is None:
                exported[name] = "external"
                continue
            exported[name] = target.path
            self.name(target.path, f"{module.path}.{name}")
            self.visit(target)
        self.exports[module.path] = exported
        for child in module.modules.values():
            if not child.is_alias and not child.name.startswith("_"):
                self.module(child)

    def visit(self, obj: Any) -> None:
        if obj.path in self.objects or not obj.path.startswith(self.root.path + "."):
            return
        if obj.is_class:
            self.objects[obj.path] = {"kind": "class"}  # placed first: classes may refer to themselves
            self.objects[obj.path] = self.klass(obj)
        elif obj.is_function:
            self.objects[obj.path] = {"kind": "function", **_signature(obj)}
        elif obj.is_attribute:
            self.objects[obj.path] = {"kind": "attribute", "type": _text(obj.annotation), "value": _text(obj.value)}

    def klass(self, cls: Any) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        methods: dict[str, Any] = {}
        reached: list[tuple[str, Any]] = []
        for name, member in sorted(cls.members.items()):
            if not _public(name) or member.is_alias or member.is_module:
                continue
            if member.is_function:
                methods[name] = _signature(member)
            elif member.is_attribute and "property" in member.labels:
                fields[name] = {"type": _text(member.annotation), "required": True, "property": True}
                target = getattr(member.annotation, "canonical_path", "")
                found = self.lookup(target) if target else None
                if found is not None and found.is_class:
                    reached.append((name, found))
            elif member.is_attribute:
                wrapped = self.wrapped_function(member.value)
                if wrapped is not None:
                    methods[name] = _signature(wrapped, drop_first=True) | {"target": wrapped.path}
                else:
                    fields[name] = {
                        "type": _text(member.annotation),
                        "required": member.value is None,
                        **({} if member.annotation is not None else {"value": _text(member.value)}),
                    }
        for name, found in reached:
            self.name(found.path, f"{self.names.get(cls.path, cls.path)}.{name}")
            self.visit(found)
        bases = [_text(base) for base in cls.bases]
        return {"kind": "class", "bases": bases, "fields": fields, "methods": methods}

    def wrapped_function(self, value: Any) -> Any:
        """The package function a descriptor call such as `GroupMethod(_module.sync)` wraps."""
        arguments = getattr(value, "arguments", None)
        if not arguments:
            return None
        path = getattr(arguments[0], "canonical_path", "")
        found = self.lookup(path) if isinstance(path, str) and path.startswith(self.root.path + ".") else None
        return found if found is not None and found.is_function else None


def read_python_api(package_dir: Path, import_name: str = IMPORT_PACKAGE) -> dict[str, Any]:
    """The public API of the package `import_name` found in `package_dir` (a generated distribution)."""
    if not (package_dir / import_name / "__init__.py").is_file():
        raise GeneratorError(f"{package_dir / import_name}: no package to read the Python API from")
    griffe = _griffe()
    try:
        root = griffe.load(
            import_name,
            search_paths=[str(package_dir)],
            resolve_aliases=True,
            resolve_external=False,
            allow_inspection=False,
            force_inspection=False,
        )
    except Exception as error:  # griffe raises its own types for unparsable code
        raise GeneratorError(f"{package_dir / import_name}: griffe could not load it ({error})") from error
    reader = _Reader(root)
    reader.module(root)
    objects = {reader.names.get(path, path): entry for path, entry in reader.objects.items()}
    exports = {
        module: {name: reader.names.get(target, target) for name, target in names.items()}
        for module, names in reader.exports.items()
    }
    return {"exports": dict(sorted(exports.items())), "objects": dict(sorted(objects.items()))}


def exported_classes(api: dict[str, Any]) -> set[str]:
    """`module.Name` for every exported name that is a class."""
    objects = api.get("objects", {})
    return {
        f"{module}.{name}"
        for module, names in api.get("exports", {}).items()
        for name, target in names.items()
        if objects.get(target, {}).get("kind") == "class"
    }
