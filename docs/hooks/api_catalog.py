"""What the reference pages describe, read from the generated package itself (and the spec's tags).

Operations are the endpoint modules under `sendgrid_reseller.api.<group>` that define
`OPERATION`; their Python names are found by walking a live `SendGrid` object, so the pages
list exactly what the package exposes. Two shapes of friendly method are understood: the
`GroupMethod` descriptors the generator emits today (they name their endpoint module), and
plain methods whose source names the endpoint module or its functions.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

PACKAGE = "sendgrid_reseller"
# Suffixes of a friendly method's twins, each also bound to the same operation.
VARIANT_SUFFIXES = ("_detailed", "_pages", "_items")


class CatalogError(Exception):
    """The package or the spec does not have the shape the reference pages rely on."""


@dataclass
class Operation:
    name: str  # the operation id, e.g. "update_customer_email"
    module: ModuleType  # sendgrid_reseller.api.<group>.<name>
    http_method: str
    path: str
    api: str  # "v2" or "v3"
    paginated: bool
    fixed_fields: dict[str, str]
    summary: str
    friendly: str = ""  # "client.reseller.customers.update_email"
    friendly_target: str = ""  # dotted path of what mkdocstrings renders for the friendly method
    variants: list[str] = field(default_factory=list)  # "client....update_email_detailed", ...

    @property
    def module_path(self) -> str:
        return self.module.__name__


@dataclass
class Group:
    slug: str  # the api subpackage, e.g. "customer_management"
    title: str  # the spec tag, e.g. "Customer Management"
    description: str
    operations: list[Operation]

    @property
    def api(self) -> str:
        apis = {operation.api for operation in self.operations}
        return apis.pop() if len(apis) == 1 else "v2 and v3"


def _spec_tags(spec_path: Path) -> list[tuple[str, str]]:
    try:
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise CatalogError(f"{spec_path}: cannot read the spec's tags: {error}") from error
    tags = spec.get("tags") if isinstance(spec, dict) else None
    if not isinstance(tags, list):
        raise CatalogError(f"{spec_path}#/tags: expected a list of tags")
    return [(str(tag["name"]), str(tag.get("description", ""))) for tag in tags if isinstance(tag, dict)]


def _snake(name: str) -> str:
    # The generator names each api subpackage after its tag in snake case (openapi-python-client's rule).
    from openapi_python_client.strings import snake_case

    return str(snake_case(name))


def _summary(module: ModuleType) -> str:
    doc = inspect.getdoc(getattr(module, "sync", None)) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def _operations_of(subpackage: ModuleType) -> list[Operation]:
    found = []
    for info in pkgutil.iter_modules(subpackage.__path__):
        module = importlib.import_module(f"{subpackage.__name__}.{info.name}")
        spec = getattr(module, "OPERATION", None)
        if spec is None:
            continue
        found.append(
            Operation(
                name=spec.name,
                module=module,
                http_method=spec.method.upper(),
                path=spec.path,
                api=spec.api,
                paginated=bool(getattr(spec, "paginated", False)),
                fixed_fields=dict(getattr(module, "FIXED_FIELDS", {})),
                summary=_summary(module),
            )
        )
    return found


def load_groups(spec_path: Path) -> list[Group]:
    """Every api subpackage with its operations, in the spec's tag order, friendly names filled in."""
    api = importlib.import_module(f"{PACKAGE}.api")
    subpackages = {info.name: info for info in pkgutil.iter_modules(api.__path__) if info.ispkg}
    groups = []
    for title, description in _spec_tags(spec_path):
        slug = _snake(title)
        if slug not in subpackages:
            continue  # a tag without operations (e.g. only webhook payloads)
        operations = _operations_of(importlib.import_module(f"{api.__name__}.{slug}"))
        if operations:
            groups.append(Group(slug, title, description, operations))
    missing = sorted(set(subpackages) - {group.slug for group in groups})
    if missing:
        raise CatalogError(f"{spec_path}#/tags: no tag for the package's api groups {missing}")
    _attach_friendly_names([operation for group in groups for operation in group.operations])
    for group in groups:
        group.operations.sort(key=lambda operation: operation.friendly)
    return groups


# --- friendly names --------------------------------------------------------------------------


def _client() -> Any:
    facade = importlib.import_module(PACKAGE)
    # Nothing is sent: the walk only reads attributes. The memory store keeps Redis out of it.
    return facade.SendGrid(api_key="SG.docs-build", rate_limit_store="memory")


def _is_group(value: Any) -> bool:
    group_class = importlib.import_module(f"{PACKAGE}._runtime.group").Group
    return isinstance(value, group_class)


def _descriptor_target(attribute: Any) -> tuple[str, str] | None:
    """(endpoint module, function name) of a GroupMethod-like descriptor, else None."""
    location = getattr(attribute, "_location", None)
    if location:
        return str(location[0]), str(location[1])
    function = getattr(attribute, "_function", None)
    if function is not None and hasattr(function, "__module__"):
        return function.__module__, function.__name__
    return None


@functools.lru_cache(maxsize=4)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    # One alternation for all operation names: a method's source is searched once, not once per name.
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")


def _source_target(function: Any, by_name: dict[str, Operation]) -> tuple[str, str] | None:
    """The endpoint module a plain method delegates to, found by name in its source."""
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return None
    named = set(_names_pattern(tuple(by_name)).findall(source))
    if not named:
        return None
    operation = by_name[max(named, key=len)]
    return operation.module_path, function.__name__


def _walk(group: Any, path: str, by_name: dict[str, Operation], seen: set[int], found: list[tuple]) -> None:
    if id(group) in seen:
        return
    seen.add(id(group))
    for name in sorted(dir(type(group))):
        if name.startswith("_"):
            continue
        static = inspect.getattr_static(type(group), name)
        dotted = f"{path}.{name}"
        target = _descriptor_target(static)
        if target is not None:
            found.append((dotted, target, None))
        elif inspect.isfunction(static):
            target = _source_target(static, by_name)
            if target is not None:
                found.append((dotted, target, f"{static.__module__}.{static.__qualname__}"))
        elif isinstance(static, property | _cached_property_type()):
            value = getattr(group, name)
            if _is_group(value):
                _walk(value, dotted, by_name, seen, found)


def _cached_property_type() -> type:
    from functools import cached_property

    return cached_property


def _attach_friendly_names(operations: list[Operation]) -> None:
    by_module = {operation.module_path: operation for operation in operations}
    by_name = {operation.name: operation for operation in operations}
    found: list[tuple[str, tuple[str, str], str | None]] = []
    client = _client()
    try:
        _walk(client, "client", by_name, set(), found)
    finally:
        client.close()
    for dotted, (module, function), rendered in found:
        operation = by_module.get(module)
        if operation is None:
            continue
        is_variant = function != "sync" and dotted.endswith(VARIANT_SUFFIXES)
        if is_variant or operation.friendly:
            operation.variants.append(dotted)
        else:
            operation.friendly = dotted
            operation.friendly_target = rendered or f"{module}.sync"
    unnamed = sorted(operation.name for operation in operations if not operation.friendly)
    if unnamed:
        raise CatalogError(f"{PACKAGE}.SendGrid: no friendly method found for the operations {unnamed}")
