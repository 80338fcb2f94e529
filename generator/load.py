"""Stage 1: read a (multi-file) OpenAPI document and bundle it into one self-contained dict.

External `$ref`s are resolved relative to the file that holds them. Named components
(`.../schemas/<name>`, `.../responses/<name>`, ...) are hoisted into the root document's
`components` under their own name, so every generator downstream sees one schema per name;
anything else (a path item, an inline schema) is inlined. Every bundled node remembers where it
came from, so later stages can report errors as `file#/json/pointer` in the file a human edits.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Adaptation, Location, SpecError, pointer

COMPONENT_KINDS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)
_HOISTABLE = re.compile(r"^(?:/components)?/(" + "|".join(COMPONENT_KINDS) + r")/([^/]+)$")
MAX_SPEC_BYTES = 20 * 1024 * 1024
# A `$ref` to one of these is text (a Markdown description, say): its content is the string.
TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".html")
# libyaml's parser when present (same safe constructors, several times faster).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class LoadedSpec:
    """The bundled document plus a map from bundled JSON pointers to their source location."""

    root_file: Path
    document: dict[str, Any]
    files: list[Path]
    origins: dict[str, Location] = field(default_factory=dict)
    # What generator/adapt.py changed in `document` (it runs once per load).
    adaptations: list[Adaptation] = field(default_factory=list)
    adapted: bool = False

    def locate(self, bundled_pointer: str) -> Location:
        """The source location of a pointer into the bundled document (nearest known origin)."""
        probe = bundled_pointer
        while True:
            origin = self.origins.get(probe)
            if origin is not None:
                return Location(origin.file, origin.pointer + bundled_pointer[len(probe) :])
            if not probe:
                return Location(self.root_file, bundled_pointer)
            probe = probe.rsplit("/", 1)[0]


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(document: Any, json_pointer: str) -> Any:
    """The node at `json_pointer`; raises KeyError naming the first missing token."""
    node = document
    if json_pointer in ("", "/"):
        return node
    for raw in json_pointer.lstrip("/").split("/"):
        token = unescape_token(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


class _StrictLoader(_LOADER):  # type: ignore[misc,valid-type]
    """PyYAML's safe loader (libyaml's C parser when available), except that a key repeated in one mapping is an error: YAML keeps the
    last value, so a repeated path or operation would silently replace the first one."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[tuple[str, str]] = set()
        for key_node, _ in node.value:
            # Merge keys (`<<: *anchor`) may legitimately be overridden; only explicit keys count.
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = (key_node.tag, key_node.value)
            if key in seen:
                mark = key_node.start_mark
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key_node.value!r} (line {mark.line + 1}, column {mark.column + 1})"
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def _timestamp_as_text(loader: _StrictLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


# An unquoted `2024-01-01` is a date to YAML but a string to OpenAPI (JSON has no dates): keep the
# text as written, so `example: 2024-01-01` validates and serialises like `"2024-01-01"`.
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def read_document(path: Path, referenced_from: Location | None = None) -> Any:
    """Parse one YAML or JSON file, with errors that name the file."""
    try:
        size = path.stat().st_size
        if size > MAX_SPEC_BYTES:
            raise SpecError.single(
                Location(path), f"file is {size} bytes, over the {MAX_SPEC_BYTES}-byte limit for a spec file"
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        where = referenced_from or Location(path)
        raise SpecError.single(where, f"file not found: {Location(path)}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError.single(Location(path), f"cannot read file: {exc}") from None
    if path.suffix.lower() in TEXT_SUFFIXES:
        return text
    if not text.strip():
        raise SpecError.single(Location(path), "file is empty")
    try:
        if path.suffix == ".json":
            return json.loads(text)
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 (a SafeLoader subclass)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise SpecError.single(Location(path), f"not valid YAML/JSON: {exc}") from None


class _Bundler:
    def __init__(self, root_file: Path) -> None:
        self.root_file = root_file
        self.cache: dict[Path, Any] = {}
        self.hoisted: dict[tuple[Path, str], str] = {}
        self.origins: dict[str, Location] = {}
        self.inlining: list[tuple[Path, str]] = []
        self.components: dict[str, dict[str, Any]] = {}
        self.texts: list[Adaptation] = []

    def document(self, path: Path, referenced_from: Location | None = None) -> Any:
        if path not in self.cache:
            self.cache[path] = read_document(path, referenced_from)
        return self.cache[path]

    def bundle(self) -> dict[str, Any]:
        root = self.document(self.root_file)
        if not isinstance(root, dict):
            raise SpecError.single(Location(self.root_file), "the root of an OpenAPI document must be a mapping")
        self.origins[""] = Location(self.root_file, "")
        # Root components that merely point into another file take that file's content in place,
        # so refs to the same target elsewhere become refs to this root entry.
        for kind, entries in (root.get("components") or {}).items():
            if not isinstance(entries, dict):
                continue
            for name, entry in entries.items():
                if isinstance(entry, dict) and isinstance(entry.get("$ref"), str):
                    target = self._target(entry["$ref"], self.root_file, pointer("components", kind, name))
                    if target[0] != self.root_file:
                        self.hoisted[target] = pointer("components", kind, name)
        bundled: dict[str, Any] = self._walk(root, self.root_file, "", "")
        components = bundled.setdefault("components", {})
        for kind, entries in self.components.items():
            existing = components.setdefault(kind, {})
            for name, value in entries.items():
                existing.setdefault(name, value)
        return bundled

    def _target(self, ref: str, current: Path, at: str) -> tuple[Path, str]:
        file_part, _, fragment = ref.partition("#")
        target_file = (current.parent / file_part).resolve() if file_part else current
        if fragment and not fragment.startswith("/"):
            raise SpecError.single(Location(current, at), f"$ref {ref!r}: only JSON-pointer fragments are supported")
        return target_file, fragment

    def _walk(self, node: Any, file: Path, source_ptr: str, out_ptr: str) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                return self._ref(ref, node, file, source_ptr, out_ptr)
            return {
                key: self._walk(value, file, f"{source_ptr}{pointer(key)}", f"{out_ptr}{pointer(key)}")
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [self._walk(v, file, f"{source_ptr}/{i}", f"{out_ptr}/{i}") for i, v in enumerate(node)]
        return node

    def _load_target(self, target: tuple[Path, str], where: Location, ref: str) -> Any:
        document = self.document(target[0], referenced_from=where)
        try:
            return resolve_pointer(document, target[1])
        except KeyError as missing:
            raise SpecError.single(
                where, f"dangling $ref {ref!r}: {missing} not found in {Location(target[0])}"
            ) from None

    def _ref(self, ref: str, node: dict[str, Any], file: Path, source_ptr: str, out_ptr: str) -> Any:
        where = Location(file, source_ptr)
        target = self._target(ref, file, source_ptr)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        if target[0] == self.root_file:
            self._load_target(target, where, ref)
            return {"$ref": "#" + target[1], **siblings}
        if target in self.hoisted and self.hoisted[target] != out_ptr:
            return {"$ref": "#" + self.hoisted[target], **siblings}
        if target in self.hoisted:
            # This is the root entry that aliases the target: it receives the content itself.
            content = self._load_target(target, where, ref)
            self.origins[out_ptr] = Location(target[0], target[1])
            return self._walk(content, target[0], target[1], out_ptr)
        match = _HOISTABLE.match(target[1])
        if match:
            kind, name = match.group(1), unescape_token(match.group(2))
            internal = pointer("components", kind, name)
            if any(ptr == internal for ptr in self.hoisted.values()):
                other = next(t for t, ptr in self.hoisted.items() if ptr == internal)
                raise SpecError.single(
                    where,
                    f"two different {kind} are both named {name!r}: {other[0]}#{other[1]} and {target[0]}#{target[1]}",
                )
            self.hoisted[target] = internal
            content = self._load_target(target, where, ref)
            self.origins[internal] = Location(target[0], target[1])
            self.components.setdefault(kind, {})[name] = self._walk(content, target[0], target[1], internal)
            return {"$ref": "#" + internal, **siblings}
        if target in self.inlining:
            chain = " -> ".join(f"{f.name}#{p}" for f, p in [*self.inlining, target])
            raise SpecError.single(where, f"$ref cycle through inlined nodes: {chain}")
        content = self._load_target(target, where, ref)
        if isinstance(content, str) and target[0].suffix.lower() in TEXT_SUFFIXES:
            self.texts.append(Adaptation(where, f"$ref to the text file {Location(target[0])}: its content inlined"))
        self.inlining.append(target)
        try:
            self.origins[out_ptr] = Location(target[0], target[1])
            inlined = self._walk(content, target[0], target[1], out_ptr)
        finally:
            self.inlining.pop()
        if siblings and isinstance(inlined, dict):
            inlined = {**inlined, **siblings}
        return inlined


def load_spec(path: Path) -> LoadedSpec:
    """Load and bundle the OpenAPI document at `path` (and every file it references)."""
    root_file = path.resolve()
    bundler = _Bundler(root_file)
    document = bundler.bundle()
    # Root-level internal refs must resolve too.
    _check_internal_refs(document, document, "", LoadedSpec(root_file, document, [], bundler.origins))
    return LoadedSpec(root_file, document, sorted(bundler.cache), bundler.origins, adaptations=bundler.texts)


def _check_internal_refs(node: Any, document: dict[str, Any], at: str, spec: LoadedSpec) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            try:
                resolve_pointer(document, ref[1:])
            except KeyError as missing:
                raise SpecError.single(spec.locate(at), f"dangling $ref {ref!r}: {missing} not found") from None
        for key, value in node.items():
            _check_internal_refs(value, document, f"{at}{pointer(key)}", spec)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_internal_refs(value, document, f"{at}/{index}", spec)
