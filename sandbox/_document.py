"""The sandbox's own reader of the spec: its files, `$ref`s across them, and its operations.

The sandbox is the test oracle of the generated client, so it reads the spec document itself and
shares no loading, lowering or validation code with the generator (a lowering bug must make the
two disagree, not agree). A spec is kept as its parsed files keyed by their path relative to the
root's folder; a `$ref` is resolved relative to the file that holds it, lazily, when read. The
same shape is bundled as JSON into the published testing extra (`SpecDocument.to_bundle`), so the
installed sandbox needs no YAML parser and reads exactly what the repository's sandbox reads.
"""

from __future__ import annotations

import importlib
import json
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_MAX_REF_HOPS = 32


class SpecReadError(ValueError):
    """The spec cannot be read: says which file and which `$ref`."""


@dataclass(frozen=True)
class Node:
    """A node of the spec and the file it was read from (its `$ref`s resolve against that file)."""

    value: Any
    file: str


@dataclass(frozen=True)
class Operation:
    path_key: str  # the key under `paths`, e.g. `/apiv2/reseller.manage.json#list_customers`
    method: str  # lower case
    node: dict[str, Any]
    file: str
    path_parameters: tuple[Any, ...]  # the path item's own `parameters` (operation ones override them)

    @property
    def wire_path(self) -> str:
        return self.path_key.split("#", 1)[0]

    @property
    def operation_id(self) -> str:
        return str(self.node.get("operationId") or f"{self.method.upper()} {self.path_key}")


class SpecDocument:
    def __init__(self, files: dict[str, Any], root: str) -> None:
        if root not in files or not isinstance(files[root], dict):
            raise SpecReadError(f"spec bundle: the root file {root!r} is missing or not a mapping")
        self.files = files
        self.root = root

    # Reading.

    @classmethod
    def from_path(cls, root_path: Path) -> SpecDocument:
        """The root file and every file its `$ref`s reach (YAML or JSON)."""
        root_path = root_path.resolve()
        base = root_path.parent
        files: dict[str, Any] = {}
        pending = [root_path.name]
        while pending:
            name = pending.pop()
            if name in files:
                continue
            files[name] = content = _read_file(base / name)
            pending.extend(_referenced_files(content, name))
        return cls(files, root_path.name)

    @classmethod
    def from_bundle(cls, bundle: dict[str, Any]) -> SpecDocument:
        files, root = bundle.get("files"), bundle.get("root")
        if not isinstance(files, dict) or not isinstance(root, str):
            raise SpecReadError("spec bundle: expected an object with 'root' (a file name) and 'files'")
        return cls(files, root)

    def to_bundle(self) -> dict[str, Any]:
        return {"root": self.root, "files": {name: self.files[name] for name in sorted(self.files)}}

    # Resolution.

    def resolve(self, value: Any, file: str) -> Node:
        """Follow `$ref`s (keys beside a `$ref` override the target's, as OpenAPI 3.1 allows)."""
        siblings: dict[str, Any] = {}
        for _ in range(_MAX_REF_HOPS):
            if not (isinstance(value, dict) and isinstance(value.get("$ref"), str)):
                break
            siblings = {**{k: v for k, v in value.items() if k != "$ref"}, **siblings}
            value, file = self._target(value["$ref"], file)
        else:
            raise SpecReadError(f"{file}: more than {_MAX_REF_HOPS} chained $refs (a cycle?)")
        if siblings and isinstance(value, dict):
            value = {**value, **siblings}
        return Node(value, file)

    def _target(self, ref: str, file: str) -> tuple[Any, str]:
        file_part, _, fragment = ref.partition("#")
        target = posixpath.normpath(posixpath.join(posixpath.dirname(file), file_part)) if file_part else file
        if target not in self.files:
            raise SpecReadError(f"{file}: $ref {ref!r} names a file the spec does not hold ({target})")
        node = self.files[target]
        for raw in [t for t in fragment.split("/") if t] if fragment else []:
            token = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise SpecReadError(f"{file}: $ref {ref!r}: {token!r} not found in {target}")
        return node, target

    # The operations, in document order.

    def operations(self) -> Iterator[Operation]:
        paths = self.files[self.root].get("paths") or {}
        for path_key, raw_item in paths.items():
            item = self.resolve(raw_item, self.root)
            if not isinstance(item.value, dict):
                continue
            shared = tuple(item.value.get("parameters") or ())
            for method in HTTP_METHODS:
                operation = item.value.get(method)
                if isinstance(operation, dict):
                    yield Operation(str(path_key), method, operation, item.file, shared)

    def info_version(self) -> str:
        return str((self.files[self.root].get("info") or {}).get("version", ""))


def _read_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecReadError(f"cannot read spec file {path}: {exc}") from None
    try:
        if path.suffix == ".json":
            data = json.loads(text)
        else:
            # Only the repository's sandbox reads YAML (the installed one reads its JSON bundle),
            # so PyYAML is imported when needed and is no dependency of the testing extra.
            yaml = importlib.import_module("yaml")
            # libyaml's parser when PyYAML has it: the same data, several times faster.
            data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 (safe loaders)
    except ValueError as exc:
        raise SpecReadError(f"spec file {path} is not valid JSON: {exc}") from None
    except Exception as exc:  # yaml.YAMLError, without importing yaml at module level
        raise SpecReadError(f"spec file {path} is not valid YAML: {exc}") from None
    # Through JSON once, so the repository's sandbox sees what the bundled one sees (string keys
    # such as response codes, dates as their text).
    return json.loads(json.dumps(data, default=str))


def _referenced_files(node: Any, file: str) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            file_part = ref.partition("#")[0]
            yield posixpath.normpath(posixpath.join(posixpath.dirname(file), file_part))
        for value in node.values():
            yield from _referenced_files(value, file)
    elif isinstance(node, list):
        for value in node:
            yield from _referenced_files(value, file)
